// The province association's master sheet and its communes' shared sheets, for the province project's tests and
// bench: summary rows as communes write them (summaryToCells), behind links the Sheets API fake answers.
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { summaryHeader, summaryToCells } from '../../src/core/summary/cells';
import {
  SUMMARY_SHEET,
  summaryIndicators,
  villageIndicators,
  type SummaryRow,
} from '../../src/core/summary/schema';
import { createSandbox, type Sandbox } from './sandbox/sandbox';
import type { CommuneBook } from './sandbox/sheets-api';
import { communeFigure } from '../helpers/summary-row';

export const row = communeFigure;

export const summarySheet = (rows: SummaryRow[]): unknown[][] => [summaryHeader(), ...summaryToCells(rows)];
export const idOf = (n: number): string => `1CommuneSheet${String(n).padStart(3, '0')}xxxxxxxxxxxxxxxxxxxx`;
export const link = (n: number): string =>
  `https://docs.google.com/spreadsheets/d/${idOf(n)}/edit?usp=sharing`;

/** The master sheet: Cấu hình tỉnh, Danh sách xã (commune n at link n), a family target for 2030. */
export const master = (names: readonly string[]): WorkbookSnapshot => ({
  'Cấu hình tỉnh': [
    ['Tham số', 'Giá trị', 'Giải thích'],
    ['Tỉnh/thành phố *', 'Thanh Hóa', ''],
    ['Năm tổng hợp *', 2026, ''],
  ],
  'Danh sách xã': [['STT', 'Tên xã', 'Liên kết/Tệp'], ...names.map((name, i) => [i + 1, name, link(i + 1)])],
  'Chỉ tiêu': [
    ['Chỉ tiêu', 'Năm', 'So sánh', 'Tỷ lệ (%)', 'Phạm vi'],
    ['Gia đình học tập (% hộ)', 2030, '≥', 80, 'Toàn xã'],
  ],
});

export interface SyntheticProvince {
  names: string[];
  books: Map<string, CommuneBook>;
  /** The province's family figure, summed here from the rows written (commune level, every commune read). */
  family: { numerator: number; denominator: number };
}

/**
 * `n` communes as a real province's would be: every indicator at commune level and five per village for eight
 * villages (90 rows each), all shared and run this year, families 100 + (i mod 50) of 200.
 */
export const syntheticProvince = (n: number): SyntheticProvince => {
  const names = Array.from({ length: n }, (_, i) => `Xã ${i + 1}`);
  const books = new Map<string, CommuneBook>();
  let numerator = 0;
  let denominator = 0;
  names.forEach((name, i) => {
    const code = String(30000 + i);
    const family = 100 + (i % 50);
    numerator += family;
    denominator += 200;
    const rows: SummaryRow[] = summaryIndicators.map((indicator) =>
      row(name, code, indicator === 'family' ? family : 40, indicator === 'family' ? 200 : 80, { indicator }),
    );
    for (let v = 1; v <= 8; v += 1)
      for (const indicator of villageIndicators)
        rows.push(row(name, code, 5, 25, { indicator, level: 'village', village: `Thôn ${v}` }));
    books.set(idOf(i + 1), { sheets: { [SUMMARY_SHEET]: summarySheet(rows) } });
  });
  return { names, books, family: { numerator, denominator } };
};

export const provinceSandbox = (
  names: readonly string[],
  books: ReadonlyMap<string, CommuneBook>,
): Sandbox => {
  const sb = createSandbox({ project: 'tinh', snapshot: master(names) });
  for (const [id, book] of books) sb.sheetsApi.books.set(id, book);
  return sb;
};

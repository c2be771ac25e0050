// Summary rows to sheet cells and back: what the commune's shells write and the province's shells read.
import type { CellValue, SheetValues } from '../snapshot';
import { foldKey } from '../text/normalize';
import { communeCodeText } from '../text/values';
import { checkSummaryRow } from './check';
import {
  SUMMARY_SCHEMA_VERSION,
  type SummaryRow,
  levelTerms,
  summaryColumns,
  summaryColumnsByVersion,
  type SummaryKey,
} from './schema';

const YES = 'Có';
const NO = 'Không';

export const summaryHeader = (): string[] => summaryColumns.map((c) => c.header);

const cellOf = (row: SummaryRow, key: SummaryKey): string | number => {
  const v = row[key];
  if (key === 'level') return levelTerms[row.level];
  if (typeof v === 'boolean') return v ? YES : NO;
  return v ?? '';
};

/** One sheet row per summary row, in the current version's column order. */
export const summaryToCells = (rows: readonly SummaryRow[]): (string | number)[][] =>
  rows.map((r) => summaryColumns.map((c) => cellOf(r, c.key)));

export type SummaryRead =
  | { kind: 'ok'; rows: SummaryRow[] }
  /** Written by an earlier version of the add-in: the commune must run "Chấm điểm và tổng hợp" again. */
  | { kind: 'oldSchema'; version: number | null }
  /** Written by a later version than this reader knows. */
  | { kind: 'newerSchema'; version: number }
  | { kind: 'notSummary' }
  /** A row that cannot be read: 1-based row and column on the sheet. */
  | { kind: 'damaged'; row: number; col: number; header: string };

const text = (v: CellValue): string => (v === null || v === undefined ? '' : String(v).trim());

const numberOrNull = (v: CellValue): number | null | undefined => {
  if (v === null || v === undefined || text(v) === '') return null;
  if (typeof v === 'number') return v;
  const n = Number(text(v).replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
};

const levelOf = (v: CellValue): SummaryRow['level'] | undefined => {
  const k = foldKey(text(v));
  if (k === foldKey(levelTerms.commune)) return 'commune';
  if (k === foldKey(levelTerms.village)) return 'village';
  return undefined;
};

const boolOf = (v: CellValue): boolean | undefined => {
  if (typeof v === 'boolean') return v;
  const k = foldKey(text(v));
  if (k === foldKey(YES)) return true;
  if (k === foldKey(NO)) return false;
  return undefined;
};

const sameHeaders = (row: readonly CellValue[], headers: readonly string[]): boolean =>
  headers.every((h, i) => foldKey(text(row[i])) === foldKey(h));

const numeric: ReadonlySet<SummaryKey> = new Set([
  'schemaVersion',
  'year',
  'numerator',
  'denominator',
  'targetPercent',
  'targetYear',
  'errors',
  'warnings',
  'evidence',
]);

/** Reads a "Số liệu gửi tỉnh" sheet; blank rows are skipped. */
export const readSummarySheet = (values: SheetValues): SummaryRead => {
  const header = values[0] ?? [];
  const firstHeader = summaryColumnsByVersion[0]?.[0]?.header ?? '';
  if (
    !sameHeaders(
      header,
      summaryColumns.map((c) => c.header),
    )
  ) {
    if (foldKey(text(header[0])) !== foldKey(firstHeader)) return { kind: 'notSummary' };
    const known = summaryColumnsByVersion.findIndex((cols) =>
      sameHeaders(
        header,
        cols.map((c) => c.header),
      ),
    );
    const stated = numberOrNull(values[1]?.[0]);
    const version = known >= 0 ? known + 1 : typeof stated === 'number' ? stated : null;
    if (version !== null && version > SUMMARY_SCHEMA_VERSION) return { kind: 'newerSchema', version };
    return { kind: 'oldSchema', version };
  }
  const rows: SummaryRow[] = [];
  for (let r = 1; r < values.length; r++) {
    const cells = values[r] ?? [];
    if (cells.every((v) => text(v) === '')) continue;
    const version = numberOrNull(cells[0]);
    if (typeof version === 'number' && version > SUMMARY_SCHEMA_VERSION)
      return { kind: 'newerSchema', version };
    if (typeof version === 'number' && version < SUMMARY_SCHEMA_VERSION)
      return { kind: 'oldSchema', version };
    const raw: Record<string, unknown> = {};
    for (const [c, { key, header: h }] of summaryColumns.entries()) {
      const v = cells[c];
      const value =
        key === 'level'
          ? levelOf(v)
          : key === 'criteriaSample'
            ? boolOf(v)
            : key === 'communeCode'
              ? communeCodeText(v)
              : numeric.has(key)
                ? numberOrNull(v)
                : text(v);
      if (value === undefined) return { kind: 'damaged', row: r + 1, col: c + 1, header: h };
      raw[key] = value;
    }
    const parsed = checkSummaryRow(raw);
    if (!parsed.success) {
      const key = String(parsed.error.issues[0]?.path[0] ?? '');
      const c = Math.max(
        0,
        summaryColumns.findIndex((col) => col.key === key),
      );
      return { kind: 'damaged', row: r + 1, col: c + 1, header: summaryColumns[c]?.header ?? '' };
    }
    rows.push(parsed.data);
  }
  return { kind: 'ok', rows };
};

// Communes' output workbooks as the province receives them, and the province's master workbook: the sample
// province (sheets-templates/tinh-mau/) and the synthetic 170-commune province of the bench. Each commune file has
// a small "Cấu hình" and the owned "Số liệu gửi tỉnh" that tong-hop writes (buildSummarySheet, the same rows),
// written into it by the same zip surgery; the broken cases (an old schema, a hand-edited cell) are written as
// those sheets would be found.
import { writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { layout } from '../../src/core/layout';
import type { OutputTable } from '../../src/core/result';
import { buildSummarySheet } from '../../src/core/summary/table';
import {
  summaryIndicators,
  villageIndicators,
  type SummaryIndicator,
  type SummaryRow,
} from '../../src/core/summary/schema';
import { indicatorTerms } from '../../src/core/i18n/terms';
import { copyWithOwnedSheets } from '../../src/node/xlsx/owned-copy';
import { buildProvinceMaster, type MasterContent } from '../../src/node/xlsx/province-master';

export type Figures = Partial<Record<SummaryIndicator, [number, number] | null>>;

export interface CommuneSpec {
  commune: string;
  code: string;
  province: string;
  year: number;
  figures: Figures;
  /** Village-level rows: the province must not add them to the commune's. */
  villages?: { name: string; figures: Figures }[];
  errors?: number;
  warnings?: number;
  /** Commune-level recognised entries with a minh chứng link; absent: the register has no "Minh chứng" column. */
  evidence?: Partial<Record<SummaryIndicator, number>>;
}

const GENERATED_AT = '2026-12-01T08:00:00.000Z';

export const summaryRowsOf = (c: CommuneSpec): SummaryRow[] => {
  const make = (
    indicator: SummaryIndicator,
    level: SummaryRow['level'],
    village: string,
    f: [number, number] | null | undefined,
  ): SummaryRow => ({
    schemaVersion: 1,
    communeCode: c.code,
    commune: c.commune,
    province: c.province,
    year: c.year,
    indicator,
    label: indicatorTerms[indicator].label,
    level,
    village,
    numerator: f ? f[0] : null,
    denominator: f ? f[1] : null,
    targetPercent: null,
    targetYear: null,
    criteriaSet: 'Bộ tiêu chí mẫu',
    criteriaSample: true,
    errors: c.errors ?? 0,
    warnings: c.warnings ?? 0,
    evidence: (level === 'commune' ? c.evidence?.[indicator] : undefined) ?? null,
    generatedAt: GENERATED_AT,
  });
  return [
    ...summaryIndicators.map((i) => make(i, 'commune', '', c.figures[i])),
    ...(c.villages ?? []).flatMap((v) =>
      villageIndicators.map((i) => make(i, 'village', v.name, v.figures[i])),
    ),
  ];
};

type Identity = Pick<CommuneSpec, 'commune' | 'province' | 'year'> & {
  /** Households on a "Gia đình" sheet: the bulk a real output carries, which the province must not pay to read. */
  households?: number;
};

/** The commune's own sheets, reduced to what identifies it (the registers are not the province's to read). */
const communeBase = async (c: Identity): Promise<Buffer> => {
  const wb = new ExcelJS.Workbook();
  wb.created = new Date(Date.UTC(2026, 0, 1));
  wb.modified = wb.created;
  const ws = wb.addWorksheet(layout.config.sheet);
  ws.addRow([...layout.config.headers]);
  ws.addRow(['Tên xã/phường', c.commune]);
  ws.addRow(['Tỉnh/thành phố', c.province]);
  ws.addRow(['Năm đánh giá', c.year]);
  if (c.households !== undefined && c.households > 0) {
    const families = wb.addWorksheet('Gia đình');
    families.addRow(['STT', 'Họ và tên chủ hộ', 'Thôn', 'Kết quả']);
    for (let i = 1; i <= c.households; i++)
      families.addRow([
        i,
        `Chủ hộ ${c.commune} ${i}`,
        `Thôn ${(i % 9) + 1}`,
        i % 4 === 0 ? 'Không đạt' : 'Đạt',
      ]);
  }
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
};

const writeWithSheets = async (path: string, c: Identity, tables: OutputTable[]) =>
  writeFile(path, await copyWithOwnedSheets(await communeBase(c), tables));

/** A commune's output workbook as tong-hop writes it. */
export const writeCommuneOutput = (path: string, c: CommuneSpec & Pick<Identity, 'households'>) =>
  writeWithSheets(path, c, [buildSummarySheet(summaryRowsOf(c))]);

/** A commune run before "Số liệu gửi tỉnh" had its current columns: version 0 had no "Mã xã" and no counts. */
export const writeOldSchemaOutput = (path: string, c: CommuneSpec) => {
  const t = buildSummarySheet(summaryRowsOf(c));
  const keep = [0, 2, 3, 4, 5, 6, 7, 8, 9, 10];
  const cut = <T>(rows: T[][]) => rows.map((r) => keep.map((k) => r[k] as T));
  return writeWithSheets(path, c, [
    {
      ...t,
      values: cut(t.values).map((r, i) => (i === 0 ? r : [0, ...r.slice(1)])),
      backgrounds: cut(t.backgrounds),
      bold: cut(t.bold),
      numberFormats: cut(t.numberFormats),
      links: cut(t.links),
      columnWidths: keep.map((k) => t.columnWidths[k] ?? 12),
    },
  ]);
};

/** "Số liệu gửi tỉnh" typed over by hand: the cell at `row` (1-based) and `col` (0-based) holds `text`. */
export const writeDamagedOutput = (path: string, c: CommuneSpec, row: number, col: number, text: string) => {
  const t = buildSummarySheet(summaryRowsOf(c));
  const values = t.values.map((r, i) => (i === row - 1 ? r.map((v, k) => (k === col ? text : v)) : r));
  return writeWithSheets(path, c, [{ ...t, values }]);
};

/** A commune's output from before the summary sheet existed: its own sheets only. */
export const writeWithoutSummary = async (path: string, c: CommuneSpec) =>
  writeFile(path, await communeBase(c));

export const writeMaster = async (path: string, m: MasterContent) => {
  const wb = buildProvinceMaster(m);
  await writeFile(path, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
};

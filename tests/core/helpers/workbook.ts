// Small workbooks for engine tests, written the way officers fill the template: header row, then data rows.
import { layout } from '../../../src/core/layout';
import { defaultCriteriaSets } from '../../../src/core/criteria/sets';
import { registerColumns } from '../../../src/core/layout/columns';
import type { CellValue, WorkbookSnapshot } from '../../../src/core/snapshot';

type RowSpec = Record<string, CellValue>;

const registerSheet = (key: (typeof layout.registers)[number]['key'], rows: RowSpec[]) => {
  const spec = layout.registers.find((r) => r.key === key);
  if (!spec) throw new Error(key);
  const columns = registerColumns(spec, defaultCriteriaSets[spec.title]);
  const header = columns.map((c) => c.header);
  const body = rows.map((r) => columns.map((c) => r[c.key] ?? r[c.header] ?? ''));
  return { name: spec.sheet, values: [header, ...body] };
};

export interface WorkbookSpec {
  config?: Record<string, CellValue>;
  targets?: RowSpec[];
  villages?: RowSpec[];
  families?: RowSpec[];
  clans?: RowSpec[];
  units?: RowSpec[];
  citizens?: RowSpec[];
}

export const baseConfig: Record<string, CellValue> = {
  'Tên xã/phường': 'Hòa An',
  'Tỉnh/thành phố': 'Thanh Hóa',
  'Năm đánh giá': 2026,
  'Bộ chỉ tiêu': 'Quảng Ngọc 2026-2030',
};

export const makeWorkbook = (spec: WorkbookSpec): Record<string, CellValue[][]> => {
  const book: Record<string, CellValue[][]> = {};
  const config = { ...baseConfig, ...(spec.config ?? {}) };
  book[layout.config.sheet] = [
    [...layout.config.headers],
    ...Object.entries(config)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, v]),
  ];
  if (spec.targets) {
    book[layout.targets.sheet] = [
      layout.targets.columns.map((c) => c.header),
      ...spec.targets.map((r) => layout.targets.columns.map((c) => r[c.key] ?? '')),
    ];
  }
  for (const key of ['villages', 'families', 'clans', 'units', 'citizens'] as const) {
    const rows = spec[key];
    if (rows === undefined) continue;
    const sheet = registerSheet(key, rows);
    book[sheet.name] = sheet.values;
  }
  return book;
};

/** One "Thôn" row: 10 households, 1 clan, 40 people (20 adults, 15 workers), registered and recognised. */
export const village = (name: string, over: Record<string, CellValue> = {}): RowSpec => ({
  name,
  kind: 'Thôn',
  households: 10,
  clans: 1,
  population: 40,
  adults: 20,
  workers: 15,
  registered: 'x',
  result: 'Đạt',
  ...over,
});

export const asSnapshot = (book: Record<string, CellValue[][]>): WorkbookSnapshot => book;

/** Ten families of a village with the given number recognised by decision. */
export const families = (village: string, recognised: number, count = 10, prefix = 'Nguyễn Văn'): RowSpec[] =>
  Array.from({ length: count }, (_, i) => ({
    head: `${prefix} ${String.fromCharCode(65 + (i % 26))}${i >= 26 ? i : ''}`,
    village,
    registered: 'x',
    result: i < recognised ? 'Đạt' : 'Không đạt',
  }));

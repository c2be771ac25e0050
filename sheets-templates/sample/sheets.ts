// The sheets of the commune workbook in order, with their columns: shared by the sample generator and the .xlsx builder.
import { defaultCriteriaSets } from '../../src/core/criteria/sets/index';
import { registerColumns } from '../../src/core/layout/columns';
import type { ColumnSpec, RegisterSpec } from '../../src/core/layout/schema';
import type { CellValue } from '../../src/core/snapshot';
import { layout } from '../../src/core/layout';

export interface TableShape {
  sheet: string;
  columns: readonly ColumnSpec[];
  register: RegisterSpec | null;
}

/** Chỉ tiêu, Bộ tiêu chí, then the registers (Thôn, Gia đình, Dòng họ, Đơn vị, Công dân) with TC1… spliced in. */
export const tableShapes = (): TableShape[] => [
  { sheet: layout.targets.sheet, columns: layout.targets.columns, register: null },
  { sheet: layout.criteria.sheet, columns: layout.criteria.columns, register: null },
  ...layout.registers.map((spec) => ({
    sheet: spec.sheet,
    columns: registerColumns(spec, defaultCriteriaSets[spec.title]),
    register: spec,
  })),
];

export const registerShape = (key: RegisterSpec['key']): TableShape => {
  const shape = tableShapes().find((s) => s.register?.key === key);
  if (!shape)
    throw new Error(`layout has no register ${key}`, { cause: { code: 'LAYOUT_REGISTER_MISSING' } });
  return shape;
};

/** One row in the sheet's column order from values keyed by column key ("head", "item:TC1"…). */
export const rowOf = (
  columns: readonly ColumnSpec[],
  values: Readonly<Record<string, CellValue>>,
): CellValue[] => columns.map((c) => values[c.key] ?? null);

export const headerRow = (columns: readonly ColumnSpec[]): string[] => columns.map((c) => c.header);

/** The "Cấu hình" sheet: a header, then one row per setting (label, value, explanation). */
export const configRows = (values: Readonly<Record<string, CellValue>>): CellValue[][] => [
  [...layout.config.headers],
  ...layout.config.settings.map((s) => [s.label, values[s.key] ?? null, s.note]),
];

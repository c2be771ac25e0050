// Rows of the sample workbook in the layout's column order; the sheets themselves are the template model's.
import { layout } from '../../src/core/layout';
import type { ColumnSpec } from '../../src/core/layout/schema';
import type { CellValue } from '../../src/core/snapshot';

export { registerShape, tableShapes, type TableShape } from '../../src/core/templates/shapes';

/** One row in the sheet's column order from values keyed by column key ("head", "item:TC1"…). */
export const rowOf = (
  columns: readonly ColumnSpec[],
  values: Readonly<Record<string, CellValue>>,
): CellValue[] => columns.map((c) => values[c.key] ?? null);

export const headerRow = (columns: readonly ColumnSpec[]): string[] => columns.map((c) => c.header);

/** The "Cấu hình" sheet as an officer fills it in: a header, then one row per setting (label, value, explanation). */
export const configRows = (values: Readonly<Record<string, CellValue>>): CellValue[][] => [
  [...layout.config.headers],
  ...layout.config.settings.map((s) => [s.label, values[s.key] ?? null, s.note]),
];

// Arguments as Sheets hands them to custom functions: a cell is a scalar, a range a 2-D array.
import type { CellValue } from '../../core/snapshot';

/** A custom function's argument error: its message is shown to the officer as is. */
export class FnError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FnError';
  }
}

export type Arg = CellValue | CellValue[][] | CellValue[];

export const isGrid = (v: unknown): v is unknown[] => Array.isArray(v);

/** Rows of a range; a single cell is one row of one cell; a 1-D array (from another script) is one row. */
export const rowsOf = (v: Arg): CellValue[][] => {
  if (!Array.isArray(v)) return [[v]];
  if (v.length > 0 && v.every((r) => Array.isArray(r))) return v as CellValue[][];
  return [v as CellValue[]];
};

/** All cells of a range, row by row. */
export const cellsOf = (v: Arg): CellValue[] => rowsOf(v).flat();

/** The first cell of a scalar-or-range argument (Sheets passes a 1×1 range as a scalar already). */
export const scalarOf = (v: Arg): CellValue => (Array.isArray(v) ? cellsOf(v)[0] : v);

/** One result per row for a multi-row range (fills a column), a single value otherwise. */
export const perRow = <T>(rows: readonly CellValue[][], f: (row: CellValue[]) => T): T | T[][] =>
  rows.length === 1 ? f(rows[0] ?? []) : rows.map((r) => [f(r)]);

export const shown = (v: CellValue): string =>
  v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? '');

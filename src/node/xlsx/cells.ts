// Engine values into exceljs cells: dates as wall-clock serials, so a date typed in Hà Nội reads back the same day anywhere.
import type ExcelJS from 'exceljs';
import type { CellValue } from '../../core/snapshot';

/** exceljs writes a Date by its UTC instant; Excel means wall-clock time. Shift local dates so the day is kept. */
export const excelDate = (d: Date): Date =>
  new Date(
    Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds()),
  );

const ERROR_VALUES = new Set(['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!']);

/** Error texts become real error cells, as a broken formula leaves them in a file. */
export const excelValue = (v: CellValue): ExcelJS.CellValue => {
  if (v === undefined || v === null || v === '') return null;
  if (v instanceof Date) return excelDate(v);
  if (typeof v === 'string' && ERROR_VALUES.has(v)) return { error: v as ExcelJS.CellErrorValue['error'] };
  return v;
};

const argb = (hex: string): string => `FF${hex.replace(/^#/u, '').toUpperCase()}`;

export const solidFill = (hex: string): ExcelJS.Fill => ({
  type: 'pattern',
  pattern: 'solid',
  fgColor: { argb: argb(hex) },
});

/** A sheet name as a formula reference: 'Gia đình' (quotes doubled inside). */
export const sheetRef = (name: string): string => `'${name.replace(/'/gu, "''")}'`;

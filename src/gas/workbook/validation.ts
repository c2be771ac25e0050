// Dropdowns on whole columns: a register sheet made by "Thiết lập" is grown to hold a large commune, and each
// rule covers its column from the first data row to the sheet's last row (not the 1,000 rows of a new sheet).
// Rows an officer adds later by inserting inside the column take the rule with them (Sheets copies validation
// to inserted rows; not verified on Google from here).
import { WHOLE_COLUMN_ROWS } from '../../core/templates/model';
import type { Sheet } from '../services';
import { ensureGrid } from './write-table';

/** Rows of a new register sheet, the same reach as the .xlsx template's dropdowns. */
export const REGISTER_ROWS = WHOLE_COLUMN_ROWS;

type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

/** Applies `rule` to column `col` from `row` down: `rows` of them, or (null) to the last row of the grown sheet. */
export const applyColumnRule = (
  sheet: Sheet,
  row: number,
  col: number,
  rows: number | null,
  rule: Rule,
): void => {
  if (rows === null) ensureGrid(sheet, REGISTER_ROWS, col);
  const n = rows ?? sheet.getMaxRows() - row + 1;
  if (n < 1) return;
  sheet.getRange(row, col, n, 1).setDataValidation(rule);
};

// Parts of exceljs 4.4 that work but are missing from its type definitions, typed once here.
import type ExcelJS from 'exceljs';

interface WorksheetExtra {
  /** Tab position: exceljs sorts worksheets by it when writing. */
  orderNo: number;
  /** Range validations ("E2:E1000"), written as one <dataValidation sqref>. */
  dataValidations: { add(range: string, validation: ExcelJS.DataValidation): void };
}

export const extra = (ws: ExcelJS.Worksheet): WorksheetExtra => ws as unknown as WorksheetExtra;

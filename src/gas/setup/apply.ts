// "Thiết lập": adds the template sheets that are missing; a sheet that exists (under any accepted name) is left alone.
import { COLORS } from '../../core/output/builder';
import { foldKey } from '../../core/text/normalize';
import type { Sheet, Spreadsheet } from '../services';
import { widthRuns } from '../workbook/write-table';
import type { SheetTemplate } from './templates';

type SpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

export const missingTemplates = (
  templates: readonly SheetTemplate[],
  existing: readonly string[],
): SheetTemplate[] => {
  const have = new Set(existing.map(foldKey));
  return templates.filter((t) => ![t.name, ...t.synonyms].some((n) => have.has(foldKey(n))));
};

const writeTemplate = (app: SpreadsheetApp, sheet: Sheet, t: SheetTemplate): void => {
  const h = t.values.length;
  const w = t.values[0]?.length ?? 0;
  const padded = t.values.map((row) => Array.from({ length: w }, (_, c) => row[c] ?? ''));
  sheet.getRange(1, 1, h, w).setValues(padded);
  const header = sheet.getRange(1, 1, 1, w);
  header.setNotes([t.headerNotes]);
  header.setFontWeight('bold');
  header.setBackground(COLORS.header);
  sheet.setFrozenRows(t.frozenRows);
  for (const run of widthRuns(t.widths)) sheet.setColumnWidths(run.start, run.count, run.px);
  const maxRows = t.dropdowns.some((d) => d.rows === null) ? sheet.getMaxRows() : 0;
  for (const d of t.dropdowns) {
    const rows = d.rows ?? maxRows - d.row + 1;
    if (rows < 1) continue;
    const rule = app
      .newDataValidation()
      .requireValueInList([...d.options], true)
      .setAllowInvalid(true)
      .setHelpText(d.help)
      .build();
    sheet.getRange(d.row, d.col, rows, 1).setDataValidation(rule);
  }
};

/** Inserts each missing template at the end; returns the names added. */
export const addMissingSheets = (
  app: SpreadsheetApp,
  ss: Spreadsheet,
  templates: readonly SheetTemplate[],
): string[] => {
  const sheets = ss.getSheets();
  const missing = missingTemplates(
    templates,
    sheets.map((s) => s.getName()),
  );
  let index = sheets.length;
  for (const t of missing) {
    const sheet = ss.insertSheet(t.name, index);
    index += 1;
    writeTemplate(app, sheet, t);
  }
  return missing.map((t) => t.name);
};

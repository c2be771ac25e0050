// "Thiết lập": adds the template sheets that are missing; a sheet that exists (under any accepted name) is left alone.
// The sheets are the template model's (src/core/templates), rendered here as the .xlsx renderer renders them.
import type { Dropdown, SheetTemplate } from '../../core/templates/model';
import { columnLetter } from '../../core/text/a1';
import { foldKey } from '../../core/text/normalize';
import type { Range, Sheet, Spreadsheet } from '../services';
import { widthRuns } from '../workbook/write-table';

type SpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

export const missingTemplates = (
  templates: readonly SheetTemplate[],
  existing: readonly string[],
): SheetTemplate[] => {
  const have = new Set(existing.map(foldKey));
  return templates.filter((t) => ![t.name, ...t.synonyms].some((n) => have.has(foldKey(n))));
};

/**
 * A dropdown of names typed on another template sheet is set only when that sheet is added in the same run:
 * a sheet the commune already had may keep its names in another column, and a list of the wrong column would
 * be worse than none.
 */
const sourceRange = (d: Dropdown, added: ReadonlyMap<string, Sheet>): Range | null => {
  if (d.source.kind !== 'range') return null;
  const { sheet, firstRow, col, lastRow } = d.source;
  return added.get(sheet)?.getRange(firstRow, col, lastRow - firstRow + 1, 1) ?? null;
};

const writeTemplate = (
  app: SpreadsheetApp,
  sheet: Sheet,
  t: SheetTemplate,
  added: ReadonlyMap<string, Sheet>,
): void => {
  const h = t.values.length;
  const w = t.values[0]?.length ?? 0;
  const padded = t.values.map((row) => Array.from({ length: w }, (_, c) => row[c] ?? ''));
  sheet.getRange(1, 1, h, w).setValues(padded);
  const header = sheet.getRange(t.frozenRows, 1, 1, w);
  header.setNotes([t.headerNotes.map((n) => n ?? '')]);
  header.setFontWeight('bold');
  header.setBackground(t.headerFill);
  // Wrapped, as in the .xlsx: Sheets then grows the row to the longest header's lines by itself.
  header.setWrap(true);
  sheet.setFrozenRows(t.frozenRows);
  for (const run of widthRuns(t.widths)) sheet.setColumnWidths(run.start, run.count, run.px);
  for (const d of t.dropdowns) {
    const builder = app.newDataValidation().setAllowInvalid(true).setHelpText(d.help);
    if (d.source.kind === 'list') builder.requireValueInList([...d.source.options], true);
    else {
      const range = sourceRange(d, added);
      if (!range) continue;
      builder.requireValueInRange(range, true);
    }
    // A whole-column rule goes on an open-ended range ("D2:D", Sheets' A1 notation for "row 2 to the last
    // row"): sized from a new sheet's 1,000 rows, it stopped there while communes list 10,000+ citizens.
    const letter = columnLetter(d.col - 1);
    const target =
      d.rows === null
        ? sheet.getRange(`${letter}${d.row}:${letter}`)
        : sheet.getRange(d.row, d.col, d.rows, 1);
    target.setDataValidation(builder.build());
  }
  for (const { row, col } of t.dateCells) sheet.getRange(row, col).setNumberFormats([['dd/mm/yyyy']]);
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
  // All sheets first, so a dropdown can name a register that comes later in the tab order.
  const added = new Map(missing.map((t, i) => [t.name, ss.insertSheet(t.name, sheets.length + i)]));
  for (const t of missing) {
    const sheet = added.get(t.name);
    if (sheet) writeTemplate(app, sheet, t, added);
  }
  return missing.map((t) => t.name);
};

// The template model (src/core/templates) rendered as .xlsx: bold headers with a note per column, dropdowns,
// widths, frozen rows. Used for the empty template ("mau"), the sample commune and the benchmark file.
import ExcelJS from 'exceljs';
import { templateText } from '../../core/i18n/cli';
import type { WorkbookSnapshot } from '../../core/snapshot';
import { sheetTemplates, type DropdownSource, type SheetTemplate } from '../../core/templates/model';
import { columnLetter } from '../../core/text/a1';
import { excelValue, sheetRef, solidFill } from './cells';
import { extra } from './exceljs-extra';

const LISTS_SHEET = 'Danh mục';
/** A worksheet's last row (ECMA-376 / Excel): a whole-column rule runs to it, so rows typed later get it too. */
export const XLSX_LAST_ROW = 1_048_576;
/** A line of the 11 pt header text, in points. */
const HEADER_LINE_PT = 15;
/** Excel's limit for a list typed into the validation itself. */
const INLINE_LIST_LIMIT = 255;
/** exceljs drops a column of exactly this width as "default", and Excel then shows its own 8.43. */
const EXCELJS_DEFAULT_WIDTH = 9;
const FIXED_DATE = new Date(Date.UTC(2026, 0, 1));

type Validation = ExcelJS.DataValidation;

const listValidation = (formula: string, label: string): Validation => ({
  type: 'list',
  allowBlank: true,
  formulae: [formula],
  // A warning, not a stop: the engine accepts spelling variants and reports what it cannot read.
  showErrorMessage: true,
  errorStyle: 'warning',
  errorTitle: templateText.dropdownErrorTitle,
  error: templateText.dropdownError(label),
});

class ListSheet {
  private readonly lists: (readonly string[])[] = [];

  /** Long lists live on a hidden sheet, written last; short ones are typed into the validation. */
  formula(options: readonly string[]): string {
    const inline = `"${options.join(',')}"`;
    if (inline.length - 2 <= INLINE_LIST_LIMIT && !options.some((o) => o.includes(','))) return inline;
    this.lists.push(options);
    const letter = columnLetter(this.lists.length - 1);
    return `${sheetRef(LISTS_SHEET)}!$${letter}$1:$${letter}$${options.length}`;
  }

  write(wb: ExcelJS.Workbook): void {
    if (this.lists.length === 0) return;
    const ws = wb.addWorksheet(LISTS_SHEET, { state: 'hidden' });
    this.lists.forEach((options, c) => options.forEach((o, r) => (ws.getCell(r + 1, c + 1).value = o)));
  }
}

const sourceFormula = (lists: ListSheet, source: DropdownSource): string => {
  if (source.kind === 'list') return lists.formula(source.options);
  const letter = columnLetter(source.col - 1);
  return `${sheetRef(source.sheet)}!$${letter}$${source.firstRow}:$${letter}$${source.lastRow}`;
};

const renderSheet = (
  wb: ExcelJS.Workbook,
  lists: ListSheet,
  t: SheetTemplate,
  values: WorkbookSnapshot[string] | undefined,
): void => {
  const ws = wb.addWorksheet(t.name, { views: [{ state: 'frozen', ySplit: t.frozenRows }] });
  const rows = values ?? t.values;
  for (const row of rows) ws.addRow(row.map(excelValue));
  const header = ws.getRow(t.frozenRows);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  // Without a height LibreOffice and Excel keep a wrapped header on one line, spilling over the first rows.
  if (t.headerLines > 1) header.height = t.headerLines * HEADER_LINE_PT;
  t.headerNotes.forEach((note, c) => {
    const cell = header.getCell(c + 1);
    cell.fill = solidFill(t.headerFill);
    if (note) cell.note = note;
  });
  t.widths.forEach((w, c) => (ws.getColumn(c + 1).width = w === EXCELJS_DEFAULT_WIDTH ? w + 1e-6 : w));
  for (const d of t.dropdowns) {
    const letter = columnLetter(d.col - 1);
    // One sqref for the whole column: exceljs writes a range key as it is, never cell by cell.
    const end = d.rows === null ? XLSX_LAST_ROW : d.row + d.rows - 1;
    const range = end === d.row ? `${letter}${d.row}` : `${letter}${d.row}:${letter}${end}`;
    extra(ws).dataValidations.add(range, listValidation(sourceFormula(lists, d.source), d.label));
  }
  for (const { row, col } of t.dateCells) ws.getCell(row, col).numFmt = 'dd/mm/yyyy';
};

/** A workbook with every template sheet; values (with their header rows) from the snapshot when given. */
export const buildTemplateWorkbook = (snapshot: WorkbookSnapshot = {}): ExcelJS.Workbook => {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'khuyenhoc-sheets';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const lists = new ListSheet();
  for (const t of sheetTemplates()) renderSheet(wb, lists, t, snapshot[t.name]);
  lists.write(wb);
  return wb;
};

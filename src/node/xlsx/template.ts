// A commune workbook styled from the layout: bold headers with a note per column, dropdowns, widths, frozen rows.
// Used for the empty template ("mau"), the sample commune and the benchmark file.
import ExcelJS from 'exceljs';
import { layout } from '../../core/layout';
import { tableShapes, type TableShape } from '../../../sheets-templates/sample/sheets';
import { templateText } from '../../core/i18n/cli';
import type { ColumnSpec } from '../../core/layout/schema';
import { columnLetter } from '../../core/text/a1';
import type { WorkbookSnapshot } from '../../core/snapshot';
import { excelValue, sheetRef, solidFill } from './cells';
import { extra } from './exceljs-extra';

const HEADER_FILL = '#D9E2F3';
const LISTS_SHEET = 'Danh mục';
/** Dropdowns reach this far below the data, so rows typed later still get them. */
const SPARE_ROWS = 500;
const MIN_ROWS = 1000;
/** Excel's limit for a list typed into the validation itself. */
const INLINE_LIST_LIMIT = 255;
const FIXED_DATE = new Date(Date.UTC(2026, 0, 1));

type Validation = ExcelJS.DataValidation;

const listValidation = (formula: string, header: string): Validation => ({
  type: 'list',
  allowBlank: true,
  formulae: [formula],
  // A warning, not a stop: the engine accepts spelling variants and reports what it cannot read.
  showErrorMessage: true,
  errorStyle: 'warning',
  errorTitle: templateText.dropdownErrorTitle,
  error: templateText.dropdownError(header),
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

const styleHeader = (ws: ExcelJS.Worksheet, notes: readonly (string | null)[]): void => {
  const row = ws.getRow(layout.frozenRows);
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
  notes.forEach((note, c) => {
    const cell = row.getCell(c + 1);
    cell.fill = solidFill(HEADER_FILL);
    if (note) cell.note = note;
  });
};

const addValues = (ws: ExcelJS.Worksheet, values: WorkbookSnapshot[string] | undefined): void => {
  for (const row of values ?? []) ws.addRow(row.map(excelValue));
};

const referenceList = (kind: ColumnSpec['kind']): string | null => {
  const target = kind === 'village' ? 'villages' : kind === 'unit' ? 'units' : null;
  const spec = layout.registers.find((r) => r.key === target);
  const col = spec?.columns.findIndex((c) => c.key === 'name') ?? -1;
  if (!spec || col < 0) return null;
  const letter = columnLetter(col);
  return `${sheetRef(spec.sheet)}!$${letter}$${layout.frozenRows + 1}:$${letter}$${MIN_ROWS}`;
};

const tableSheet = (
  wb: ExcelJS.Workbook,
  lists: ListSheet,
  shape: TableShape,
  values: WorkbookSnapshot[string] | undefined,
): void => {
  const ws = wb.addWorksheet(shape.sheet, { views: [{ state: 'frozen', ySplit: layout.frozenRows }] });
  addValues(ws, values ?? [shape.columns.map((c) => c.header)]);
  styleHeader(
    ws,
    shape.columns.map((c) => c.note),
  );
  const last = Math.max(MIN_ROWS, (values?.length ?? 0) + SPARE_ROWS);
  shape.columns.forEach((spec, c) => {
    ws.getColumn(c + 1).width = spec.width;
    const formula = spec.options ? lists.formula(spec.options) : referenceList(spec.kind);
    if (!formula) return;
    const letter = columnLetter(c);
    extra(ws).dataValidations.add(
      `${letter}${layout.frozenRows + 1}:${letter}${last}`,
      listValidation(formula, spec.header),
    );
  });
};

const configSheet = (
  wb: ExcelJS.Workbook,
  lists: ListSheet,
  values: WorkbookSnapshot[string] | undefined,
): void => {
  const ws = wb.addWorksheet(layout.config.sheet, {
    views: [{ state: 'frozen', ySplit: layout.frozenRows }],
  });
  const rows = values ?? [
    [...layout.config.headers],
    ...layout.config.settings.map((s) => [s.label, null, s.note]),
  ];
  addValues(ws, rows);
  styleHeader(ws, [templateText.configNoteLabel, templateText.configNoteValue, null]);
  [34, 36, 90].forEach((w, c) => (ws.getColumn(c + 1).width = w));
  rows.forEach((row, r) => {
    const spec = layout.config.settings.find((s) => s.label === row[0]);
    if (!spec) return;
    const cell = ws.getCell(r + 1, 2);
    if (spec.required) ws.getCell(r + 1, 1).font = { bold: true };
    if (spec.options) cell.dataValidation = listValidation(lists.formula(spec.options), spec.label);
    if (spec.kind === 'date') cell.numFmt = 'dd/mm/yyyy';
  });
};

/** A workbook with every layout sheet; values (with their header rows) from the snapshot when given. */
export const buildTemplateWorkbook = (snapshot: WorkbookSnapshot = {}): ExcelJS.Workbook => {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'khuyenhoc-sheets';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const lists = new ListSheet();
  configSheet(wb, lists, snapshot[layout.config.sheet]);
  for (const shape of tableShapes()) tableSheet(wb, lists, shape, snapshot[shape.sheet]);
  lists.write(wb);
  return wb;
};

// Writes an OutputTable to an owned sheet in a constant number of calls: values once, each format once.
import type { CellBlock, CellOut, OutputTable } from '../../core/result';
import { a1 } from '../../core/text/a1';
import type { Sheet } from '../services';

/** Sheets would turn "05/12/2026" or "=x" typed by a user into a date or a formula; a leading ' keeps text as text. */
const asText = (v: string): string => (v === '' ? v : `'${v}`);

// Apps Script takes formulas in the English syntax (comma separators) whatever the spreadsheet's locale.
const hyperlink = (gid: number, cell: string, label: CellOut): string =>
  `=HYPERLINK("#gid=${gid}&range=${cell}","${String(label ?? cell).replace(/"/gu, '""')}")`;

/** Number format for cells the engine left unformatted: shows numbers as typed, leaves text alone. */
export const PLAIN_FORMAT = '0.###############';

/** Character widths (as in the layout) to pixels. */
export const widthPx = (chars: number): number => Math.round(chars * 7 + 10);

export const cellValues = (table: OutputTable, gidOf: (sheet: string) => number | null): CellOut[][] =>
  table.values.map((row, r) =>
    row.map((v, c) => {
      const link = table.links[r]?.[c];
      const gid = link ? gidOf(link.sheet) : null;
      if (link && gid !== null) return hyperlink(gid, link.cell, v);
      return typeof v === 'string' ? asText(v) : v;
    }),
  );

/** Runs of equal widths, so a table of 12 columns in 3 widths costs 3 calls. */
export const widthRuns = (widths: readonly number[]): { start: number; count: number; px: number }[] => {
  const runs: { start: number; count: number; px: number }[] = [];
  widths.forEach((w, i) => {
    const px = widthPx(w);
    const last = runs[runs.length - 1];
    if (last && last.px === px) last.count += 1;
    else runs.push({ start: i + 1, count: 1, px });
  });
  return runs;
};

/**
 * Grows the sheet's grid to hold `rows` × `cols` (a new sheet has 1,000 × 26, and getRange beyond the grid
 * throws). Never shrinks: rows the officer added stay.
 */
export const ensureGrid = (sheet: Sheet, rows: number, cols: number): void => {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxCols = sheet.getMaxColumns();
  if (maxCols < cols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
};

/** "A5:F11" for a 0-based block. */
export const blockA1 = (b: CellBlock): string =>
  `${a1(b.row + 1, b.column)}:${a1(b.row + b.rows, b.column + b.columns - 1)}`;

/**
 * Replaces the whole content of an owned sheet with `table`, in calls that do not grow with its rows: one per
 * format over the whole table, one range list for every bordered block, one call per merged block. Title rows
 * are not merged: their text overflows into the empty cells beside it and looks the same, where merging would
 * cost two calls per title. Column widths are set when the sheet is new, then left to the officer.
 */
export const writeTable = (
  sheet: Sheet,
  table: OutputTable,
  gidOf: (sheet: string) => number | null,
  fresh: boolean,
): void => {
  sheet.clear();
  const h = table.values.length;
  const w = table.values[0]?.length ?? 0;
  sheet.setFrozenRows(h > table.frozenRows ? table.frozenRows : 0);
  if (h === 0 || w === 0) return;
  ensureGrid(sheet, h, w);
  const range = sheet.getRange(1, 1, h, w);
  // A previous run's merged cells would swallow this run's values where its rows have moved.
  if (table.merges.length > 0) range.breakApart();
  range.setValues(cellValues(table, gidOf));
  range.setBackgrounds(table.backgrounds as string[][]);
  range.setFontWeights(table.bold.map((row) => row.map((b) => (b ? 'bold' : 'normal'))));
  range.setNumberFormats(table.numberFormats.map((row) => row.map((f) => f ?? PLAIN_FORMAT)));
  range.setHorizontalAlignments(table.alignments);
  range.setWraps(table.wraps);
  range.setVerticalAlignment(table.verticalAlignment);
  if (table.borders.length > 0)
    sheet.getRangeList(table.borders.map(blockA1)).setBorder(true, true, true, true, true, true);
  for (const m of table.merges) sheet.getRange(m.row + 1, m.column + 1, m.rows, m.columns).mergeAcross();
  if (fresh)
    for (const run of widthRuns(table.columnWidths)) sheet.setColumnWidths(run.start, run.count, run.px);
};

/** Sheets' width of a column nobody has resized. */
const DEFAULT_WIDTH_PX = 100;

/**
 * Replaces a plain data table (a header row, then rows; no links, no styles below the header). Formatted once,
 * when the sheet is new; later runs replace the values only, so they cost five calls whatever the rows. Numbers
 * keep Sheets' automatic format, so a CSV export of the sheet carries them without thousands separators.
 */
export const writeDataTable = (sheet: Sheet, table: OutputTable, fresh: boolean): void => {
  const h = table.values.length;
  const w = table.values[0]?.length ?? 0;
  if (fresh) sheet.clear();
  else sheet.clearContents();
  if (h === 0 || w === 0) return;
  ensureGrid(sheet, h, w);
  const range = sheet.getRange(1, 1, h, w);
  range.setValues(cellValues(table, () => null));
  if (!fresh) return;
  range.setBackgrounds(table.backgrounds as string[][]);
  range.setFontWeights(table.bold.map((row) => row.map((b) => (b ? 'bold' : 'normal'))));
  sheet.setFrozenRows(table.frozenRows);
  for (const run of widthRuns(table.columnWidths))
    if (run.px > DEFAULT_WIDTH_PX) sheet.setColumnWidths(run.start, run.count, run.px);
};

// How an owned sheet prints: the page setup every worksheet part declares, and the manual row breaks that keep a
// part's title ("IV. CÔNG DÂN …") with its table. Apps Script has no page-break call, so this is the .xlsx's only.
import { chartPlaces } from '../../core/output/chart-place';
import type { CellOut, OutputTable } from '../../core/result';

/** A4 landscape, in points. */
export const PAGE_PT = { width: (297 / 25.4) * 72, height: (210 / 25.4) * 72 } as const;
/** Page margins in inches, as pageMargins writes them. */
export const MARGINS_IN = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } as const;

/** Calibri 11's widest digit at 96 dpi: the unit of column widths. */
const DIGIT_PX = 7;

/** A column's printed width in points: ECMA-376 §18.3.1.13 turns a stored width into whole pixels. */
const columnPt = (width: number): number =>
  Math.trunc(((256 * width + Math.trunc(128 / DIGIT_PX)) / 256) * DIGIT_PX) * 0.75;

/**
 * The largest print scale fit-to-width can give these columns: the printable width over the columns' width at
 * Calibri 11's digit (Excel floors it to whole percents, LibreOffice may not). A renderer whose default font is
 * wider (LibreOffice without Calibri, which falls back to DejaVu Sans) shrinks more and fits more rows per page.
 */
export const fitToWidthScale = (columnWidths: readonly number[]): number => {
  const sheetPt = columnWidths.reduce((s, w) => s + columnPt(w), 0);
  const printablePt = PAGE_PT.width - (MARGINS_IN.left + MARGINS_IN.right) * 72;
  return Math.min(1, printablePt / sheetPt);
};

/** Rows kept on a page with the title of a part longer than a page: its table's header and first row. */
const KEPT_AFTER_TITLE = 2;
/** The height of a row written without one (sheetFormatPr): the rows under the table that charts are drawn over. */
export const DEFAULT_ROW_PT = 15;

const blankRow = (row: readonly CellOut[] | undefined): boolean =>
  (row ?? []).every((v) => v === null || v === '');

/**
 * 0-based rows that start a printed page of a sheet of parts, every page of the table by a manual break. A page holds what it holds at
 * the largest scale, so any renderer that shrinks as much or more fits each page whole and adds no break of its
 * own: Excel and LibreOffice cut the same pages, whatever font stands in for Calibri. A part (its title down to its
 * last row before the next title, notes included) that fits on a page but not on the rest of this one starts the
 * next page: its table is never split from its header, which the page would not repeat. A part longer than a page
 * starts the next one only when its header and first row would not fit under its title. A chart under the table
 * that would not fit whole starts the next page too (a renderer's own break would cut it in two).
 */
export const printBreaks = (table: OutputTable, rowHeights: readonly number[]): number[] => {
  const sections = table.sectionRows ?? [];
  // Only a sheet of parts ("Tổng hợp", a hundred rows) is cut by hand: long lists are left to the renderer, and
  // Excel takes at most 1,026 manual breaks a sheet.
  if (sections.length === 0) return [];
  const pagePt =
    (PAGE_PT.height - (MARGINS_IN.top + MARGINS_IN.bottom) * 72) / fitToWidthScale(table.columnWidths);
  const places = chartPlaces(table);
  const end = Math.max(rowHeights.length, ...places.map((p) => p.row + p.rows));
  const heights = Array.from({ length: end }, (_, r) => rowHeights[r] ?? DEFAULT_ROW_PT);
  const sum = (from: number, to: number) => heights.slice(from, to).reduce((s, x) => s + x, 0);
  /** Rows that go on one page with the rows under them: the height from the row down to the last of those. */
  const kept = new Map<number, number>();
  const starts = [...sections].sort((a, b) => a - b);
  for (const [i, r] of starts.entries()) {
    let last = (starts[i + 1] ?? table.values.length) - 1;
    while (last > r && blankRow(table.values[last])) last -= 1;
    const whole = sum(r, last + 1);
    kept.set(r, whole <= pagePt ? whole : sum(r, r + 1 + KEPT_AFTER_TITLE));
  }
  for (const p of places) kept.set(p.row, sum(p.row, p.row + p.rows));
  const breaks: number[] = [];
  let used = 0;
  heights.forEach((h, r) => {
    if (used > 0 && used + Math.max(h, kept.get(r) ?? 0) > pagePt) {
      breaks.push(r);
      used = 0;
    }
    used += h;
  });
  return breaks;
};
/**
 * Rows repeated at the top of every printed page: a list's frozen title and header rows. A sheet of parts repeats
 * none: its breaks keep each part with its own header, and rows repeated on every page would not be counted.
 */
export const printTitleRows = (table: OutputTable): number =>
  (table.sectionRows ?? []).length > 0 ? 0 : table.frozenRows;

/** The rowBreaks element: a break's id is the 0-based row it goes before, the 1-based row it goes after. */
export const rowBreaksXml = (breaks: readonly number[]): string =>
  breaks.length === 0
    ? ''
    : `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">` +
      breaks.map((r) => `<brk id="${r}" max="16383" man="1"/>`).join('') +
      '</rowBreaks>';

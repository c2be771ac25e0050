// Accumulates an owned sheet row by row, with formats kept the same shape as the values, for one batched write.
import type { CellAlignment, CellBlock, CellOut, OutputChart, OutputTable } from '../result';

export interface CellStyle {
  background?: string;
  bold?: boolean;
  numberFormat?: string;
  link?: { sheet: string; cell: string };
  align?: CellAlignment;
}

export type StyledCell = CellOut | { value: CellOut; style: CellStyle };

/** On a fraction (0.896): Sheets and Excel show "89,6%" in a Vietnamese locale, "89.6%" in an English one. */
export const PERCENT_FORMAT = '0.0%';
export const COUNT_FORMAT = '#,##0';
export const COLORS = {
  header: '#d9e2f3',
  title: '#ffffff',
  met: '#d9ead3',
  missed: '#f4cccc',
  error: '#f4cccc',
  warning: '#fff2cc',
  commune: '#eeeeee',
} as const;

/** Excel's limit for a cell's text (Google Sheets takes 50,000): one limit, so both shells keep the same text. */
export const CELL_TEXT_LIMIT = 32_767;

/** A value longer than a cell holds, cut with an ellipsis instead of refused by the spreadsheet. */
const clip = (v: CellOut): CellOut =>
  typeof v === 'string' && v.length > CELL_TEXT_LIMIT ? `${v.slice(0, CELL_TEXT_LIMIT - 1)}…` : v;

export class TableBuilder {
  private readonly rows: { cells: StyledCell[]; rowStyle: CellStyle }[] = [];
  private readonly merged: number[] = [];
  private readonly sections: number[] = [];
  private readonly blocks: { row: number; columns: number; end: number; span: number }[] = [];
  chart: OutputChart | null = null;

  constructor(
    readonly sheet: string,
    readonly width: number,
  ) {}

  get length(): number {
    return this.rows.length;
  }

  add(cells: StyledCell[], rowStyle: CellStyle = {}): number {
    this.rows.push({ cells, rowStyle });
    const open = this.blocks.at(-1);
    if (open && open.end === this.rows.length - 2) open.end = this.rows.length - 1;
    return this.rows.length - 1;
  }

  /**
   * Starts a bordered table with its header row; the rows added next belong to it until a title or blank row.
   * Its cells wrap, and a column holding figures is right-aligned, header included, so a header stands over
   * its numbers rather than beside the next column's. The last column is merged across `lastSpan` columns of
   * the sheet, for a table narrower than the sheet whose last column holds long text.
   */
  header(cells: readonly (string | number)[], lastSpan = 1): number {
    const columns = cells.length - 1 + lastSpan;
    const style = { bold: true, background: COLORS.header };
    this.rows.push({
      cells: Array.from({ length: columns }, (_, c) => ({ value: cells[c] ?? '', style })),
      rowStyle: {},
    });
    const at = this.rows.length - 1;
    this.blocks.push({ row: at, columns, end: at, span: lastSpan });
    return at;
  }

  title(text: string, style: CellStyle = { bold: true }): number {
    this.rows.push({ cells: [text], rowStyle: style });
    const at = this.rows.length - 1;
    this.merged.push(at);
    return at;
  }

  /** A part's title ("IV. CÔNG DÂN …"): a title row that printing keeps with the table under it. */
  section(text: string): number {
    const at = this.title(text);
    this.sections.push(at);
    return at;
  }

  blank(): void {
    this.rows.push({ cells: [], rowStyle: {} });
  }

  build(columnWidths: number[], frozenRows: number): OutputTable {
    const w = this.width;
    const pad = <T>(make: (cell: StyledCell | undefined, row: CellStyle) => T) =>
      this.rows.map(({ cells, rowStyle }) => Array.from({ length: w }, (_, c) => make(cells[c], rowStyle)));
    const styleOf = (cell: StyledCell | undefined, row: CellStyle): CellStyle =>
      cell !== null && typeof cell === 'object' ? { ...row, ...cell.style } : row;
    const values = pad((cell) => clip(cell !== null && typeof cell === 'object' ? cell.value : (cell ?? '')));
    const alignments = pad((cell, row) => styleOf(cell, row).align ?? null);
    const wraps = pad(() => false);
    const borders: CellBlock[] = this.blocks.map((b) => ({
      row: b.row,
      column: 0,
      rows: b.end - b.row + 1,
      columns: b.columns,
    }));
    const merges: CellBlock[] = this.blocks
      .filter((b) => b.span > 1)
      .map((b) => ({ row: b.row, column: b.columns - b.span, rows: b.end - b.row + 1, columns: b.span }));
    for (const b of borders) {
      for (let c = 0; c < b.columns; c++) {
        let figures = false;
        for (let r = b.row + 1; r < b.row + b.rows; r++)
          figures ||= typeof values[r]?.[c] === 'number' || alignments[r]?.[c] === 'right';
        for (let r = b.row; r < b.row + b.rows; r++) {
          const wrapRow = wraps[r];
          const alignRow = alignments[r];
          if (wrapRow) wrapRow[c] = true;
          if (figures && alignRow && alignRow[c] === null) alignRow[c] = 'right';
        }
      }
    }
    return {
      sheet: this.sheet,
      values,
      backgrounds: pad((cell, row) => styleOf(cell, row).background ?? null),
      bold: pad((cell, row) => styleOf(cell, row).bold ?? false),
      numberFormats: pad((cell, row) => styleOf(cell, row).numberFormat ?? null),
      links: pad((cell, row) => styleOf(cell, row).link ?? null),
      alignments,
      wraps,
      verticalAlignment: 'top',
      borders,
      merges,
      columnWidths: Array.from({ length: w }, (_, c) => columnWidths[c] ?? 12),
      frozenRows,
      mergedRows: [...this.merged],
      ...(this.sections.length > 0 ? { sectionRows: [...this.sections] } : {}),
      chart: this.chart,
    };
  }
}

/**
 * The engine's percentage (already rounded once, tally/ratio.ts) as the fraction a percent format shows: from the
 * whole tenths, so 89.6 is stored as 896/1000 = 0.896 and not 89.6/100 = 0.8959999999999999.
 */
export const percentFraction = (percent: number): number => Math.round(percent * 10) / 1000;

/** A percentage cell: the engine's figure as a fraction, shown with one decimal and a percent sign. */
export const pct = (p: number | null): StyledCell =>
  p === null ? '–' : { value: percentFraction(p), style: { numberFormat: PERCENT_FORMAT } };

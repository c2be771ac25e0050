// Accumulates an owned sheet row by row, with formats kept the same shape as the values, for one batched write.
import type { CellOut, OutputChart, OutputTable } from '../result';

export interface CellStyle {
  background?: string;
  bold?: boolean;
  numberFormat?: string;
  link?: { sheet: string; cell: string };
}

export type StyledCell = CellOut | { value: CellOut; style: CellStyle };

export const PERCENT_FORMAT = '0.0';
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
    return this.rows.length - 1;
  }

  title(text: string, style: CellStyle = { bold: true }): number {
    const at = this.add([text], style);
    this.merged.push(at);
    return at;
  }

  blank(): void {
    this.add([]);
  }

  build(columnWidths: number[], frozenRows: number, wrapColumns: number[] = []): OutputTable {
    const w = this.width;
    const pad = <T>(make: (cell: StyledCell | undefined, row: CellStyle) => T) =>
      this.rows.map(({ cells, rowStyle }) => Array.from({ length: w }, (_, c) => make(cells[c], rowStyle)));
    const styleOf = (cell: StyledCell | undefined, row: CellStyle): CellStyle =>
      cell !== null && typeof cell === 'object' ? { ...row, ...cell.style } : row;
    return {
      sheet: this.sheet,
      values: pad((cell) => clip(cell !== null && typeof cell === 'object' ? cell.value : (cell ?? ''))),
      backgrounds: pad((cell, row) => styleOf(cell, row).background ?? null),
      bold: pad((cell, row) => styleOf(cell, row).bold ?? false),
      numberFormats: pad((cell, row) => styleOf(cell, row).numberFormat ?? null),
      links: pad((cell, row) => styleOf(cell, row).link ?? null),
      columnWidths: Array.from({ length: w }, (_, c) => columnWidths[c] ?? 12),
      frozenRows,
      mergedRows: [...this.merged],
      wrapColumns: [...wrapColumns],
      chart: this.chart,
    };
  }
}

/** A percentage cell: the engine's figure, already rounded once (tally/ratio.ts), shown with one decimal. */
export const pct = (p: number | null): StyledCell =>
  p === null ? '–' : { value: p, style: { numberFormat: PERCENT_FORMAT } };

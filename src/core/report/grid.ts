// Header rows with spans laid out on a rectangular grid, so both renderers agree on what each slot holds.
import type { HeaderCell, TableBlock } from './model';

export interface GridSlot {
  text: string;
  /** The top-left slot of a span carries the text and the span sizes. */
  anchor: boolean;
  colSpan: number;
  rowSpan: number;
  /** Covered by a span that starts above (vertical) or to the left in the same row (horizontal). */
  covered: 'none' | 'left' | 'above';
}

/** Throws on a header that does not fill the grid exactly: a programmer error in a builder. */
export const headerGrid = (header: readonly (readonly HeaderCell[])[], columns: number): GridSlot[][] => {
  const grid: (GridSlot | undefined)[][] = header.map(() => Array.from({ length: columns }, () => undefined));
  header.forEach((cells, r) => {
    let c = 0;
    for (const cell of cells) {
      while (c < columns && grid[r]?.[c] !== undefined) c++;
      const colSpan = cell.colSpan ?? 1;
      const rowSpan = cell.rowSpan ?? 1;
      if (c + colSpan > columns || r + rowSpan > header.length) {
        throw new Error(`header cell "${cell.text}" overflows the table`, {
          cause: { code: 'REPORT_HEADER_SHAPE' },
        });
      }
      for (let dr = 0; dr < rowSpan; dr++) {
        for (let dc = 0; dc < colSpan; dc++) {
          const row = grid[r + dr];
          if (!row) continue;
          row[c + dc] =
            dr === 0 && dc === 0
              ? { text: cell.text, anchor: true, colSpan, rowSpan, covered: 'none' }
              : { text: '', anchor: false, colSpan: 1, rowSpan: 1, covered: dr === 0 ? 'left' : 'above' };
        }
      }
      c += colSpan;
    }
  });
  return grid.map((row, r) =>
    row.map((slot, c) => {
      if (!slot)
        throw new Error(`header row ${r} leaves column ${c} empty`, {
          cause: { code: 'REPORT_HEADER_SHAPE' },
        });
      return slot;
    }),
  );
};

/** The table as a rectangular string grid: header rows, then data rows; group rows put their text in column 0. */
export const tableStrings = (t: TableBlock): string[][] => {
  const n = t.columns.length;
  const head = headerGrid(t.header, n).map((row) => row.map((s) => s.text));
  const body = t.rows.map((r) =>
    'group' in r ? [r.group, ...Array.from({ length: n - 1 }, () => '')] : padTo(r.cells, n),
  );
  return [...head, ...body];
};

const padTo = (cells: readonly string[], n: number): string[] => {
  if (cells.length > n)
    throw new Error(`row has ${cells.length} cells for ${n} columns`, {
      cause: { code: 'REPORT_ROW_SHAPE' },
    });
  return [...cells, ...Array.from({ length: n - cells.length }, () => '')];
};

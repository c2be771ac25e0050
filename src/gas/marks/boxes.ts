// Pure: groups marked cells into a few small rectangles, so marking reads and writes about the marked cells
// and not the whole area between them (one box around every mark of a sheet covered a million cells).
import { columnLetter } from '../../core/text/a1';
import type { Box, Cell } from './record';

/** A box may hold at most this many cells per marked cell in it, plus SLACK: a small, fixed waste. */
export const WASTE = 2;
export const SLACK = 4;

const area = (b: Box): number => b.rows * b.cols;

const grown = (b: Box, c: Cell): Box => {
  const r0 = Math.min(b.row, c.row);
  const c0 = Math.min(b.col, c.col);
  const r1 = Math.max(b.row + b.rows - 1, c.row);
  const c1 = Math.max(b.col + b.cols - 1, c.col);
  return { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
};

/**
 * Rectangles covering every cell, each with area ≤ WASTE × its cells + SLACK (so all of them together hold at
 * most (WASTE + SLACK) × the cells). Cells are taken row by row; a cell joins an open box that ends on its row or
 * the row above and stays within the bound, otherwise it opens a new box. Whole columns or rows of marks become
 * one box; scattered marks stay one cell each.
 */
export const clusterBoxes = (cells: readonly Cell[]): Box[] => {
  const seen = new Set<string>();
  const sorted = cells
    .filter((c) => {
      const k = `${c.row},${c.col}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .sort((a, b) => a.row - b.row || a.col - b.col);
  const done: { box: Box; n: number }[] = [];
  let open: { box: Box; n: number }[] = [];
  for (const c of sorted) {
    // Boxes that end two rows above can no longer grow: close them.
    const still: typeof open = [];
    for (const o of open) (o.box.row + o.box.rows - 1 >= c.row - 1 ? still : done).push(o);
    open = still;
    let joined = false;
    for (const o of open) {
      const g = grown(o.box, c);
      if (area(g) <= WASTE * (o.n + 1) + SLACK) {
        o.box = g;
        o.n += 1;
        joined = true;
        break;
      }
    }
    if (!joined) open.push({ box: { row: c.row, col: c.col, rows: 1, cols: 1 }, n: 1 });
  }
  return [...done, ...open].map((o) => o.box);
};

/** "B5", "B5:D5": runs of adjacent cells in a row, so a RangeList names each run once. */
export const rowRunsA1 = (cells: readonly Cell[]): string[] => {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.col - b.col);
  const out: string[] = [];
  let start: Cell | null = null;
  let end: Cell | null = null;
  const flush = () => {
    if (!start || !end) return;
    const a = `${columnLetter(start.col - 1)}${start.row}`;
    out.push(end.col === start.col ? a : `${a}:${columnLetter(end.col - 1)}${end.row}`);
  };
  for (const c of sorted) {
    if (start && end && c.row === end.row && c.col === end.col + 1) end = c;
    else {
      flush();
      start = c;
      end = c;
    }
  }
  flush();
  return out;
};

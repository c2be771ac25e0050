// Pure: turns a sheet's current backgrounds and notes into the marked (or restored) ones, in memory.
import type { Issue } from '../../core/issues/issue';
import { COLORS } from '../../core/output/builder';
import { gasText } from '../../core/i18n/gas';
import { DEFAULT_BACKGROUND, type Box, type SheetMarks, parseA1 } from './record';

export interface NewMark {
  cell: string;
  color: string;
  note: string;
}

export const MARK_COLORS: ReadonlySet<string> = new Set([COLORS.error, COLORS.warning]);
const MARK_NOTE_START = '⚠';
/** Enough to point at every problem of a real commune; beyond it the record would outgrow document properties. */
export const MAX_MARKS = 5000;

/** One mark per cell: errors outrank warnings, messages of the same cell share one note. */
export const marksBySheet = (
  issues: readonly Issue[],
  limit = MAX_MARKS,
): { bySheet: Map<string, NewMark[]>; total: number; kept: number } => {
  const cells = new Map<string, { sheet: string; cell: string; error: boolean; lines: string[] }>();
  for (const i of issues) {
    if (!i.cell || !parseA1(i.cell)) continue;
    const key = `${i.sheet}\u0000${i.cell}`;
    const m = cells.get(key) ?? { sheet: i.sheet, cell: i.cell, error: false, lines: [] };
    m.error ||= i.severity === 'error';
    m.lines.push(gasText.markNote(i.message, i.hint));
    cells.set(key, m);
  }
  const bySheet = new Map<string, NewMark[]>();
  let kept = 0;
  for (const m of cells.values()) {
    if (kept >= limit) break;
    kept += 1;
    const list = bySheet.get(m.sheet) ?? [];
    list.push({ cell: m.cell, color: m.error ? COLORS.error : COLORS.warning, note: m.lines.join('\n') });
    bySheet.set(m.sheet, list);
  }
  return { bySheet, total: cells.size, kept };
};

export interface Replanned {
  backgrounds: string[][];
  notes: string[][];
  record: SheetMarks | null;
  restored: number;
  marked: number;
}

/** `backgrounds`/`notes` cover `box`; the previous marks are undone first, so the originals recorded are the user's. */
export const replan = (
  box: Box,
  backgrounds: readonly (readonly string[])[],
  notes: readonly (readonly string[])[],
  previous: SheetMarks | undefined,
  marks: readonly NewMark[],
): Replanned => {
  const bg = backgrounds.map((r) => [...r]);
  const nt = notes.map((r) => [...r]);
  const at = (a1: string): [number, number] | null => {
    const c = parseA1(a1);
    if (!c) return null;
    const r = c.row - box.row;
    const k = c.col - box.col;
    return r >= 0 && r < box.rows && k >= 0 && k < box.cols ? [r, k] : null;
  };
  let restored = 0;
  for (const a1 of previous?.cells ?? []) {
    const p = at(a1);
    if (!p) continue;
    const [r, k] = p;
    const orig = previous?.orig[a1];
    let touched = false;
    // A background or note the user changed after marking is theirs now: leave it.
    if (MARK_COLORS.has(bg[r]?.[k] ?? '')) {
      (bg[r] as string[])[k] = orig?.[0] ?? DEFAULT_BACKGROUND;
      touched = true;
    }
    if ((nt[r]?.[k] ?? '').startsWith(MARK_NOTE_START)) {
      (nt[r] as string[])[k] = orig?.[1] ?? '';
      touched = true;
    }
    if (touched) restored += 1;
  }
  const record: SheetMarks = { cells: [], orig: {} };
  for (const m of marks) {
    const p = at(m.cell);
    if (!p) continue;
    const [r, k] = p;
    const b = bg[r]?.[k] ?? DEFAULT_BACKGROUND;
    const n = nt[r]?.[k] ?? '';
    if (b !== DEFAULT_BACKGROUND || n !== '') record.orig[m.cell] = [b, n];
    record.cells.push(m.cell);
    (bg[r] as string[])[k] = m.color;
    (nt[r] as string[])[k] = m.note;
  }
  return {
    backgrounds: bg,
    notes: nt,
    record: record.cells.length > 0 ? record : null,
    restored,
    marked: record.cells.length,
  };
};

// Marks on the user's sheets, in proportion to the marked cells: the cells to mark or restore are grouped into
// small boxes (boxes.ts); every box is read first (a read after a write would make Sheets commit), then fills
// are written only to the cells that change (RangeList per colour) and notes once per box that changes.
import type { Issue } from '../../core/issues/issue';
import type { Range, Sheet, Spreadsheet } from '../services';
import { clusterBoxes, rowRunsA1 } from './boxes';
import { marksBySheet, replan, type NewMark } from './plan';
import {
  DEFAULT_BACKGROUND,
  decodeRecord,
  encodeRecord,
  parseA1,
  withoutRecord,
  type Box,
  type Cell,
  type MarkRecord,
  type SheetMarks,
} from './record';

type Properties = GoogleAppsScript.Properties.Properties;

interface BoxRead {
  box: Box;
  range: Range;
  backgrounds: string[][];
  notes: string[][];
  prev: SheetMarks | undefined;
  marks: NewMark[];
}

const inBox = (b: Box, c: Cell): boolean =>
  c.row >= b.row && c.row < b.row + b.rows && c.col >= b.col && c.col < b.col + b.cols;

/** Which box each A1 address falls in (every address falls in exactly one). */
const boxIndex = (boxes: readonly Box[], a1s: readonly string[]): Map<string, number> => {
  const byRow = new Map<number, number[]>();
  boxes.forEach((b, i) => {
    for (let r = b.row; r < b.row + b.rows; r += 1) {
      const list = byRow.get(r) ?? [];
      list.push(i);
      byRow.set(r, list);
    }
  });
  const out = new Map<string, number>();
  for (const a1 of a1s) {
    const c = parseA1(a1);
    if (!c) continue;
    const i = (byRow.get(c.row) ?? []).find((k) => inBox(boxes[k] as Box, c));
    if (i !== undefined) out.set(a1, i);
  }
  return out;
};

const readSheet = (sheet: Sheet, prev: SheetMarks | undefined, marks: readonly NewMark[]): BoxRead[] => {
  const a1s = [...(prev?.cells ?? []), ...marks.map((m) => m.cell)];
  const boxes = clusterBoxes(a1s.map(parseA1).filter((c): c is Cell => c !== null));
  const where = boxIndex(boxes, a1s);
  const reads: BoxRead[] = boxes.map((box) => {
    const range = sheet.getRange(box.row, box.col, box.rows, box.cols);
    return {
      box,
      range,
      backgrounds: range.getBackgrounds(),
      notes: range.getNotes(),
      prev: prev ? { cells: [], orig: prev.orig } : undefined,
      marks: [],
    };
  });
  for (const a1 of prev?.cells ?? []) {
    const i = where.get(a1);
    if (i !== undefined) reads[i]?.prev?.cells.push(a1);
  }
  for (const m of marks) {
    const i = where.get(m.cell);
    if (i !== undefined) reads[i]?.marks.push(m);
  }
  return reads;
};

const rewrite = (
  sheetOf: (name: string) => Sheet | null,
  previous: MarkRecord,
  next: ReadonlyMap<string, NewMark[]>,
): { record: MarkRecord; restored: number; marked: number } => {
  // Every read of every sheet first.
  const work: { name: string; sheet: Sheet; reads: BoxRead[] }[] = [];
  for (const name of new Set([...Object.keys(previous), ...next.keys()])) {
    const sheet = sheetOf(name);
    if (!sheet) continue;
    work.push({ name, sheet, reads: readSheet(sheet, previous[name], next.get(name) ?? []) });
  }
  const record: MarkRecord = {};
  let restored = 0;
  let marked = 0;
  for (const { name, sheet, reads } of work) {
    const fills = new Map<string, Cell[]>();
    const kept: SheetMarks = { cells: [], orig: {} };
    for (const r of reads) {
      const plan = replan(r.box, r.backgrounds, r.notes, r.prev, r.marks);
      let notesChanged = false;
      plan.backgrounds.forEach((row, i) =>
        row.forEach((bg, k) => {
          if (bg !== r.backgrounds[i]?.[k]) {
            const list = fills.get(bg) ?? [];
            list.push({ row: r.box.row + i, col: r.box.col + k });
            fills.set(bg, list);
          }
          if (plan.notes[i]?.[k] !== r.notes[i]?.[k]) notesChanged = true;
        }),
      );
      if (notesChanged) r.range.setNotes(plan.notes);
      if (plan.record) {
        kept.cells.push(...plan.record.cells);
        Object.assign(kept.orig, plan.record.orig);
      }
      restored += plan.restored;
      marked += plan.marked;
    }
    // Only the cells whose fill changes are written; a restored default is "no fill", never an explicit white.
    for (const [bg, cells] of fills)
      sheet.getRangeList(rowRunsA1(cells)).setBackground(bg === DEFAULT_BACKGROUND ? null : bg);
    if (kept.cells.length > 0) record[name] = kept;
  }
  return { record, restored, marked };
};

const saveRecord = (props: Properties, all: Readonly<Record<string, string>>, record: MarkRecord): void => {
  // Rewriting every property in one call replaces the record's chunks, however many there were.
  props.setProperties({ ...withoutRecord(all), ...encodeRecord(record) }, true);
};

/** Undoes the previous marks and marks the cells of `issues`. */
export const applyMarks = (
  sheets: ReadonlyMap<string, Sheet>,
  props: Properties,
  issues: readonly Issue[],
): { marked: number; total: number } => {
  const all = props.getProperties();
  const { bySheet, total } = marksBySheet(issues);
  const { record, marked } = rewrite((n) => sheets.get(n) ?? null, decodeRecord(all), bySheet);
  saveRecord(props, all, record);
  return { marked, total };
};

/** "Xóa đánh dấu": restores every marked cell's own background and note. */
export const clearMarks = (ss: Spreadsheet, props: Properties): number => {
  const all = props.getProperties();
  const previous = decodeRecord(all);
  if (Object.keys(previous).length === 0) return 0;
  const { restored } = rewrite((n) => ss.getSheetByName(n), previous, new Map());
  saveRecord(props, all, {});
  return restored;
};

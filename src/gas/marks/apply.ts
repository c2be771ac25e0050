// Marks on the user's sheets: per sheet, one read of backgrounds and notes and one write of each, never per cell.
import type { Issue } from '../../core/issues/issue';
import type { Sheet, Spreadsheet } from '../services';
import { marksBySheet, replan, type NewMark } from './plan';
import {
  boundingBox,
  decodeRecord,
  encodeRecord,
  parseA1,
  withoutRecord,
  type Cell,
  type MarkRecord,
} from './record';

type Properties = GoogleAppsScript.Properties.Properties;

const rewrite = (
  sheetOf: (name: string) => Sheet | null,
  previous: MarkRecord,
  next: ReadonlyMap<string, NewMark[]>,
): { record: MarkRecord; restored: number; marked: number } => {
  const record: MarkRecord = {};
  let restored = 0;
  let marked = 0;
  for (const name of new Set([...Object.keys(previous), ...next.keys()])) {
    const sheet = sheetOf(name);
    if (!sheet) continue;
    const prev = previous[name];
    const marks = next.get(name) ?? [];
    const cells = [...(prev?.cells ?? []), ...marks.map((m) => m.cell)]
      .map(parseA1)
      .filter((c): c is Cell => c !== null);
    const box = boundingBox(cells);
    if (!box) continue;
    const range = sheet.getRange(box.row, box.col, box.rows, box.cols);
    const plan = replan(box, range.getBackgrounds(), range.getNotes(), prev, marks);
    range.setBackgrounds(plan.backgrounds);
    range.setNotes(plan.notes);
    if (plan.record) record[name] = plan.record;
    restored += plan.restored;
    marked += plan.marked;
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

// What "Kiểm tra dữ liệu" marked on the user's sheets, kept in document properties so "Xóa đánh dấu"
// restores each cell's own background and note exactly.
import { columnIndex } from '../../core/text/a1';

export interface SheetMarks {
  /** Marked cells, A1. */
  cells: string[];
  /** The cell's background and note before marking, only where they were not the defaults. */
  orig: Record<string, [string, string]>;
}
export type MarkRecord = Record<string, SheetMarks>;

export const MARK_PREFIX = 'kh.marks.';
/** Values are limited to 9 KB; Vietnamese text takes up to 3 bytes a character. */
const CHUNK_CHARS = 2800;
export const DEFAULT_BACKGROUND = '#ffffff';

export const encodeRecord = (record: MarkRecord): Record<string, string> => {
  const json = JSON.stringify(record);
  const out: Record<string, string> = {};
  if (Object.keys(record).length === 0) return out;
  for (let i = 0, n = 0; i < json.length; i += CHUNK_CHARS, n += 1)
    out[`${MARK_PREFIX}${n}`] = json.slice(i, i + CHUNK_CHARS);
  return out;
};

export const decodeRecord = (props: Readonly<Record<string, string>>): MarkRecord => {
  const parts: string[] = [];
  for (let n = 0; props[`${MARK_PREFIX}${n}`] !== undefined; n += 1)
    parts.push(props[`${MARK_PREFIX}${n}`] ?? '');
  if (parts.length === 0) return {};
  try {
    return JSON.parse(parts.join('')) as MarkRecord;
  } catch {
    // A damaged record must not block checking: the marks are then left for the user to clear by hand.
    return {};
  }
};

/** Every property except the mark record, so the record can be replaced in one write. */
export const withoutRecord = (props: Readonly<Record<string, string>>): Record<string, string> =>
  Object.fromEntries(Object.entries(props).filter(([k]) => !k.startsWith(MARK_PREFIX)));

export interface Cell {
  row: number;
  col: number;
}

export const parseA1 = (a1: string): Cell | null => {
  const m = /^([A-Z]+)(\d+)$/u.exec(a1.toUpperCase());
  if (!m?.[1] || !m[2]) return null;
  return { row: Number(m[2]), col: columnIndex(m[1]) + 1 };
};

export interface Box {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

// Finding the header row under title rows and mapping columns by what their headers say, in any order or spelling.
import type { ColumnSpec } from '../layout/schema';
import type { CellValue, SheetValues } from '../snapshot';
import { convertLegacy } from '../text/legacy';
import { foldKey } from '../text/normalize';

/** How far down a header may sit under titles such as "DANH SÁCH HỘ GIA ĐÌNH ĐĂNG KÝ…". */
const HEADER_SCAN_ROWS = 20;

export interface HeaderMatch {
  /** 0-based index of the last header row; data starts after it. */
  lastHeaderRow: number;
  /** Column key → 0-based column index. */
  columns: Map<string, number>;
  /** Keys of columns that appeared twice, with the header text. */
  duplicates: { key: string; header: string; col: number; used: number }[];
}

const cellText = (v: CellValue): string => {
  if (typeof v !== 'string') return typeof v === 'number' ? String(v) : '';
  const legacy = convertLegacy(v);
  return legacy ? legacy.text : v;
};

/** Header text as a key: folded, with a trailing unit in parentheses or a colon dropped ("Tổng số hộ (hộ):"). */
export const headerKey = (v: CellValue): string =>
  foldKey(
    cellText(v)
      .replace(/\([^)]*\)\s*:?\s*$/u, '')
      .replace(/:\s*$/u, ''),
  );

export const buildHeaderIndex = (specs: readonly ColumnSpec[]): Map<string, string> => {
  const index = new Map<string, string>();
  for (const spec of specs) {
    for (const name of [spec.header, ...spec.synonyms]) {
      const key = headerKey(name);
      if (key && !index.has(key)) index.set(key, spec.key);
    }
  }
  return index;
};

const matchRow = (row: readonly CellValue[] | undefined, index: Map<string, string>): Map<number, string> => {
  const found = new Map<number, string>();
  row?.forEach((cell, col) => {
    const key = index.get(headerKey(cell)) ?? index.get(foldKey(cellText(cell)));
    if (key) found.set(col, key);
  });
  return found;
};

/**
 * The best header is the row (or pair of rows, for a merged two-level header such as "Điểm các tiêu chí" over
 * TC1…TC10) that names the most known columns; ties go to the upper row.
 */
export const findHeader = (values: SheetValues, specs: readonly ColumnSpec[]): HeaderMatch | null => {
  const index = buildHeaderIndex(specs);
  let best: { row: number; last: number; found: Map<number, string> } | null = null;
  const limit = Math.min(values.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const single = matchRow(values[r], index);
    if (single.size === 0) continue;
    const below = matchRow(values[r + 1], index);
    const merged = new Map(single);
    for (const [col, key] of below)
      if (!merged.has(col) && ![...single.values()].includes(key)) merged.set(col, key);
    const useTwo = merged.size > single.size && below.size >= 2;
    const found = useTwo ? merged : single;
    if (!best || found.size > best.found.size) best = { row: r, last: useTwo ? r + 1 : r, found };
  }
  if (!best || best.found.size < 2) return null;
  const columns = new Map<string, number>();
  const duplicates: HeaderMatch['duplicates'] = [];
  for (const [col, key] of [...best.found.entries()].sort((a, b) => a[0] - b[0])) {
    const used = columns.get(key);
    if (used === undefined) columns.set(key, col);
    else
      duplicates.push({
        key,
        header: cellText(values[best.row]?.[col] ?? values[best.last]?.[col]),
        col,
        used,
      });
  }
  return { lastHeaderRow: best.last, columns, duplicates };
};

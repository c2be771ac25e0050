// Finding the header row under title rows and mapping columns by what their headers say, in any order or spelling.
import type { ColumnSpec } from '../layout/schema';
import type { CellValue, SheetValues } from '../snapshot';
import { foldKey } from '../text/normalize';

/** How far down a header may sit under titles such as "DANH SÁCH HỘ GIA ĐÌNH ĐĂNG KÝ…". */
const HEADER_SCAN_ROWS = 20;

export interface HeaderMatch {
  /** 0-based index of the first header row (the parent row of a two-level header). */
  firstHeaderRow: number;
  /** 0-based index of the last header row; data starts after it. */
  lastHeaderRow: number;
  /** Column key → 0-based column index. */
  columns: Map<string, number>;
  /** Keys of columns that appeared twice, with the header text. */
  duplicates: { key: string; header: string; col: number; used: number }[];
  /** Header text of every column as read (a child header with its parent: "Đăng ký / ĐK"). */
  headers: string[];
}

const cellText = (v: CellValue): string =>
  typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '';

// Abbreviations officers write in headers, as folded words; expanded before a header is looked up.
const ABBREVIATIONS: Readonly<Record<string, string>> = {
  kq: 'ket qua',
  dk: 'dang ky',
  td: 'tong diem',
  xl: 'xep loai',
  nk: 'nhan khau',
  dh: 'dong ho',
  gd: 'gia dinh',
  dv: 'don vi',
  sl: 'so luong',
  ht: 'ho ten',
};

/** Header text as a key: folded, with a trailing unit in parentheses or a colon dropped ("Tổng số hộ (hộ):"). */
export const headerKey = (v: CellValue): string =>
  foldKey(
    cellText(v)
      .replace(/\([^)]*\)\s*:?\s*$/u, '')
      .replace(/:\s*$/u, ''),
  );

/**
 * The keys a header may be known by, best first: as written, with officers' abbreviations spelled out
 * ("KQ bình xét" → "kết quả bình xét"), "chưa đạt" read as "không đạt", and the first of slash alternatives
 * ("Tên thôn/bản/tổ" → "Tên thôn").
 */
export const headerKeys = (v: CellValue): string[] => {
  const text = cellText(v);
  const keys = [headerKey(text)];
  const expanded = keys[0]!
    .split(' ')
    .map((w) => ABBREVIATIONS[w] ?? w)
    .join(' ')
    .replace(/\bchua dat\b/gu, 'khong dat');
  keys.push(expanded);
  if (text.includes('/')) keys.push(headerKey(text.split('/')[0] ?? ''));
  return [...new Set(keys.filter((k) => k !== ''))];
};

export const buildHeaderIndex = (specs: readonly ColumnSpec[]): Map<string, string> => {
  const index = new Map<string, string>();
  for (const spec of specs) {
    for (const name of [spec.header, ...spec.synonyms]) {
      for (const key of headerKeys(name)) if (!index.has(key)) index.set(key, spec.key);
    }
  }
  return index;
};

const lookup = (text: string, index: Map<string, string>): string | undefined => {
  for (const k of headerKeys(text)) {
    const hit = index.get(k);
    if (hit) return hit;
  }
  return undefined;
};

const matchRow = (row: readonly CellValue[] | undefined, index: Map<string, string>): Map<number, string> => {
  const found = new Map<number, string>();
  row?.forEach((cell, col) => {
    const key = lookup(cellText(cell), index);
    if (key) found.set(col, key);
  });
  return found;
};

/**
 * A two-level header: the parent row's text spans, as a merged cell does, over the children under it until the
 * next parent. Each child is read with its parent: under "Đăng ký", "ĐK" is the registration and "Ngày ĐK" a
 * date that maps to nothing; a column with no child (merged down) keeps the parent's text.
 */
const matchTwoRows = (
  top: readonly CellValue[] | undefined,
  bottom: readonly CellValue[] | undefined,
  index: Map<string, string>,
): { found: Map<number, string>; headers: string[]; fromChild: number } => {
  const width = Math.max(top?.length ?? 0, bottom?.length ?? 0);
  const found = new Map<number, string>();
  const headers: string[] = [];
  let parent = '';
  let fromChild = 0;
  for (let col = 0; col < width; col++) {
    const own = cellText(top?.[col]).trim();
    const child = cellText(bottom?.[col]).trim();
    if (own !== '') parent = own;
    else if (child === '') parent = '';
    const under = own !== '' ? own : parent;
    let key: string | undefined;
    if (child === '') {
      headers.push(own);
      key = own === '' ? undefined : lookup(own, index);
    } else {
      headers.push(under === '' ? child : `${under} / ${child}`);
      key = lookup(child, index) ?? (under === '' ? undefined : lookup(`${under} ${child}`, index));
      if (key) fromChild++;
    }
    if (key) found.set(col, key);
  }
  return { found, headers, fromChild };
};

const distinctKeys = (found: Map<number, string>): number => new Set(found.values()).size;

/**
 * The best header is the row, or pair of rows for a two-level header ("Đăng ký" over "Ngày ĐK | ĐK",
 * "Điểm các tiêu chí" over TC1…TC10), that names the most known columns; ties go to the upper, single row.
 */
export const findHeader = (values: SheetValues, specs: readonly ColumnSpec[]): HeaderMatch | null => {
  const index = buildHeaderIndex(specs);
  let best: { row: number; last: number; found: Map<number, string>; headers: string[] } | null = null;
  const limit = Math.min(values.length, HEADER_SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const single = matchRow(values[r], index);
    if (single.size === 0) continue;
    const below = values[r + 1];
    // A second header row is text only and names columns of its own; a data row has its STT or counts.
    const belowIsHeader =
      below !== undefined &&
      below.some((c) => typeof c === 'string' && c.trim() !== '') &&
      !below.some((c) => typeof c === 'number' || typeof c === 'boolean' || c instanceof Date);
    let candidate = { row: r, last: r, found: single, headers: (values[r] ?? []).map((c) => cellText(c)) };
    if (belowIsHeader) {
      const two = matchTwoRows(values[r], below, index);
      if (two.fromChild > 0 && distinctKeys(two.found) >= distinctKeys(single))
        candidate = { row: r, last: r + 1, found: two.found, headers: two.headers };
    }
    if (!best || distinctKeys(candidate.found) > distinctKeys(best.found)) best = candidate;
  }
  if (!best || best.found.size < 2) return null;
  const columns = new Map<string, number>();
  const duplicates: HeaderMatch['duplicates'] = [];
  for (const [col, key] of [...best.found.entries()].sort((a, b) => a[0] - b[0])) {
    const used = columns.get(key);
    if (used === undefined) columns.set(key, col);
    else duplicates.push({ key, header: best.headers[col] ?? '', col, used });
  }
  return { firstHeaderRow: best.row, lastHeaderRow: best.last, columns, duplicates, headers: best.headers };
};

// Legacy text decided per column: a column that reads better as TCVN3 or VNI overall is converted whole, words
// made only of Latin-1 letters included ("Tæng sè hé" → "Tổng số hộ"), with one note per column, not per cell.
import type { CellValue, WorkbookSnapshot } from '../snapshot';
import {
  convertLegacy,
  decodeLegacy,
  mayBeLegacy,
  readsAsVietnameseText,
  type LegacyEncoding,
} from './legacy';
import { foldKey } from './normalize';

export interface LegacyColumn {
  sheet: string;
  /** 0-based column index. */
  col: number;
  encoding: LegacyEncoding;
  cells: number;
  /** The first converted cell, as typed and as read. */
  example: LegacyCell;
  /** The column reads better as legacy text overall; otherwise a few pasted cells in a Unicode column… */
  whole: boolean;
  /** …which are named one by one (empty for a whole column). */
  pasted: LegacyCell[];
}

export interface LegacyCell {
  from: string;
  to: string;
  /** 1-based sheet row. */
  row: number;
}

export interface DecodedWorkbook {
  snapshot: WorkbookSnapshot;
  columns: LegacyColumn[];
}

const ENCODINGS: readonly LegacyEncoding[] = ['tcvn3', 'vni'];

const decodedReading = (text: string, encoding: LegacyEncoding): string | null => {
  const d = decodeLegacy(text, encoding);
  return d !== null && d !== text && readsAsVietnameseText(d) ? d : null;
};

/**
 * A cell of a column decided legacy: converted unless it reads as Vietnamese only as typed. Abbreviations such
 * as "§K" read as no syllable either way and are converted with their column ("ĐK").
 */
const columnReading = (text: string, encoding: LegacyEncoding): string | null => {
  const read = decodedReading(text, encoding);
  if (read !== null) return read;
  const d = decodeLegacy(text, encoding);
  return d !== null && d !== text && !readsAsVietnameseText(text, false) ? d : null;
};

/**
 * The encoding a column reads better in, over all its cells; null when it reads best as typed. A register
 * repeats a few spellings down a column (20k households: 8.8k distinct texts in 220k cells), so each distinct
 * text is judged once and counted as often as it occurs.
 */
const columnEncoding = (texts: ReadonlyMap<string, number>): LegacyEncoding | null => {
  let asIs = 0;
  const reads: Record<LegacyEncoding, number> = { tcvn3: 0, vni: 0 };
  const detected: Record<LegacyEncoding, number> = { tcvn3: 0, vni: 0 };
  for (const [t, n] of texts) {
    if (readsAsVietnameseText(t, false)) asIs += n;
    for (const e of ENCODINGS) if (decodedReading(t, e) !== null) reads[e] += n;
    const c = convertLegacy(t);
    if (c) detected[c.encoding] += n;
  }
  const [a, b] = [...ENCODINGS].sort((x, y) => reads[y] - reads[x] || detected[y] - detected[x]) as [
    LegacyEncoding,
    LegacyEncoding,
  ];
  if (reads[a] <= asIs) return null;
  if (reads[a] === reads[b] && detected[a] === detected[b]) return null;
  return a;
};

/** Converts every legacy column of every sheet; sheets with nothing to convert are shared, not copied. */
export const decodeWorkbook = (snapshot: WorkbookSnapshot): DecodedWorkbook => {
  const out: Record<string, CellValue[][] | readonly (readonly CellValue[])[]> = {};
  const columns: LegacyColumn[] = [];
  for (const [sheet, rows] of Object.entries(snapshot)) {
    const byCol = new Map<number, { r: number; text: string }[]>();
    rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v !== 'string' || !mayBeLegacy(v)) return;
        let list = byCol.get(c);
        if (!list) byCol.set(c, (list = []));
        list.push({ r, text: v });
      }),
    );
    if (byCol.size === 0) {
      out[sheet] = rows;
      continue;
    }
    let copy: CellValue[][] | null = null;
    for (const [col, cells] of [...byCol.entries()].sort((x, y) => x[0] - y[0])) {
      const occurrences = new Map<string, number>();
      for (const { text } of cells) occurrences.set(text, (occurrences.get(text) ?? 0) + 1);
      const encoding = columnEncoding(occurrences);
      // One reading per distinct text of the column (the same spelling reads the same on every row).
      const readings = new Map<string, { to: string | null; single: ReturnType<typeof convertLegacy> }>();
      let count = 0;
      let example: LegacyCell | null = null;
      const pasted: LegacyCell[] = [];
      const counts: Record<LegacyEncoding, number> = { tcvn3: 0, vni: 0 };
      for (const { r, text } of cells) {
        // Without a column-wide reading, a cell is converted only when it is unmistakably legacy on its own.
        let reading = readings.get(text);
        if (reading === undefined) {
          const single = encoding === null ? convertLegacy(text) : null;
          reading = {
            to: encoding !== null ? columnReading(text, encoding) : (single?.text ?? null),
            single,
          };
          readings.set(text, reading);
        }
        const { to, single } = reading;
        if (to === null) continue;
        copy ??= rows.map((row) => [...row]);
        const target = copy[r];
        if (target) target[col] = to;
        count++;
        counts[encoding ?? single?.encoding ?? 'tcvn3']++;
        example ??= { from: text, to, row: r + 1 };
        if (encoding === null) pasted.push({ from: text, to, row: r + 1 });
      }
      if (count > 0 && example)
        columns.push({
          sheet,
          col,
          encoding: encoding ?? (counts.vni > counts.tcvn3 ? 'vni' : 'tcvn3'),
          cells: count,
          example,
          whole: encoding !== null,
          pasted,
        });
    }
    out[sheet] = copy ?? rows;
  }
  return { snapshot: out as WorkbookSnapshot, columns };
};

/** A sheet name's matching keys: as written, and as TCVN3 or VNI when it reads as Vietnamese only so. */
export const sheetNameKeys = (name: string): string[] => {
  const keys = [foldKey(name)];
  if (!mayBeLegacy(name)) return keys;
  const single = convertLegacy(name);
  if (single) keys.push(foldKey(single.text));
  if (!readsAsVietnameseText(name, false))
    for (const e of ENCODINGS) {
      const d = decodedReading(name, e);
      if (d !== null) keys.push(foldKey(d));
    }
  return [...new Set(keys)];
};

/** The sheet name as a person reads it: decoded when it is legacy text. */
export const readableSheetName = (name: string): string => {
  if (!mayBeLegacy(name)) return name;
  const single = convertLegacy(name);
  if (single) return single.text;
  if (readsAsVietnameseText(name, false)) return name;
  for (const e of ENCODINGS) {
    const d = decodedReading(name, e);
    if (d !== null) return d;
  }
  return name;
};

// A register sheet as a table: its header mapped, blank, totals and footer rows skipped, missing columns reported.
import type { IssueLog } from '../issues/make';
import type { ColumnSpec } from '../layout/schema';
import type { CellValue, SheetValues, WorkbookSnapshot } from '../snapshot';
import { columnLetter } from '../text/a1';
import { sheetNameKeys } from '../text/legacy-sheet';
import { foldKey } from '../text/normalize';
import { isBlank, parseNumber, parseResult } from '../text/values';
import { findHeader } from './headers';

export interface DataRow {
  /** 1-based sheet row. */
  row: number;
  cells: readonly CellValue[];
}

/** A non-empty column whose header maps to nothing the register knows. */
export interface UnmappedColumn {
  col: number;
  header: string;
  /** Most of its values read as Đạt / Không đạt… */
  resultLike: boolean;
  /** …or as numbers (points, a total). */
  pointLike: boolean;
}

export interface Table {
  /** The sheet's name as the user spelled it. */
  sheet: string;
  specs: ReadonlyMap<string, ColumnSpec>;
  columns: ReadonlyMap<string, number>;
  /** 1-based row of the (last) header row. */
  headerRow: number;
  rows: DataRow[];
  unmapped: UnmappedColumn[];
}

/**
 * The sheet whose name matches the given name or a synonym, ignoring case, diacritics, spacing and a TCVN3 or
 * VNI spelling ("Gia ®×nh", "Gia ñình"). A name as written wins over a decoded one.
 */
export const findSheet = (snapshot: WorkbookSnapshot, names: readonly string[]): string | undefined => {
  const wanted = new Set(names.map(foldKey));
  const sheets = Object.keys(snapshot);
  return (
    sheets.find((name) => wanted.has(foldKey(name))) ??
    sheets.find((name) => sheetNameKeys(name).some((k) => wanted.has(k)))
  );
};

// A totals label is a totals word, alone or followed by the place it sums ("Cộng thôn 1", "Tổng cộng toàn xã",
// "Cộng:"); "Cộng Hòa" or "Tổng Văn Bình" go on with a name and are not labels.
const TOTALS_LABEL =
  /^(tong cong|tong so|tong|cong|toan xa|toan phuong|ca xa)( (thon|ban|to|tdp|to dan pho|khu|khu pho|kp|xom|ap|lang|buon|khom)\b.*| \d+| toan xa| toan phuong| ca xa| chung)?$/u;
// Every totals word starts with t or c; only such a cell is worth folding.
const MAY_BE_TOTAL = /^\s*[tcTC]/u;
// Signature blocks under a table: who drew it up, who confirms, and the place and date line.
const FOOTER_START =
  /^(nguoi lap|xac nhan|tm |t m |kt |chu tich|pho chu tich|truong thon|truong ban|thu truong|ke toan|nguoi duyet|nguoi ky|can bo)/u;
const FOOTER_DATE = /\bngay\b.{0,24}\bthang\b.{0,24}\bnam\b/u;

interface RowShape {
  /** Columns a data row cannot lack (the name, the village): empty in a totals or footer row. */
  identity: number[];
  order: number | undefined;
  required: number[];
}

const shapeOf = (specs: readonly ColumnSpec[], columns: ReadonlyMap<string, number>): RowShape => {
  const identity: number[] = [];
  const required: number[] = [];
  for (const s of specs) {
    const c = columns.get(s.key);
    if (c === undefined || !s.required) continue;
    required.push(c);
    if (s.kind !== 'integer' && s.kind !== 'number') identity.push(c);
  }
  return { identity, order: columns.get('order'), required };
};

const firstText = (cells: readonly CellValue[]): { col: number; text: string } | null => {
  for (let c = 0; c < cells.length; c++) {
    const v = cells[c];
    if (isBlank(v)) continue;
    return typeof v === 'string' ? { col: c, text: v } : null;
  }
  return null;
};

/** Blank where a data row has its STT and identity, except the cell that holds the label itself. */
const identityBlank = (cells: readonly CellValue[], shape: RowShape, labelCol: number): boolean =>
  (shape.order === undefined || shape.order === labelCol || isBlank(cells[shape.order])) &&
  shape.identity.every((c) => c === labelCol || isBlank(cells[c]));

/**
 * A totals row by its shape: it opens with a totals label and leaves the STT and the other identity columns
 * empty. "Tống Công" with a blank STT but a village is a household.
 */
const isTotalsRow = (cells: readonly CellValue[], shape: RowShape): boolean => {
  const first = firstText(cells);
  if (!first || first.text.length > 40 || !MAY_BE_TOTAL.test(first.text)) return false;
  return TOTALS_LABEL.test(foldKey(first.text)) && identityBlank(cells, shape, first.col);
};

const isFooterRow = (cells: readonly CellValue[], shape: RowShape): boolean => {
  const first = firstText(cells);
  if (!first || !identityBlank(cells, shape, first.col)) return false;
  return cells.some((v) => {
    if (typeof v !== 'string' || v.length > 120) return false;
    const k = foldKey(v);
    return FOOTER_START.test(k) || FOOTER_DATE.test(k);
  });
};

const isComplete = (cells: readonly CellValue[], shape: RowShape): boolean =>
  shape.required.every((c) => !isBlank(cells[c]));

const describeUnmapped = (
  headers: readonly string[],
  mapped: ReadonlySet<number>,
  rows: readonly DataRow[],
): UnmappedColumn[] => {
  // A loop, not Math.max(...rows): a ward's 100,000 rows would overflow the argument list.
  let width = headers.length;
  for (const r of rows) if (r.cells.length > width) width = r.cells.length;
  const out: UnmappedColumn[] = [];
  for (let col = 0; col < width; col++) {
    if (mapped.has(col)) continue;
    let filled = 0;
    let results = 0;
    let numbers = 0;
    for (const r of rows) {
      const v = r.cells[col];
      if (isBlank(v)) continue;
      filled++;
      if (parseResult(v).ok) results++;
      else if (typeof v !== 'boolean' && parseNumber(v).ok) numbers++;
    }
    if (filled === 0) continue;
    const header = (headers[col] ?? '').trim();
    out.push({
      col,
      header: header === '' ? `cột ${columnLetter(col)}` : header,
      resultLike: results * 2 > filled,
      pointLike: numbers * 2 > filled,
    });
  }
  return out;
};

export const readTable = (
  snapshot: WorkbookSnapshot,
  sheet: string,
  specs: readonly ColumnSpec[],
  issues: IssueLog,
): Table | null => {
  const values: SheetValues = snapshot[sheet] ?? [];
  const header = findHeader(values, specs);
  if (!header) {
    const expected = specs
      .filter((s) => s.required)
      .map((s) => `"${s.header}"`)
      .join(', ');
    issues.add('HEADER_NOT_FOUND', { sheet }, { expected });
    return null;
  }
  const headerRow = header.lastHeaderRow + 1;
  for (const d of header.duplicates) {
    issues.add(
      'COLUMN_DUPLICATE',
      { sheet, row: headerRow, col: d.col },
      { header: d.header, used: columnLetter(d.used) },
    );
  }
  let usable = true;
  for (const spec of specs) {
    if (spec.required && !header.columns.has(spec.key)) {
      issues.add('COLUMN_MISSING', { sheet, row: headerRow }, { header: spec.header, row: headerRow });
      usable = false;
    }
  }
  if (!usable) return null;
  const rows: DataRow[] = [];
  const mapped = [...header.columns.values()];
  const shape = shapeOf(specs, header.columns);
  let ended = false;
  for (let r = header.lastHeaderRow + 1; r < values.length; r++) {
    const cells = values[r] ?? [];
    if (mapped.every((c) => isBlank(cells[c]))) continue;
    if (isTotalsRow(cells, shape)) continue;
    // The signature block ends the table; a complete row below it is still data, never dropped unseen.
    if (ended || isFooterRow(cells, shape)) {
      ended = true;
      if (!isComplete(cells, shape) || isFooterRow(cells, shape)) continue;
    }
    rows.push({ row: r + 1, cells });
  }
  const skip = new Set([...mapped, ...header.duplicates.map((d) => d.col)]);
  const unmapped = describeUnmapped(header.headers, skip, rows);
  return {
    sheet,
    specs: new Map(specs.map((s) => [s.key, s])),
    columns: header.columns,
    headerRow,
    rows,
    unmapped,
  };
};

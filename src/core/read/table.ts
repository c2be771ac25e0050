// A register sheet as a table: its header mapped, blank and totals rows skipped, missing columns reported.
import type { IssueLog } from '../issues/make';
import type { ColumnSpec } from '../layout/schema';
import type { CellValue, SheetValues, WorkbookSnapshot } from '../snapshot';
import { columnLetter } from '../text/a1';
import { foldKey } from '../text/normalize';
import { isBlank } from '../text/values';
import { findHeader } from './headers';

export interface DataRow {
  /** 1-based sheet row. */
  row: number;
  cells: readonly CellValue[];
}

export interface Table {
  /** The sheet's name as the user spelled it. */
  sheet: string;
  specs: ReadonlyMap<string, ColumnSpec>;
  columns: ReadonlyMap<string, number>;
  /** 1-based row of the (last) header row. */
  headerRow: number;
  rows: DataRow[];
}

/** The sheet whose name matches the given name or a synonym, ignoring case, diacritics and spacing. */
export const findSheet = (snapshot: WorkbookSnapshot, names: readonly string[]): string | undefined => {
  const wanted = new Set(names.map(foldKey));
  return Object.keys(snapshot).find((name) => wanted.has(foldKey(name)));
};

// Exact words only: "Tống Văn A" and "Thôn Cộng Hòa" are people and places, not totals.
const TOTAL_WORDS = new Set([
  'tong',
  'tong cong',
  'cong',
  'tong so',
  'toan xa',
  'toan phuong',
  'tong toan xa',
  'tong cong toan xa',
  'cong toan xa',
]);

// Every totals word starts with t or c and is short; only such a cell is worth folding.
const MAY_BE_TOTAL = /^\s*[tcTC]/u;

/** A totals row opens with its label ("Tổng cộng" where the STT or the name would be); "Toàn xã" further right is data. */
const isTotalsRow = (cells: readonly CellValue[]): boolean => {
  const first = cells.find((c) => !isBlank(c));
  return (
    typeof first === 'string' &&
    first.length <= 24 &&
    MAY_BE_TOTAL.test(first) &&
    TOTAL_WORDS.has(foldKey(first).replace(/ \d+$/u, ''))
  );
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
  for (let r = header.lastHeaderRow + 1; r < values.length; r++) {
    const cells = values[r] ?? [];
    if (mapped.every((c) => isBlank(cells[c]))) continue;
    if (isTotalsRow(cells)) continue;
    rows.push({ row: r + 1, cells });
  }
  return { sheet, specs: new Map(specs.map((s) => [s.key, s])), columns: header.columns, headerRow, rows };
};

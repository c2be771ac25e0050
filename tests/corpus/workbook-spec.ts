// A corpus workbook as its builder describes it: sheets of typed cells, merges, and an optional damage to the
// written package. One description feeds both shells: the .xlsx for the command line, the values for the sandbox.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { CellValue, WorkbookSnapshot } from '../../src/core/snapshot';

/** A formula cell keeps its cached result, as Excel saves it (a COUNTIF subtotal, a SUM). */
export interface FormulaCell {
  formula: string;
  result: number | string;
}
export type SpecCell = string | number | boolean | null | FormulaCell;

export interface SheetSpec {
  name: string;
  rows: SpecCell[][];
  /** A1 ranges such as "A3:A4"; the value sits in the top-left cell, the others are left empty. */
  merges?: string[];
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
  /** Removes or breaks parts of the written package (a damaged download). */
  damage?: (zip: JSZip) => Promise<void>;
}

const isFormula = (c: SpecCell): c is FormulaCell => typeof c === 'object' && c !== null;

/** Writes the workbook; the dates of the package are fixed so that two builds hold the same cells and metadata. */
export const writeSpec = async (spec: WorkbookSpec): Promise<Buffer> => {
  const wb = new ExcelJS.Workbook();
  const fixed = new Date(Date.UTC(2026, 10, 20, 8, 0, 0));
  wb.created = fixed;
  wb.modified = fixed;
  wb.creator = 'Cán bộ văn hóa xã';
  for (const s of spec.sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) =>
      row.forEach((cell, c) => {
        if (cell === null || cell === '') return;
        ws.getCell(r + 1, c + 1).value = isFormula(cell)
          ? { formula: cell.formula, result: cell.result }
          : cell;
      }),
    );
    for (const m of s.merges ?? []) ws.mergeCells(m);
  }
  const zip = await JSZip.loadAsync(Buffer.from(await wb.xlsx.writeBuffer()));
  await spec.damage?.(zip);
  // Every entry re-stamped with the same date: the same builder writes the same bytes, so git sees real changes only.
  const out = new JSZip();
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.files[name];
    if (!entry || entry.dir) continue;
    out.file(name, await entry.async('uint8array'), { date: fixed, createFolders: false });
  }
  return Buffer.from(await out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
};

/** What Google Sheets shows after the file is imported: formula results, empty cells under merges. */
export const specSnapshot = (spec: WorkbookSpec): WorkbookSnapshot => {
  const snapshot: Record<string, CellValue[][]> = {};
  for (const s of spec.sheets) {
    const width = Math.max(0, ...s.rows.map((r) => r.length));
    snapshot[s.name] = s.rows.map((row) =>
      Array.from({ length: width }, (_, c): CellValue => {
        const cell = row[c] ?? null;
        if (cell === null) return '';
        return isFormula(cell) ? cell.result : cell;
      }),
    );
  }
  return snapshot;
};

/** A small seeded generator (mulberry32): the same seed gives the same names on every machine. */
export const rng = (seed: number): (() => number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Ngô', 'Dương', 'Lý'];
const MIDDLES = ['Văn', 'Thị', 'Đức', 'Hữu', 'Minh', 'Thanh', 'Quang', 'Ngọc'];
const GIVEN = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hải', 'Hòa', 'Hùng', 'Lan', 'Long', 'Mai', 'Nam'];
const GIVEN2 = ['Phúc', 'Quý', 'Sơn', 'Tâm', 'Thảo', 'Thủy', 'Tiến', 'Trung', 'Tuấn', 'Vân', 'Việt', 'Yến'];

/** Distinct full names in a seeded order (no two alike, so no row is a duplicate of another). */
export const names = (seed: number, count: number): string[] => {
  const next = rng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const out = new Set<string>();
  while (out.size < count) out.add(`${pick(SURNAMES)} ${pick(MIDDLES)} ${pick([...GIVEN, ...GIVEN2])}`);
  return [...out];
};

// The reference the direct reader is held to: the snapshot as the exceljs loader built it before the direct reader
// replaced it (the same code, kept here for the side-by-side test only).
import ExcelJS from 'exceljs';
import type { CellValue, WorkbookSnapshot } from '../../src/core/snapshot';

const localDate = (d: Date): Date =>
  new Date(
    d.getUTCFullYear(),
    d.getUTCMonth(),
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
  );

const plainValue = (v: ExcelJS.CellValue | undefined): CellValue => {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : localDate(v);
  if ('richText' in v) return v.richText.map((r) => r.text).join('');
  if ('error' in v) return v.error;
  if ('formula' in v || 'sharedFormula' in v) return plainValue(v.result as ExcelJS.CellValue | undefined);
  if ('hyperlink' in v) return plainValue(v.text as ExcelJS.CellValue);
  return null;
};

const sheetValues = (ws: ExcelJS.Worksheet): CellValue[][] => {
  const rows: CellValue[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const cells: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const value = cell.isMerged && cell.master.address !== cell.address ? null : plainValue(cell.value);
      if (value !== null && value !== '') {
        while (cells.length < c - 1) cells.push(null);
        cells[c - 1] = value;
      }
    });
    while (rows.length < r - 1) rows.push([]);
    rows[r - 1] = cells;
  });
  return rows;
};

export const exceljsSnapshot = async (bytes: Uint8Array): Promise<WorkbookSnapshot> => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const snapshot: Record<string, CellValue[][]> = {};
  for (const ws of wb.worksheets) snapshot[ws.name] = sheetValues(ws);
  return snapshot;
};

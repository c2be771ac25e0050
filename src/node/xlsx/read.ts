// Reading any .xlsx into the engine's workbook snapshot: cached formula results, plain text, local dates, merged
// cells in their top-left cell only. File problems become XlsxFileError with a code, found before exceljs is asked.
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import ExcelJS from 'exceljs';
import type { CellValue, WorkbookSnapshot } from '../../core/snapshot';
import { XlsxFileError } from './errors';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const XLSX_EXTENSIONS = new Set(['.xlsx', '.xlsm']);
// An encrypted OOXML package is an OLE file with an "EncryptionInfo" stream (names are UTF-16LE).
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

const startsWith = (buf: Uint8Array, sig: readonly number[]): boolean => sig.every((b, i) => buf[i] === b);

/** Excel stores dates as wall-clock serials; exceljs hands them back as UTC instants. The engine wants local dates. */
const localDate = (d: Date): Date =>
  new Date(
    d.getUTCFullYear(),
    d.getUTCMonth(),
    d.getUTCDate(),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
  );

export const plainValue = (v: ExcelJS.CellValue | undefined): CellValue => {
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
      // Only the top-left cell of a merged block carries the value, as in Google Sheets' getValues().
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

/** Reads the raw bytes and checks they are an .xlsx before exceljs sees them. */
export const readXlsxBytes = async (path: string): Promise<Buffer> => {
  const info = await stat(path).catch((e: NodeJS.ErrnoException) => {
    throw new XlsxFileError(e.code === 'EACCES' ? 'UNREADABLE' : 'FILE_MISSING', path, e.code);
  });
  if (!info.isFile()) throw new XlsxFileError('NOT_A_FILE', path);
  const bytes = await readFile(path).catch((e: NodeJS.ErrnoException) => {
    throw new XlsxFileError('UNREADABLE', path, e.code);
  });
  const ext = extname(path).toLowerCase();
  if (startsWith(bytes, OLE)) {
    if (bytes.includes(ENCRYPTION_INFO)) throw new XlsxFileError('ENCRYPTED', path);
    throw new XlsxFileError(ext === '.xls' || ext === '.xlsx' ? 'LEGACY_XLS' : 'NOT_XLSX', path);
  }
  if (!XLSX_EXTENSIONS.has(ext)) throw new XlsxFileError('NOT_XLSX', path, ext || 'no extension');
  if (!startsWith(bytes, ZIP))
    throw new XlsxFileError(bytes.length === 0 ? 'CORRUPT' : 'NOT_XLSX', path, 'signature');
  return bytes;
};

export const loadWorkbook = async (path: string): Promise<ExcelJS.Workbook> => {
  const bytes = await readXlsxBytes(path);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new XlsxFileError('CORRUPT', path, e instanceof Error ? e.message : String(e));
  }
  if (wb.worksheets.length === 0) throw new XlsxFileError('CORRUPT', path, 'no worksheets');
  return wb;
};

export const snapshotOf = (wb: ExcelJS.Workbook): WorkbookSnapshot => {
  const snapshot: Record<string, CellValue[][]> = {};
  for (const ws of wb.worksheets) snapshot[ws.name] = sheetValues(ws);
  return snapshot;
};

export const readWorkbook = async (path: string): Promise<WorkbookSnapshot> =>
  snapshotOf(await loadWorkbook(path));

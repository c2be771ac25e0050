// Reading any .xlsx into the engine's workbook snapshot: cached formula results, plain text, local dates, merged
// cells in their top-left cell only. File problems become XlsxFileError with a code, found before any part is read.
// The parts are read directly (read-parts, read-sheet), each sheet in one streaming pass over its XML.
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { CellValue, WorkbookSnapshot } from '../../core/snapshot';
import { XlsxFileError } from './errors';
import { MissingPart, readWorkbookParts } from './read-parts';
import { readSheetRows } from './read-sheet';
import { ZipArchive, ZipError } from './zip-read';

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const XLSX_EXTENSIONS = new Set(['.xlsx', '.xlsm']);
// An encrypted OOXML package is an OLE file with an "EncryptionInfo" stream (names are UTF-16LE).
const ENCRYPTION_INFO = Buffer.from('EncryptionInfo', 'utf16le');

const startsWith = (buf: Uint8Array, sig: readonly number[]): boolean => sig.every((b, i) => buf[i] === b);

/** Reads the raw bytes and checks they are an .xlsx before any part is read. */
export const readXlsxBytes = async (path: string): Promise<Buffer> => {
  const info = await stat(path).catch((e: NodeJS.ErrnoException) => {
    throw new XlsxFileError(e.code === 'EACCES' ? 'UNREADABLE' : 'FILE_MISSING', path, e.code);
  });
  // A FIFO or a device would block readFile or stream without end: refused as "not a file" before it is opened.
  if (!info.isFile()) throw new XlsxFileError('NOT_A_FILE', path, info.isDirectory() ? 'folder' : 'device');
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

/** The snapshot of an .xlsx already checked by readXlsxBytes; `path` only names the file in errors. */
export const snapshotOfBytes = async (
  bytes: Buffer,
  path: string,
  pick: (names: readonly string[]) => readonly string[] = (names) => names,
): Promise<WorkbookSnapshot> => {
  try {
    const zip = new ZipArchive(bytes);
    const parts = readWorkbookParts(zip);
    if (parts.sheets.length === 0) throw new XlsxFileError('CORRUPT', path, 'no worksheets');
    const wanted = new Set(pick(parts.sheets.map((s) => s.name)));
    const snapshot: Record<string, CellValue[][]> = {};
    // A sheet not picked is listed with no rows: its name is known, its cells are never inflated.
    for (const sheet of parts.sheets)
      snapshot[sheet.name] = wanted.has(sheet.name) ? await readSheetRows(zip.chunks(sheet.part), parts) : [];
    return snapshot;
  } catch (e) {
    if (e instanceof ZipError || e instanceof MissingPart)
      throw new XlsxFileError('CORRUPT', path, e.message);
    throw e;
  }
};

export const readWorkbook = async (path: string): Promise<WorkbookSnapshot> =>
  snapshotOfBytes(await readXlsxBytes(path), path);

/** Only the sheets `pick` chooses by name (the others listed empty): the province reads one sheet per commune. */
export const readWorkbookSheets = async (
  path: string,
  pick: (names: readonly string[]) => readonly string[],
): Promise<WorkbookSnapshot> => snapshotOfBytes(await readXlsxBytes(path), path, pick);

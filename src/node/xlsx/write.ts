// Writing files: the input workbook's copy with the owned sheets ("Tổng hợp", "Lỗi dữ liệu") replaced or added,
// and the exceljs workbooks the template builder makes. The input file is never opened for writing.
import { resolve } from 'node:path';
import type ExcelJS from 'exceljs';
import type { OutputTable } from '../../core/result';
import { writeFileAtomic } from '../fs/atomic';
import { XlsxFileError } from './errors';
import { BrokenPackage, copyWithOwnedSheets } from './owned-copy';
import { readXlsxBytes } from './read';

/** Never onto the input; through a temporary file, so a failed write never leaves half a workbook. */
export const writeSafely = async (
  path: string,
  input: string | undefined,
  bytes: () => Promise<Uint8Array>,
) => {
  if (input !== undefined && resolve(input) === resolve(path)) throw new XlsxFileError('SAME_AS_INPUT', path);
  await writeFileAtomic(path, bytes);
};

export const saveWorkbook = (wb: ExcelJS.Workbook, path: string, input?: string): Promise<void> =>
  writeSafely(path, input, async () => Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));

/**
 * Copies the input .xlsx to `outputPath` with each table as a sheet: one of the same name (ignoring case and
 * diacritics, as the engine finds sheets) is replaced at its tab position, others are added at the end. Every
 * other part of the file is copied byte for byte; the copy opens on `openOn` (the first table's sheet by default).
 */
export const writeCopyWithOwnedSheets = async (
  inputPath: string,
  outputPath: string,
  tables: readonly OutputTable[],
  openOn?: string,
): Promise<void> => {
  if (resolve(inputPath) === resolve(outputPath)) throw new XlsxFileError('SAME_AS_INPUT', outputPath);
  const input = await readXlsxBytes(inputPath);
  const copy = await copyWithOwnedSheets(input, tables, openOn ?? tables[0]?.sheet).catch((e: unknown) => {
    if (e instanceof BrokenPackage) throw new XlsxFileError('CORRUPT', inputPath, e.message);
    throw e;
  });
  await writeSafely(outputPath, inputPath, () => Promise.resolve(copy));
};

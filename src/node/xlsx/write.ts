// Writing results: the input workbook's copy with the owned sheets ("Tổng hợp", "Lỗi dữ liệu") replaced or added.
// The input file is never opened for writing; user sheets go through exceljs untouched.
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type ExcelJS from 'exceljs';
import type { OutputTable } from '../../core/result';
import { foldKey } from '../../core/text/normalize';
import { argb, sheetRef, solidFill } from './cells';
import { XlsxFileError } from './errors';
import { extra, setTabSelected } from './exceljs-extra';

const quoted = (v: string | number | boolean): string =>
  typeof v === 'string'
    ? `"${v.replace(/"/gu, '""')}"`
    : typeof v === 'boolean'
      ? v
        ? 'TRUE'
        : 'FALSE'
      : String(v);

/** An internal link as a HYPERLINK formula with its cached text: exceljs cannot write a location-only hyperlink. */
const linkValue = (
  value: string | number | boolean,
  to: { sheet: string; cell: string },
): ExcelJS.CellValue => ({
  formula: `HYPERLINK("#${sheetRef(to.sheet).replace(/"/gu, '""')}!${to.cell}",${quoted(value)})`,
  result: value,
});

const fillSheet = (ws: ExcelJS.Worksheet, table: OutputTable): void => {
  const width = table.columnWidths.length;
  table.values.forEach((row, r) => {
    const xr = ws.getRow(r + 1);
    row.forEach((value, c) => {
      const cell = xr.getCell(c + 1);
      const link = table.links[r]?.[c] ?? null;
      const empty = value === null || value === '';
      cell.value = empty ? null : link ? linkValue(value, link) : value;
      const background = table.backgrounds[r]?.[c] ?? null;
      if (background) cell.fill = solidFill(background);
      const bold = table.bold[r]?.[c] ?? false;
      if (bold || link)
        cell.font = { bold, ...(link ? { underline: true, color: { argb: argb('#1155CC') } } : {}) };
      const format = table.numberFormats[r]?.[c] ?? null;
      if (format) cell.numFmt = format;
    });
  });
  for (const r of table.mergedRows) if (width > 1) ws.mergeCells(r + 1, 1, r + 1, width);
  table.columnWidths.forEach((w, c) => (ws.getColumn(c + 1).width = w));
};

/**
 * Replaces the owned sheets in place (same tab position) or appends them, then opens the workbook on the first one.
 * Sheets are matched by name ignoring case and diacritics, as the engine finds them.
 */
export const replaceOwnedSheets = (wb: ExcelJS.Workbook, tables: readonly OutputTable[]): void => {
  for (const table of tables) {
    const old = wb.worksheets.find((ws) => foldKey(ws.name) === foldKey(table.sheet));
    const orderNo = old ? extra(old).orderNo : undefined;
    if (old) wb.removeWorksheet(old.id);
    const ws = wb.addWorksheet(table.sheet, {
      views: [table.frozenRows > 0 ? { state: 'frozen', ySplit: table.frozenRows } : { state: 'normal' }],
    });
    if (orderNo !== undefined) extra(ws).orderNo = orderNo;
    fillSheet(ws, table);
  }
  const first = wb.worksheets.findIndex((ws) => tables.some((t) => t.sheet === ws.name));
  if (first >= 0) {
    wb.views = [
      { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: first, visibility: 'visible' },
    ];
    // Only one tab may be selected when the workbook opens on the summary.
    wb.worksheets.forEach((ws, i) => setTabSelected(ws, i === first));
  }
};

/** Writes through a temporary file, so a failed write never leaves half a workbook under the final name. */
export const saveWorkbook = async (wb: ExcelJS.Workbook, path: string, input?: string): Promise<void> => {
  if (input !== undefined && resolve(input) === resolve(path)) throw new XlsxFileError('SAME_AS_INPUT', path);
  const tmp = `${path}.${process.pid}.tmp`;
  try {
    await mkdir(dirname(resolve(path)), { recursive: true });
    const buffer = await wb.xlsx.writeBuffer();
    await writeFile(tmp, Buffer.from(buffer as ArrayBuffer));
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw new XlsxFileError('WRITE_FAILED', path, e instanceof Error ? e.message : String(e));
  }
};

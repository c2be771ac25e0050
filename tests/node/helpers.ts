// Shared by the Node shell tests: a captured command line, temporary folders, and sheets read back with exceljs.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { runCli, type CliDeps } from '../../src/node/cli/run';

export const ROOT = join(__dirname, '..', '..');
export const SAMPLE = join(ROOT, 'sheets-templates', 'xa-mau.xlsx');
export const SAMPLE_WITH_MISTAKES = join(ROOT, 'sheets-templates', 'xa-mau-co-loi.xlsx');
export const EMPTY_TEMPLATE = join(ROOT, 'sheets-templates', 'mau-trong.xlsx');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export const cli = async (argv: string[], cwd: string, deps: CliDeps = {}): Promise<CliRun> => {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd }, deps);
  return { code, stdout, stderr };
};

export const tempDir = async (): Promise<{ path: string; remove: () => Promise<void> }> => {
  const path = await mkdtemp(join(tmpdir(), 'khuyenhoc-'));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
};

export const openXlsx = async (path: string): Promise<ExcelJS.Workbook> => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
};

/** Every non-empty cell of a sheet as "A1" → value, for cell-by-cell comparison. */
export const cellMap = (ws: ExcelJS.Worksheet): Map<string, unknown> => {
  const cells = new Map<string, unknown>();
  ws.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      const v = cell.value;
      cells.set(cell.address, v instanceof Date ? v.toISOString() : JSON.stringify(v));
    }),
  );
  return cells;
};

/** A sheet's rows as plain values (formula results, hyperlink text), 1-based like the sheet. */
export const rowsOf = (ws: ExcelJS.Worksheet): unknown[][] => {
  const rows: unknown[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    const cells: unknown[] = [];
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      const v = cell.value;
      cells[c] = v !== null && typeof v === 'object' && 'result' in v ? v.result : v;
    });
    rows[r] = cells;
  });
  return rows;
};

/** The internal hyperlinks of a sheet, read from its part: exceljs drops location-only links when reading. */
export const internalLinks = async (
  path: string,
  sheet: string,
): Promise<{ ref: string; location: string }[]> => {
  const zip = await JSZip.loadAsync(await readFile(path));
  const text = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
  const el = [...(await text('xl/workbook.xml')).matchAll(/<sheet [^>]*>/gu)].find((m) =>
    m[0].includes(`name="${sheet}"`),
  );
  const id = /r:id="([^"]+)"/u.exec(el?.[0] ?? '')?.[1] ?? '';
  const rel = [...(await text('xl/_rels/workbook.xml.rels')).matchAll(/<Relationship [^>]*>/gu)].find((m) =>
    m[0].includes(`Id="${id}"`),
  );
  const target = /Target="\/?(?:xl\/)?([^"]+)"/u.exec(rel?.[0] ?? '')?.[1] ?? '';
  const unescape = (s: string) =>
    s
      .replace(/&apos;/gu, "'")
      .replace(/&quot;/gu, '"')
      .replace(/&amp;/gu, '&');
  return [...(await text(`xl/${target}`)).matchAll(/<hyperlink ref="([^"]+)" location="([^"]+)"/gu)].map(
    (m) => ({ ref: m[1] ?? '', location: unescape(m[2] ?? '') }),
  );
};

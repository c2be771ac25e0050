// Running one corpus workbook through both shells, as an officer would: the command line on the .xlsx file, and
// "Chấm điểm và tổng hợp", "Kiểm tra dữ liệu", "Tạo báo cáo" on the same sheets imported into the sandbox.
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import ExcelJS from 'exceljs';
import { runCli } from '../../src/node/cli/run';
import { createSandbox } from '../gas/sandbox/sandbox';
import type { ShellRun } from './judge';
import { specSnapshot, type WorkbookSpec } from './workbook-spec';

const SUMMARY = 'Tổng hợp';
const PROBLEMS = 'Lỗi dữ liệu';

const plain = (v: ExcelJS.CellValue): unknown => {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString();
  if (typeof v !== 'object') return v;
  if ('result' in v) return plain(v.result as ExcelJS.CellValue);
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('text' in v) return plain(v.text as ExcelJS.CellValue);
  if ('error' in v) return v.error;
  return String(v);
};

/** A number under a percent format is read as the officer sees it: 0.896 under "0.0%" is 89,6. */
const asShown = (v: unknown, format: string | undefined): unknown =>
  typeof v === 'number' && format?.includes('%') ? v * 100 : v;

const sheetRows = (ws: ExcelJS.Worksheet | undefined): unknown[][] | null => {
  if (!ws) return null;
  const rows: unknown[][] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    rows.push(
      Array.from({ length: ws.columnCount }, (_, c) => {
        const cell = row.getCell(c + 1);
        return asShown(plain(cell.value), cell.numFmt);
      }),
    );
  }
  return rows;
};

/** `tong-hop <file> --out <dir>` in-process; the report writer is a recorder (whether documents would be made). */
export const runCommandLine = async (file: string): Promise<ShellRun> => {
  const out = await mkdtemp(join(tmpdir(), 'khuyenhoc-corpus-'));
  try {
    let stdout = '';
    let stderr = '';
    let documents = false;
    const exit = await runCli(
      ['tong-hop', file, '--out', out],
      { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd: out },
      {
        writeReports: async () => {
          documents = true;
          return [];
        },
      },
    );
    const copy = join(out, `${basename(file, extname(file))}-tong-hop.xlsx`);
    let summary: unknown[][] | null = null;
    let problems: unknown[][] | null = null;
    if (existsSync(copy)) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(copy);
      summary = sheetRows(wb.getWorksheet(SUMMARY));
      problems = sheetRows(wb.getWorksheet(PROBLEMS));
    } else if ((await readdir(out)).length > 0) stderr += `\n(không thấy bản sao ${basename(copy)})`;
    return {
      shell: 'cli',
      exit,
      documents,
      summary,
      problems,
      messages: [...stdout.split('\n'), ...stderr.split('\n')],
    };
  } finally {
    await rm(out, { recursive: true, force: true });
  }
};

/** The sheets as Google would show them after import, then the three menu items an officer would use. */
export const runAppsScript = (spec: WorkbookSpec): ShellRun => {
  const sb = createSandbox({ snapshot: specSnapshot(spec) });
  const rows = (name: string): unknown[][] | null => {
    const s = sb.ss.sheets.find((x) => x.name === name);
    return s
      ? s.dump().map((row, r) => row.map((v, c) => asShown(v, s.format(r + 1, c + 1).numberFormat)))
      : null;
  };
  sb.call('menuTongHop');
  const summary = rows(SUMMARY);
  sb.call('menuKiemTra');
  const problems = rows(PROBLEMS);
  sb.call('menuTaoBaoCao');
  const documents = sb.documents.docs.size > 0;
  const messages = [...sb.ui.alerts.map((a) => `${a.title}\n${a.prompt}`), ...sb.ss.toasts];
  const errors = (problems ?? []).filter((r) => r.some((c) => c === 'Lỗi')).length;
  return { shell: 'gas', exit: documents ? 0 : errors > 0 ? 1 : 3, documents, summary, problems, messages };
};

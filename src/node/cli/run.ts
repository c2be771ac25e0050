// The three commands (tong-hop, kiem-tra, mau) and the one place that turns failures into messages and exit codes.
import { access } from 'node:fs/promises';
import { basename, extname, join, relative, resolve } from 'node:path';
import { layout } from '../../core/layout';
import {
  fileText,
  helpText,
  progressText,
  summaryText,
  unexpectedText,
  usageText,
} from '../../core/i18n/cli';
import { ownedSheetTakenText } from '../../core/i18n/common';
import { runEngine } from '../../core/engine';
import { readCriteria } from '../../core/criteria/read';
import { IssueLog } from '../../core/issues/make';
import { missingEssentials } from '../../core/read/sheets';
import { findSheet } from '../../core/read/table';
import type { EngineResult } from '../../core/result';
import type { WorkbookSnapshot } from '../../core/snapshot';
import { targetPresets } from '../../core/targets/presets';
import { formatInt } from '../../core/text/format';
import { isXlsxFileError } from '../xlsx/errors';
import { SheetInTheWay } from '../xlsx/owned-copy';
import { checkPackage } from '../xlsx/package-check';
import { readWorkbook } from '../xlsx/read';
import { saveWorkbook, writeCopyWithOwnedSheets } from '../xlsx/write';
import { parseArgs, UsageError, type Command } from './args';
import { runChiTieu } from './chi-tieu';
import { runTongHopTinh } from './tong-hop-tinh';
import { ExitCode, Progress, safeIo, type CliIo } from './io';
import type { IndicatorProgress } from '../../core/history/progress';
import { withProgressBlock } from '../../core/history/summary-block';
import { historyStep } from './history';
import { runLichSu } from './lich-su';
import { issueLines, summaryLines } from './summary';
import { summaryRowsOf } from '../../core/summary/build';
import { buildSummarySheet } from '../../core/summary/table';

/** Writes the .docx report(s) for a result into a folder and returns the paths written. */
export type ReportWriter = (
  result: EngineResult,
  outDir: string,
  extra: { progress: readonly IndicatorProgress[] },
) => Promise<string[]>;

export interface CliDeps {
  writeReports?: ReportWriter;
  /** The clock behind "Thời điểm tạo" of the province's summary (tests pin it). */
  now?: () => Date;
}

const TEMPLATE_NAME = 'mau-trong.xlsx';
const ISSUES_SHOWN = { 'tong-hop': 10, 'kiem-tra': 40 } as const;

class FileProblem extends Error {
  constructor(readonly text: string) {
    super(text, { cause: { code: 'FILE_PROBLEM' } });
  }
}

/** The report writer's own refusals carry a Vietnamese message and a REPORT_* code; anything else is a bug. */
const reportProblem = (e: unknown): string => {
  const code =
    e instanceof Error && typeof e.cause === 'object' && e.cause !== null && 'code' in e.cause
      ? String(e.cause.code)
      : '';
  if (e instanceof Error && code.startsWith('REPORT_')) return e.message;
  throw e;
};

const presetIds = () => targetPresets.map((p) => p.id);
const lines = (io: CliIo, text: readonly string[]) => io.stdout(`${text.join('\n')}\n`);
const shown = (io: CliIo, path: string) => relative(io.cwd, path) || path;

/** A workbook with none of the layout's sheets is the wrong file, not a file with mistakes. */
const checkSheets = (snapshot: WorkbookSnapshot, file: string): void => {
  const essentials = missingEssentials(snapshot, readCriteria(snapshot, new IssueLog()));
  if (essentials && essentials.found.length > 0)
    throw new FileProblem(fileText.NOT_A_COMMUNE(file, essentials.found, essentials.missing));
  const wanted = [layout.config, ...layout.registers].map((s) => ({
    sheet: s.sheet,
    found: findSheet(snapshot, [s.sheet, ...s.synonyms]),
  }));
  if (wanted.every((w) => w.found === undefined))
    throw new FileProblem(
      fileText.NO_SHEETS(
        file,
        wanted.map((w) => w.sheet),
      ),
    );
};

const readAndRun = async (io: CliIo, progress: Progress, cmd: Extract<Command, { file: string }>) => {
  const file = resolve(io.cwd, cmd.file);
  progress.step(progressText.reading(cmd.file));
  await checkPackage(file);
  const snapshot = await readWorkbook(file);
  checkSheets(snapshot, cmd.file);
  const rows = Object.values(snapshot).reduce((s, v) => s + v.length, 0);
  progress.done((ms) => progressText.read(Object.keys(snapshot).length, rows, ms));
  progress.step(progressText.checking);
  const result = runEngine(snapshot, {
    ...(cmd.year === undefined ? {} : { targetYear: cmd.year }),
    ...(cmd.preset === undefined ? {} : { presetId: cmd.preset }),
  });
  progress.done(progressText.checked);
  return { file, result, snapshot };
};

const tongHop = async (
  io: CliIo,
  cmd: Extract<Command, { kind: 'tong-hop' }>,
  deps: CliDeps,
): Promise<number> => {
  const progress = new Progress(io);
  const { file, result, snapshot } = await readAndRun(io, progress, cmd);
  const outDir = resolve(io.cwd, cmd.out);
  // The copy keeps every part of the input, macros included: an .xlsm stays an .xlsm or Excel refuses to open it.
  const ext = extname(file).toLowerCase() === '.xlsm' ? '.xlsm' : '.xlsx';
  const outFile = join(outDir, `${basename(file, extname(file))}-tong-hop${ext}`);
  progress.step(progressText.writingWorkbook(shown(io, outFile)));
  // With errors the officer's next step is the list of them, so the copy opens there.
  const { summary, problems } = result.tables;
  const openOn = result.errorCount > 0 ? problems.sheet : summary.sheet;
  // Written even when the configuration is unusable (header only): a previous run's figures must not stay
  // behind for the province to read as this year's.
  const generatedAt = (deps.now ?? (() => new Date()))().toISOString();
  const summaryRows = result.config ? summaryRowsOf(result, generatedAt) : null;
  const forProvince = buildSummarySheet(summaryRows ?? []);
  const history = historyStep(snapshot, summaryRows, result.planTargets);
  const owned = [
    withProgressBlock(summary, history.progress),
    problems,
    forProvince,
    ...(history.table ? [history.table] : []),
  ];
  await writeCopyWithOwnedSheets(file, outFile, owned, openOn).catch((e: unknown) => {
    if (e instanceof SheetInTheWay) throw new FileProblem(ownedSheetTakenText(e.sheet));
    throw e;
  });
  const written = [outFile];
  if (!result.blocking && deps.writeReports) {
    progress.step(progressText.writingReport);
    const report = await deps
      .writeReports(result, outDir, { progress: history.progress })
      .catch((e: unknown) => reportProblem(e));
    if (typeof report === 'string') {
      io.stderr(`${report}\n`);
      return ExitCode.dataErrors;
    }
    written.push(...report);
  }
  progress.step(progressText.done(progress.total()));
  const out = [...summaryLines(result), ...(history.lines.length > 0 ? ['', ...history.lines] : [])];
  if (result.blocking)
    out.push(
      summaryText.topIssues(shown(io, outFile)),
      ...issueLines(
        result.issues.filter((i) => i.severity === 'error'),
        ISSUES_SHOWN['tong-hop'],
      ),
      summaryText.blocked,
    );
  else if (!deps.writeReports) out.push(summaryText.noReportYet);
  out.push('', summaryText.written, ...written.map((p) => summaryText.writtenFile(shown(io, p))));
  lines(io, out);
  return result.blocking ? ExitCode.dataErrors : ExitCode.ok;
};

const kiemTra = async (io: CliIo, cmd: Extract<Command, { kind: 'kiem-tra' }>): Promise<number> => {
  const progress = new Progress(io);
  const { file, result } = await readAndRun(io, progress, cmd);
  const listFile = cmd.list === undefined ? undefined : resolve(io.cwd, cmd.list);
  if (listFile !== undefined) {
    // A copy of the input that opens on the whole list: each "Ô" links to the cell to fix.
    progress.step(progressText.writingWorkbook(shown(io, listFile)));
    await writeCopyWithOwnedSheets(file, listFile, [result.tables.problems]);
  }
  const out = [
    summaryText.issues(formatInt(result.errorCount), formatInt(result.warningCount)),
    ...issueLines(result.issues, ISSUES_SHOWN['kiem-tra'], (n) =>
      listFile === undefined ? summaryText.moreIssuesToList(n, cmd.file) : summaryText.moreIssues(n),
    ),
  ];
  if (listFile !== undefined)
    out.push(summaryText.listWritten(formatInt(result.issues.length), shown(io, listFile)));
  out.push(
    result.errorCount > 0 ? summaryText.checkFailed(formatInt(result.errorCount)) : summaryText.checkOk,
  );
  lines(io, out);
  return result.errorCount > 0 ? ExitCode.dataErrors : ExitCode.ok;
};

const mau = async (io: CliIo, cmd: Extract<Command, { kind: 'mau' }>): Promise<number> => {
  const target = cmd.out ?? TEMPLATE_NAME;
  const path = resolve(
    io.cwd,
    extname(target).toLowerCase() === '.xlsx' ? target : join(target, TEMPLATE_NAME),
  );
  const exists = await access(path).then(
    () => true,
    () => false,
  );
  // Never overwrite: the file may be a template a commune has already filled in.
  if (exists) throw new FileProblem(fileText.OUTPUT_EXISTS(shown(io, path)));
  // exceljs builds the template: loaded for this command only, so the others start without it.
  const { buildTemplateWorkbook } = await import('../xlsx/template');
  await saveWorkbook(buildTemplateWorkbook(), path);
  lines(io, [summaryText.templateWritten(shown(io, path))]);
  return ExitCode.ok;
};

/** Runs one command line; never throws and never prints a stack trace. */
export const runCli = async (argv: readonly string[], rawIo: CliIo, deps: CliDeps = {}): Promise<number> => {
  const io = safeIo(rawIo);
  try {
    if (argv[0] === 'chi-tieu') return await runChiTieu(argv.slice(1), io);
    if (argv[0] === 'lich-su') return await runLichSu(argv.slice(1), io, deps.now);
    if (argv[0] === 'tong-hop-tinh') return await runTongHopTinh(argv.slice(1), io);
    const cmd = parseArgs(argv, presetIds());
    switch (cmd.kind) {
      case 'help':
        lines(io, [helpText(presetIds())]);
        return ExitCode.ok;
      case 'tong-hop':
        return await tongHop(io, cmd, deps);
      case 'kiem-tra':
        return await kiemTra(io, cmd);
      case 'mau':
        return await mau(io, cmd);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`${e.message}\n${usageText.seeHelp}\n`);
      return ExitCode.usage;
    }
    if (e instanceof FileProblem) {
      io.stderr(`${e.text}\n`);
      return ExitCode.file;
    }
    if (isXlsxFileError(e)) {
      const { code, path, detail } = e.cause;
      io.stderr(`${fileText[code](shown(io, path), detail)}\n`);
      return ExitCode.file;
    }
    io.stderr(`${unexpectedText(e instanceof Error ? `${e.name}: ${e.message}` : String(e))}\n`);
    return ExitCode.internal;
  }
};

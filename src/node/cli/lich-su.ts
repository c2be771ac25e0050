// The command lich-su: an older workbook's year added to a copy of the workbook's "Lịch sử" (the input is never
// written). The older year comes from its "Số liệu gửi tỉnh" when it has one, else from scoring it again.
import { basename, extname, join, relative, resolve } from 'node:path';
import { readConfig } from '../../core/config/read';
import { runEngine } from '../../core/engine';
import { historyYears, mergeHistory, otherCommune } from '../../core/history/merge';
import { HISTORY_SHEET, buildHistorySheet, readHistorySheet } from '../../core/history/sheet';
import { historyText } from '../../core/i18n/history';
import { lichSuText as t } from '../../core/i18n/lich-su';
import { IssueLog } from '../../core/issues/make';
import { findSheet } from '../../core/read/table';
import type { WorkbookSnapshot } from '../../core/snapshot';
import { buildSummaryRows } from '../../core/summary/build';
import { readSummarySheet } from '../../core/summary/cells';
import { SUMMARY_SHEET, type SummaryRow } from '../../core/summary/schema';
import { foldKey } from '../../core/text/normalize';
import { ownedSheetTakenText } from '../../core/i18n/common';
import { SheetInTheWay } from '../xlsx/owned-copy';
import { checkPackage } from '../xlsx/package-check';
import { readWorkbook } from '../xlsx/read';
import { writeCopyWithOwnedSheets } from '../xlsx/write';
import { CommandUsage, commandArgs } from './command-args';
import { ExitCode, type CliIo } from './io';

interface Args {
  old: string;
  book: string;
  out: string;
}

const parse = (argv: readonly string[]): Args => {
  const positional: string[] = [];
  let old: string | undefined;
  let out = 'out';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--them' || a === '--out') {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new CommandUsage(t.missingValue(a));
      if (a === '--them') old = v;
      else out = v;
    } else if (a.startsWith('--')) throw new CommandUsage(t.unknownOption(a));
    else positional.push(a);
  }
  const [book, extra] = positional;
  if (old === undefined) throw new CommandUsage(t.missingOld);
  if (book === undefined) throw new CommandUsage(t.missingBook);
  if (extra !== undefined) throw new CommandUsage(t.extra(extra));
  return { old, book, out };
};

type OldYear = { rows: SummaryRow[]; from: 'summary' | 'engine'; errors: number } | { refusal: string };

/** The older workbook's rows: its own summary sheet first, since that is what the commune sent that year. */
const oldYearOf = (snapshot: WorkbookSnapshot, shown: string, generatedAt: string): OldYear => {
  const sheet = findSheet(snapshot, [SUMMARY_SHEET]);
  if (sheet !== undefined) {
    const read = readSummarySheet(snapshot[sheet] ?? []);
    if (read.kind !== 'ok') return { refusal: t.oldUnreadable(shown, read) };
    if (read.rows.length > 0) return { rows: read.rows, from: 'summary', errors: 0 };
  }
  const result = runEngine(snapshot);
  const rows = buildSummaryRows(result, { generatedAt });
  if (!rows) return { refusal: t.noConfig(shown) };
  return { rows, from: 'engine', errors: result.errorCount };
};

export const runLichSu = async (
  argv: readonly string[],
  io: CliIo,
  now: () => Date = () => new Date(),
): Promise<number> => {
  const given = commandArgs(argv, io, t.usage, parse);
  if ('exit' in given) return given.exit;
  const args: Args = given.args;
  const shown = (p: string) => relative(io.cwd, p) || p;
  const refuse = (text: string) => {
    io.stderr(`${text}\n`);
    return ExitCode.dataErrors;
  };
  const oldFile = resolve(io.cwd, args.old);
  const bookFile = resolve(io.cwd, args.book);
  await checkPackage(oldFile);
  await checkPackage(bookFile);
  const book = await readWorkbook(bookFile);
  const config = readConfig(book, new IssueLog());
  if (!config) return refuse(t.noConfig(shown(bookFile)));
  const old = oldYearOf(await readWorkbook(oldFile), shown(oldFile), now().toISOString());
  if ('refusal' in old) return refuse(old.refusal);
  const foreign = old.rows.find(
    (r) => foldKey(r.commune) !== foldKey(config.commune) || foldKey(r.province) !== foldKey(config.province),
  );
  if (foreign) return refuse(t.otherCommune(shown(oldFile), foreign.commune, config.commune));
  const years = historyYears(old.rows);
  if (years.includes(config.year)) return refuse(t.sameYear(shown(oldFile), config.year));
  const sheet = findSheet(book, [HISTORY_SHEET]);
  const previous = readHistorySheet(sheet === undefined ? undefined : book[sheet]);
  if (previous.kind !== 'ok')
    return refuse(t.bookUnreadable(shown(bookFile), historyText.unreadable(previous)));
  const first = old.rows[0];
  const mixed = first && otherCommune(previous.rows, first);
  if (mixed) return refuse(t.otherCommune(shown(bookFile), mixed.commune, config.commune));
  const merged = mergeHistory(previous.rows, old.rows);
  const ext = extname(bookFile).toLowerCase() === '.xlsm' ? '.xlsm' : '.xlsx';
  const outFile = join(resolve(io.cwd, args.out), `${basename(bookFile, extname(bookFile))}-lich-su${ext}`);
  try {
    await writeCopyWithOwnedSheets(bookFile, outFile, [buildHistorySheet(merged)], HISTORY_SHEET);
  } catch (e) {
    if (!(e instanceof SheetInTheWay)) throw e;
    io.stderr(`${ownedSheetTakenText(e.sheet)}\n`);
    return ExitCode.file;
  }
  const added = (old.from === 'summary' ? t.fromSummary : t.fromEngine)(
    shown(oldFile),
    years.join(', '),
    old.rows.length,
  );
  const lines = [
    added,
    ...(old.errors > 0 ? [t.withErrors(old.errors)] : []),
    t.years(historyYears(merged).join(', ')),
    t.written(shown(outFile)),
  ];
  io.stdout(`${lines.join('\n')}\n`);
  return ExitCode.ok;
};

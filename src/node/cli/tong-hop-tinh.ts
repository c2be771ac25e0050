// The command tong-hop-tinh: the province roll-up on communes' output workbooks, offline. Reads only each file's
// "Số liệu gửi tỉnh" (and a province master's own sheets), classifies and adds up in core, writes the province
// workbook with "Tổng hợp tỉnh" and the report to the province's People's Committee. No input is ever written.
import { readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { provinceWithKind } from '../../core/i18n/engine';
import { fileText } from '../../core/i18n/cli';
import { communeStateTerms, provinceCliText as T } from '../../core/i18n/province';
import { indicatorTerms, verdictTerms } from '../../core/i18n/terms';
import { IssueLog } from '../../core/issues/make';
import { communeListSheet, provinceConfigSheet } from '../../core/layout/province-sheets';
import { layout } from '../../core/layout';
import {
  isProvinceMaster,
  readProvinceMaster,
  targetsToCompare,
  type ListedCommune,
} from '../../core/province/config';
import { buildProvinceReport } from '../../core/province/report';
import {
  rollUpProvince,
  type CommuneSource,
  type CommuneState,
  type ProvinceRollup,
  type UnreadableReason,
} from '../../core/province/rollup';
import { unconfiguredProvinceSettings, type ProvinceSettings } from '../../core/province/settings';
import { buildProvinceTable, stateNote } from '../../core/province/table';
import { readSummarySheet } from '../../core/summary/cells';
import { SUMMARY_SHEET } from '../../core/summary/schema';
import { findSheet } from '../../core/read/table';
import type { WorkbookSnapshot } from '../../core/snapshot';
import { formatInt, formatPercent } from '../../core/text/format';
import { writeFileAtomic } from '../fs/atomic';
import { isXlsxFileError, XlsxFileError, type FileProblem } from '../xlsx/errors';
import { BrokenPackage, copyWithOwnedSheets } from '../xlsx/owned-copy';
import { readWorkbookSheets, readXlsxBytes } from '../xlsx/read';
import { writeSafely } from '../xlsx/write';
import { CommandUsage, commandArgs } from './command-args';
import { ExitCode, Progress, type CliIo } from './io';
import { issueLines } from './summary';

interface Args {
  inputs: string[];
  out: string;
  year?: number;
}

const parse = (argv: readonly string[]): Args => {
  const inputs: string[] = [];
  let out = 'out';
  let year: number | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (!a.startsWith('--')) {
      inputs.push(a);
      continue;
    }
    const eq = a.indexOf('=');
    const opt = eq > 0 ? a.slice(0, eq) : a;
    if (opt !== '--out' && opt !== '--nam') throw new CommandUsage(T.unknownOption(opt));
    const v = eq > 0 ? a.slice(eq + 1) : argv[++i];
    if (v === undefined || v === '' || v.startsWith('--')) throw new CommandUsage(T.missingValue(opt));
    if (opt === '--out') out = v;
    else {
      if (!/^\d{4}$/u.test(v) || Number(v) < 2000 || Number(v) > 2100) throw new CommandUsage(T.badYear(v));
      year = Number(v);
    }
  }
  if (inputs.length === 0) throw new CommandUsage(T.missingInput);
  return { inputs, out, ...(year === undefined ? {} : { year }) };
};

const XLSX = /\.xlsx$|\.xlsm$/iu;
/** Excel's lock files and the product's own temporary files are never a commune's workbook. */
const isWorkbookName = (name: string): boolean =>
  XLSX.test(name) && !name.startsWith('~$') && !name.startsWith('.kh-');

/** Each argument: a file as given, or a folder's workbooks sorted by name (a stable order: same run, same rows). */
const expand = async (cwd: string, inputs: readonly string[]): Promise<string[]> => {
  const files: string[] = [];
  for (const input of inputs) {
    const path = resolve(cwd, input);
    const info = await stat(path).catch(() => null);
    if (info?.isDirectory()) {
      const names = (await readdir(path)).filter(isWorkbookName).sort();
      files.push(...names.map((n) => join(path, n)));
    } else files.push(path);
  }
  return [...new Set(files)];
};

const masterSheets = [
  [communeListSheet.sheet, ...communeListSheet.synonyms],
  [provinceConfigSheet.sheet, ...provinceConfigSheet.synonyms],
  [layout.targets.sheet, ...layout.targets.synonyms],
];
const namesOnly = (names: readonly string[]): WorkbookSnapshot =>
  Object.fromEntries(names.map((n) => [n, []]));

type Opened =
  | { kind: 'master'; path: string; snapshot: WorkbookSnapshot }
  | { kind: 'commune'; path: string; fetched: CommuneSource['fetched'] }
  | { kind: 'unreadable'; path: string; error: XlsxFileError };

/** Reads the one sheet a commune file is read for; a master's own sheets when it is the province's. */
const open = async (path: string): Promise<Opened> => {
  let master = false;
  try {
    const snapshot = await readWorkbookSheets(path, (names) => {
      master = isProvinceMaster(namesOnly(names));
      const lists = master ? masterSheets : [[SUMMARY_SHEET]];
      return lists.flatMap((l) => findSheet(namesOnly(names), l) ?? []);
    });
    if (master) return { kind: 'master', path, snapshot };
    const sheet = findSheet(snapshot, [SUMMARY_SHEET]);
    return { kind: 'commune', path, fetched: readSummarySheet(sheet ? (snapshot[sheet] ?? []) : []) };
  } catch (e) {
    if (isXlsxFileError(e)) return { kind: 'unreadable', path, error: e };
    throw e;
  }
};

/** The read errors of a file that is there: the province has the file, it must not ask the commune for one. */
const THERE_BUT_UNREADABLE: readonly (FileProblem & UnreadableReason)[] = [
  'NOT_A_FILE',
  'NOT_XLSX',
  'LEGACY_XLS',
  'ENCRYPTED',
  'CORRUPT',
  'UNREADABLE',
  'SHEET_PART_MISSING',
];
const isThereButUnreadable = (code: FileProblem): code is FileProblem & UnreadableReason =>
  (THERE_BUT_UNREADABLE as readonly FileProblem[]).includes(code);

/**
 * What a file the list names gave: only a path that does not exist is "not found"; any other read error says the
 * file is there, with its reason when core words it (a code added later still says "there", only less precisely).
 */
const fetchedOf = (o: Opened): CommuneSource['fetched'] => {
  if (o.kind === 'commune') return o.fetched;
  // The province's own master on its list is no commune's file: the path in "Danh sách xã" is what to check.
  if (o.kind === 'master') return { kind: 'notFound' };
  const { code, detail } = o.error.cause;
  if (code === 'FILE_MISSING') return { kind: 'notFound' };
  if (!isThereButUnreadable(code)) return { kind: 'unreadable' };
  // Only these two messages take the detail (folder or device; the sheets without a part), not a zip error's text.
  return detail !== undefined && (code === 'NOT_A_FILE' || code === 'SHEET_PART_MISSING')
    ? { kind: 'unreadable', reason: code, reasonDetail: detail }
    : { kind: 'unreadable', reason: code };
};

const mostCommon = (values: readonly string[]): string | undefined => {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0];
};

const summaryLines = (r: ProvinceRollup, s: ProvinceSettings): string[] => {
  const counted = r.communes.filter((c) => c.counted).length;
  const place = provinceWithKind(s.province);
  const states = (Object.keys(communeStateTerms) as CommuneState[])
    .filter((k) => r.counts[k] > 0)
    .map((k) => T.stateCount(communeStateTerms[k], formatInt(r.counts[k])));
  const lines = [
    T.heading(place, r.year, formatInt(counted), formatInt(r.communes.length)),
    T.states(states.join(', ')),
    '',
    r.targetYear === null ? T.figuresHeading : T.targetsHeading(r.targetYear),
  ];
  for (const i of r.indicators) {
    if (i.actual.denominator === 0 && i.target === null) continue;
    const figure =
      i.actual.denominator === 0
        ? verdictTerms.notComputable.toLowerCase()
        : T.figure(
            formatPercent(i.actual.percent),
            formatInt(i.actual.numerator),
            formatInt(i.actual.denominator),
          );
    const verdict = i.target
      ? T.verdict(
          i.target.comparison === '>' ? '>' : '≥',
          formatPercent(i.target.percent),
          (i.met === null
            ? verdictTerms.unknown
            : i.met
              ? verdictTerms.met
              : verdictTerms.missed
          ).toLowerCase(),
          formatInt(i.communesBelow),
        )
      : '';
    lines.push(T.indicator(indicatorTerms[i.indicator].label, figure, verdict));
  }
  const missing = r.communes.filter((c) => !c.counted);
  if (missing.length > 0) {
    lines.push('', T.notCountedHeading);
    for (const c of missing)
      lines.push(
        T.notCounted(c.listRow, c.name || basename(c.source), communeStateTerms[c.state], stateNote(c)),
      );
  }
  return lines;
};

export const runTongHopTinh = async (argv: readonly string[], io: CliIo): Promise<number> => {
  const given = commandArgs(argv, io, T.usage, parse, '\n\n');
  if ('exit' in given) return given.exit;
  const args: Args = given.args;
  const shown = (p: string) => relative(io.cwd, p) || p;
  const progress = new Progress(io);
  const files = await expand(io.cwd, args.inputs);

  // The master first: its list, when it has one, says which files are the province's communes.
  const opened: Opened[] = [];
  for (const f of files) opened.push(await open(f));
  const masters = opened.filter((o): o is Extract<Opened, { kind: 'master' }> => o.kind === 'master');
  if (masters.length > 1) {
    io.stderr(`${T.twoMasters(shown(masters[0]?.path ?? ''), shown(masters[1]?.path ?? ''))}\n`);
    return ExitCode.file;
  }
  const master = masters[0];
  // A file named on the command line that is not there is a typing mistake: stop, as tong-hop does. A file that
  // is there but unreadable is one commune's problem: it is listed as "có tệp nhưng không đọc được" with the
  // reason, never as "không tìm thấy" (the province has the file; asking the commune for one would mislead).
  const explicit = new Set(args.inputs.map((i) => resolve(io.cwd, i)));
  const missing = opened.find(
    (o) =>
      o.kind === 'unreadable' &&
      explicit.has(o.path) &&
      (o.error.cause.code === 'FILE_MISSING' || o.error.cause.code === 'NOT_A_FILE'),
  );
  if (missing?.kind === 'unreadable') {
    const { code, path, detail } = missing.error.cause;
    io.stderr(`${fileText[code](shown(path), detail)}\n`);
    return ExitCode.file;
  }
  const issues = new IssueLog();
  const read = master ? readProvinceMaster(master.snapshot, issues) : null;
  if (read && (read.settings === null || issues.items.some((i) => i.severity === 'error'))) {
    io.stderr(
      `${[T.masterProblems(shown(master?.path ?? '')), ...issueLines(issues.items, 20)].join('\n')}\n`,
    );
    return ExitCode.dataErrors;
  }

  let listed: ListedCommune[];
  let notes: string[] = [];
  const others = opened.filter((o) => o.kind !== 'master');
  if (master && read && read.communes.length > 0) {
    listed = read.communes;
    const inList = new Set(listed.map((c) => resolve(dirname(master.path), c.source)));
    const ignored = others.filter((o) => !inList.has(o.path)).map((o) => basename(o.path));
    if (ignored.length > 0) notes = [T.ignored(formatInt(ignored.length), ignored.join(', '))];
  } else {
    // Row k + 2 of the "Danh sách xã" written with the result, so "dòng 3" means the same file there.
    // Each file as the officer named it (relative to the working folder): the notes name it so.
    listed = others.map((o, k) => ({ row: k + 2, name: '', source: shown(o.path) }));
  }
  if (listed.length === 0) {
    io.stderr(`${T.noCommunes}\n`);
    return ExitCode.file;
  }
  progress.step(T.reading(formatInt(listed.length)));
  const byPath = new Map(others.map((o) => [o.path, o]));
  const base = master ? dirname(master.path) : io.cwd;
  const sources: CommuneSource[] = [];
  for (const c of listed) {
    const path = resolve(base, c.source);
    const fetched = fetchedOf(byPath.get(path) ?? (await open(path)));
    sources.push({ source: c.source, listedName: c.name, listRow: c.row, fetched });
  }

  const okRows = sources.flatMap((s) => (s.fetched.kind === 'ok' ? s.fetched.rows : []));
  const fromMaster = read?.settings ?? null;
  const year = args.year ?? fromMaster?.year ?? Math.max(0, ...okRows.map((r) => r.year));
  const province = fromMaster?.province ?? mostCommon(okRows.map((r) => r.province));
  if (province === undefined || year === 0) {
    io.stderr(`${T.noProvince}\n`);
    return ExitCode.file;
  }
  const settings: ProvinceSettings = fromMaster
    ? { ...fromMaster, year }
    : unconfiguredProvinceSettings(province, year);
  const rollup = rollUpProvince(sources, year, targetsToCompare(settings));
  const table = buildProvinceTable(rollup, settings.province);
  progress.done(T.read);

  const outDir = resolve(io.cwd, args.out);
  const outFile = master
    ? join(outDir, `${basename(master.path, extname(master.path))}-tong-hop.xlsx`)
    : join(outDir, `tong-hop-tinh-${year}.xlsx`);
  progress.step(T.writing(shown(outFile)));
  const input = master
    ? await readXlsxBytes(master.path)
    : await newMaster(
        sources.map((s) => ({ name: s.listedName, source: relative(outDir, resolve(io.cwd, s.source)) })),
        settings,
      );
  const bytes = await copyWithOwnedSheets(input, [table]).catch((e: unknown) => {
    if (e instanceof BrokenPackage) throw new XlsxFileError('CORRUPT', master?.path ?? outFile, e.message);
    throw e;
  });
  await writeSafely(outFile, master?.path, () => Promise.resolve(bytes));
  const doc = buildProvinceReport(rollup, settings);
  const docFile = join(outDir, `${doc.fileStem}.docx`);
  progress.step(T.writing(shown(docFile)));
  // The .docx writer is loaded for this step only, as tong-hop loads it.
  const { renderDocx } = await import('../docx/render');
  await writeFileAtomic(docFile, () => renderDocx(doc));

  const out = [...notes, ...summaryLines(rollup, settings)];
  out.push('', T.written, T.writtenFile(shown(outFile)), T.writtenFile(shown(docFile)));
  io.stdout(`${out.join('\n')}\n`);
  return ExitCode.ok;
};

/** A master for a run given only communes' files: their list and the settings used, so the next run can start from it. */
const newMaster = async (
  communes: readonly { name: string; source: string }[],
  s: ProvinceSettings,
): Promise<Buffer> => {
  const { buildProvinceMaster } = await import('../xlsx/province-master');
  const wb = buildProvinceMaster({ communes, settings: { province: s.province, year: s.year } });
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
};

// The command chi-tieu: a plan's targets with their sentences, as a table or JSON, and with --vao a copy of the
// workbook with them added to "Chỉ tiêu" (the input is never written).
import { basename, extname, join, relative, resolve } from 'node:path';
import { chiTieuText } from '../../core/i18n/targets-import';
import { parsePlan, planAppend, previewOf, type ImportedTarget } from '../../core/targets/import';
import { XlsxFileError } from '../xlsx/errors';
import { writeSafely } from '../xlsx/write';
import { copyWithCellWrites } from '../xlsx/cell-edits';
import { BrokenPackage } from '../xlsx/owned-copy';
import { readWorkbook, readXlsxBytes } from '../xlsx/read';
import { CommandUsage, commandArgs } from './command-args';
import { ExitCode, type CliIo } from './io';
import { PlanFileError, readPlanText } from './plan-text';

interface Args {
  plan: string;
  into?: string;
  out: string;
  json: boolean;
}

const parse = (argv: readonly string[]): Args => {
  const positional: string[] = [];
  const args: Partial<Args> = { json: false, out: 'out' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--json') args.json = true;
    else if (a === '--vao' || a === '--out') {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new CommandUsage(chiTieuText.missingValue(a));
      if (a === '--vao') args.into = v;
      else args.out = v;
    } else if (a.startsWith('--')) throw new CommandUsage(chiTieuText.unknownOption(a));
    else positional.push(a);
  }
  const [plan, extra] = positional;
  if (plan === undefined) throw new CommandUsage(chiTieuText.missingPlan);
  if (extra !== undefined) throw new CommandUsage(chiTieuText.extra(extra));
  return {
    plan,
    out: args.out ?? 'out',
    json: args.json ?? false,
    ...(args.into ? { into: args.into } : {}),
  };
};

const asJson = (t: ImportedTarget) => ({
  indicator: t.indicator,
  comparison: t.comparison,
  percent: t.percent,
  year: t.year,
  scope: t.scope,
  ...(t.label === undefined ? {} : { label: t.label }),
  line: t.line,
  source: t.sentence,
});

export const runChiTieu = async (argv: readonly string[], io: CliIo): Promise<number> => {
  const given = commandArgs(argv, io, chiTieuText.usage, parse);
  if ('exit' in given) return given.exit;
  const args: Args = given.args;
  const shown = (p: string) => relative(io.cwd, p) || p;
  const planPath = resolve(io.cwd, args.plan);
  let text: string;
  try {
    text = await readPlanText(planPath);
  } catch (e) {
    if (!(e instanceof PlanFileError)) throw e;
    io.stderr(
      `${{ missing: chiTieuText.planMissing, format: chiTieuText.planFormat, notFile: chiTieuText.planNotFile }[e.kind](shown(planPath))}\n`,
    );
    return ExitCode.file;
  }
  const parsed = parsePlan(text);
  const preview = previewOf(parsed);
  if (args.json) io.stdout(`${JSON.stringify(parsed.targets.map(asJson), null, 2)}\n`);
  else io.stdout(`${chiTieuText.table(preview).join('\n')}\n`);
  if (args.json && preview.unresolved.length > 0)
    io.stderr(`${chiTieuText.unresolved(preview).join('\n')}\n`);
  if (args.into === undefined) return ExitCode.ok;

  const input = resolve(io.cwd, args.into);
  const outFile = join(resolve(io.cwd, args.out), `${basename(input, extname(input))}-chi-tieu.xlsx`);
  {
    const snapshot = await readWorkbook(input);
    const plan = planAppend(snapshot, parsed.targets, basename(planPath));
    const notes = previewOf(parsed, snapshot).notes;
    if (plan.refusal) {
      io.stderr(`${plan.refusal}\n`);
      return ExitCode.dataErrors;
    }
    if (plan.create) {
      io.stderr(`${chiTieuText.noTargetSheet(shown(input))}\n`);
      return ExitCode.file;
    }
    const writes = [plan.header, plan.rows, plan.config].filter((w) => w !== null);
    const bytes = await copyWithCellWrites(await readXlsxBytes(input), writes).catch((e: unknown) => {
      if (e instanceof BrokenPackage) throw new XlsxFileError('CORRUPT', input, e.message);
      throw e;
    });
    await writeSafely(outFile, input, () => Promise.resolve(bytes));
    const lines = [
      ...notes,
      ...plan.skipped.map((s) => chiTieuText.skipped(s.target, s.row)),
      chiTieuText.added(plan.rows?.values.length ?? 0, plan.sheet),
      plan.config ? chiTieuText.configSet(plan.config.sheet) : chiTieuText.configKept,
      chiTieuText.written(shown(outFile)),
    ];
    io.stderr(`${lines.join('\n')}\n`);
    return ExitCode.ok;
  }
};

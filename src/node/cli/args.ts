// The command line's words: a command, at most one file, and a few options; anything else is a usage error.
import { usageText } from '../../core/i18n/cli';
import { findPreset } from '../../core/targets/presets';

export type Command =
  | { kind: 'help' }
  | { kind: 'tong-hop'; file: string; out: string; year?: number; preset?: string }
  | { kind: 'kiem-tra'; file: string; year?: number; preset?: string; list?: string }
  | { kind: 'mau'; out?: string };

export class UsageError extends Error {
  constructor(message: string) {
    super(message, { cause: { code: 'USAGE' } });
    this.name = 'UsageError';
  }
}

const COMMANDS = ['tong-hop', 'kiem-tra', 'mau'] as const;
type CommandName = (typeof COMMANDS)[number];
const OPTIONS: Record<CommandName, readonly string[]> = {
  'tong-hop': ['--nam', '--ke-hoach', '--out'],
  'kiem-tra': ['--nam', '--ke-hoach', '--ra'],
  mau: ['--out'],
};
export const DEFAULT_OUT = 'out';

const parseYear = (text: string): number => {
  if (!/^\d{4}$/u.test(text.trim())) throw new UsageError(usageText.badYear(text));
  const year = Number(text);
  if (year < 2000 || year > 2100) throw new UsageError(usageText.badYear(text));
  return year;
};

export const parseArgs = (argv: readonly string[], presetIds: readonly string[]): Command => {
  if (argv.some((a) => a === '-h' || a === '--help' || a === 'help' || a === 'tro-giup'))
    return { kind: 'help' };
  const [name, ...rest] = argv;
  if (name === undefined) throw new UsageError(usageText.noCommand);
  if (!(COMMANDS as readonly string[]).includes(name)) throw new UsageError(usageText.unknownCommand(name));
  const cmd = name as CommandName;
  const values = new Map<string, string>();
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i] ?? '';
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const opt = eq > 0 ? arg.slice(0, eq) : arg;
    if (!['--nam', '--ke-hoach', '--out', '--ra'].includes(opt))
      throw new UsageError(usageText.unknownOption(opt));
    if (!OPTIONS[cmd].includes(opt)) throw new UsageError(usageText.optionNotForCommand(opt, cmd));
    const value = eq > 0 ? arg.slice(eq + 1) : rest[++i];
    if (value === undefined || value === '' || value.startsWith('--'))
      throw new UsageError(usageText.missingValue(opt));
    values.set(opt, value);
  }
  const nam = values.get('--nam');
  const keHoach = values.get('--ke-hoach');
  const preset = keHoach === undefined ? undefined : findPreset(keHoach)?.id;
  if (keHoach !== undefined && preset === undefined)
    throw new UsageError(usageText.unknownPreset(keHoach, presetIds));
  const extra = positional[cmd === 'mau' ? 0 : 1];
  if (extra !== undefined) throw new UsageError(usageText.extraArgument(extra));
  const targets = {
    ...(nam === undefined ? {} : { year: parseYear(nam) }),
    ...(preset === undefined ? {} : { preset }),
  };
  if (cmd === 'mau') {
    const out = values.get('--out');
    return out === undefined ? { kind: 'mau' } : { kind: 'mau', out };
  }
  const file = positional[0];
  if (file === undefined) throw new UsageError(usageText.missingFile(cmd));
  if (cmd === 'kiem-tra') {
    const list = values.get('--ra');
    if (list !== undefined && !/\.xlsx$/iu.test(list)) throw new UsageError(usageText.listNotXlsx(list));
    return { kind: 'kiem-tra', file, ...targets, ...(list === undefined ? {} : { list }) };
  }
  return { kind: 'tong-hop', file, out: values.get('--out') ?? DEFAULT_OUT, ...targets };
};

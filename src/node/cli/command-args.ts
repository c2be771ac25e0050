// The sub-commands' own arguments (chi-tieu, lich-su, tong-hop-tinh): help on -h/--help, and a usage error
// printed with the command's usage (exit 2), the same way for each.
import { ExitCode, type CliIo } from './io';

/** Thrown by a sub-command's parser: the message is the officer's, the usage follows it. */
export class CommandUsage extends Error {}

/** The parsed arguments, or the exit code when help was asked for or the arguments were wrong. */
export const commandArgs = <A>(
  argv: readonly string[],
  io: CliIo,
  usage: string,
  parse: (argv: readonly string[]) => A,
  gap = '\n',
): { args: A } | { exit: number } => {
  if (argv.some((a) => a === '-h' || a === '--help')) {
    io.stdout(`${usage}\n`);
    return { exit: ExitCode.ok };
  }
  try {
    return { args: parse(argv) };
  } catch (e) {
    if (!(e instanceof CommandUsage)) throw e;
    io.stderr(`${e.message}${gap}${usage}\n`);
    return { exit: ExitCode.usage };
  }
};

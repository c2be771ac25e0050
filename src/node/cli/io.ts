// What the command line talks to, passed in so tests run it in-process and read what it printed.
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Base for relative paths. */
  cwd: string;
}

// C0 and C1 controls (ESC starts terminal commands: clear screen, set title) and bidirectional overrides, which can
// make a cell's text print as something else; tab and line feed are the CLI's own layout.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/gu;

/** Text from the workbook reaches the terminal as text, never as terminal commands. */
export const terminalSafe = (text: string): string => text.replace(UNSAFE, '\uFFFD');

export const safeIo = (io: CliIo): CliIo => ({
  stdout: (text) => io.stdout(terminalSafe(text)),
  stderr: (text) => io.stderr(terminalSafe(text)),
  cwd: io.cwd,
});

export const ExitCode = {
  ok: 0,
  /** Data errors found (kiem-tra), or the report is blocked by errors (tong-hop). */
  dataErrors: 1,
  usage: 2,
  /** The file is missing, not .xlsx, protected, corrupt, without the needed sheets, or cannot be written. */
  file: 3,
  /** A bug: reported without a stack trace, with a line to pass on to support. */
  internal: 4,
} as const;

/** Line-based progress on stderr, with the time each step took; stdout stays the summary alone. */
export class Progress {
  private readonly start = performance.now();
  private last = this.start;
  constructor(private readonly io: CliIo) {}

  step(text: string): void {
    this.io.stderr(`… ${text}\n`);
  }

  done(text: (ms: number) => string): void {
    const now = performance.now();
    this.io.stderr(`  ${text(Math.round(now - this.last))}\n`);
    this.last = now;
  }

  total(): number {
    return Math.round(performance.now() - this.start);
  }
}

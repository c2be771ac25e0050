// What the command line talks to, passed in so tests run it in-process and read what it printed.
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Base for relative paths. */
  cwd: string;
}

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

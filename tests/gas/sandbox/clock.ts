// The simulated clock: every top-level call into Code.js is one execution with its own budget; every service
// call advances the clock by the cost model; the script's own JavaScript is charged from measured CPU time.
// Past the budget the execution is dead, as on Google: every further service call throws, and the sandbox's
// `call` reports the timeout once the function has unwound.
import { COST, LIMITS, LIMIT_ERRORS } from './cost-model';

export interface Execution {
  name: string;
  budgetMs: number;
  /** Simulated time of the service calls. */
  serviceMs: number;
  /** Simulated time of the script's own JavaScript (measured CPU × factor), bundle load included. */
  scriptMs: number;
  calls: number;
  cellsRead: number;
  cellsWritten: number;
  timedOut: boolean;
}

export const totalMs = (e: Execution): number => e.serviceMs + e.scriptMs;

const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

export class ExecutionTimeout extends Error {
  constructor(readonly execution: Execution) {
    super(
      `${execution.name}: ${LIMIT_ERRORS.timeout} (${Math.round(totalMs(execution) / 1000)} s simulated)`,
    );
    this.name = 'ExecutionTimeout';
  }
}

export class Clock {
  readonly executions: Execution[] = [];
  current: Execution | null = null;
  /** Simulated epoch of the sandbox's Date: starts at a fixed instant and moves with every execution. */
  epochMs = Date.UTC(2026, 11, 2, 1, 0, 0);
  /** Writes not yet committed: the next read pays a flush. */
  pendingWrites = false;
  /** When set, the next execution gets this budget instead of Google's (forces an interruption). */
  nextBudgetMs: number | null = null;
  /** Charged at the start of every execution: the bundle's top level runs again (measured at load). */
  loadCpuMs = 0;
  private cpuStart = 0;
  private cpuInFakes = 0;
  /** CPU reading when the outermost fake call began: while a fake runs, the script's clock stands still. */
  private fakeEntryCpu: number | null = null;
  private dead = false;

  now(): number {
    return Math.floor(this.epochMs + (this.current ? this.elapsed() : 0));
  }

  elapsed(): number {
    const e = this.current;
    if (!e) return 0;
    this.updateScript();
    return totalMs(e);
  }

  begin(name: string): Execution {
    const custom = /^KH_/u.test(name);
    const budgetMs = this.nextBudgetMs ?? (custom ? LIMITS.customFunctionMs : LIMITS.executionMs);
    this.nextBudgetMs = null;
    const e: Execution = {
      name,
      budgetMs,
      serviceMs: 0,
      scriptMs: 0,
      calls: 0,
      cellsRead: 0,
      cellsWritten: 0,
      timedOut: false,
    };
    this.current = e;
    this.dead = false;
    this.pendingWrites = false;
    this.cpuStart = cpuMs();
    this.cpuInFakes = 0;
    return e;
  }

  end(): Execution {
    const e = this.current;
    if (!e) throw new Error('no execution running');
    this.updateScript();
    this.epochMs += totalMs(e) + 1000;
    this.executions.push(e);
    this.current = null;
    return e;
  }

  private updateScript(): void {
    const e = this.current;
    if (!e) return;
    // Inside a fake the script is not running: without the freeze, a fake that reads the clock (the Sheets API's
    // per-minute window) would see its own CPU as the script's time, then the clock would step back on return.
    const own = Math.max(0, (this.fakeEntryCpu ?? cpuMs()) - this.cpuStart - this.cpuInFakes);
    e.scriptMs = (own + this.loadCpuMs) * COST.scriptCpuFactor;
  }

  /** Runs a fake's method: its own CPU is not the script's, its cost is the model's. */
  inFake<T>(f: () => T): T {
    if (this.fakeEntryCpu !== null) return f();
    const t0 = cpuMs();
    this.fakeEntryCpu = t0;
    try {
      return f();
    } finally {
      this.fakeEntryCpu = null;
      this.cpuInFakes += cpuMs() - t0;
    }
  }

  /** Throws Google's timeout once the budget is spent, and keeps throwing for the rest of the execution. */
  check(error: (m: string) => Error): void {
    const e = this.current;
    if (!e) return;
    if (this.dead || this.elapsed() > e.budgetMs) {
      this.dead = true;
      e.timedOut = true;
      throw error(LIMIT_ERRORS.timeout);
    }
  }

  charge(ms: number, cells: { read?: number; written?: number } = {}): void {
    const e = this.current;
    if (!e) return;
    e.serviceMs += ms;
    e.calls += 1;
    e.cellsRead += cells.read ?? 0;
    e.cellsWritten += cells.written ?? 0;
  }
}

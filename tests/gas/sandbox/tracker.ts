// Counts every call on every fake service object, charges it to the simulated clock, and can make every
// service throw on access.
import type { Clock } from './clock';
import { chargeCall } from './costs';
export interface Realm {
  Date: DateConstructor;
  Error: ErrorConstructor;
  Array: ArrayConstructor;
}

/** Marker base of every fake service object, so returned objects get tracked too. */
export abstract class Fake {
  abstract readonly kind: string;
}

const targets = new WeakMap<object, object>();
/** The fake behind a tracked proxy: fakes use it on their arguments so their own inner calls are not counted. */
export const rawOf = <T>(v: T): T =>
  typeof v === 'object' && v !== null ? ((targets.get(v) as T | undefined) ?? v) : v;

export class Tracker {
  readonly counts = new Map<string, number>();
  /** Cells read or written, per service method (reset with the counts). */
  readonly cells = new Map<string, number>();
  /** When set, touching any service object throws (proves the bundle's load-time code touches nothing). */
  armed = false;
  private readonly proxies = new WeakMap<object, object>();
  /** The simulated clock every call is charged to (none: calls are only counted). */
  clock: Clock | null = null;

  constructor(readonly realm: Realm) {}

  get total(): number {
    let n = 0;
    for (const v of this.counts.values()) n += v;
    return n;
  }

  reset(): void {
    this.counts.clear();
    this.cells.clear();
  }

  /** Error of the sandbox's realm, as Apps Script's own exceptions are. */
  error(message: string): Error {
    return new this.realm.Error(message);
  }

  track<T extends object>(target: T, label: string): T {
    const known = this.proxies.get(target);
    if (known) return known as T;
    const proxy = new Proxy(target, {
      get: (t, prop, _receiver) => {
        if (this.armed) throw this.error(`service touched at load time: ${label}.${String(prop)}`);
        const value = Reflect.get(t, prop, t) as unknown;
        // A service's nested service (Sheets.Spreadsheets.Values) is tracked like a returned object.
        if (value instanceof Fake) return this.track(value, value.kind);
        if (typeof value !== 'function' || typeof prop === 'symbol' || prop === 'constructor') return value;
        return (...args: unknown[]) => {
          const name = `${label}.${prop}`;
          this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
          const run = () => (value as (...a: unknown[]) => unknown).apply(t, args);
          const clock = this.clock;
          if (!clock?.current) return this.wrap(run());
          const err = (m: string) => this.error(m);
          clock.check(err);
          const result = clock.inFake(() => {
            const r = run();
            const e = clock.current;
            const before = e ? e.cellsRead + e.cellsWritten : 0;
            chargeCall(clock, label, prop, t, args, r);
            if (e) {
              const moved = e.cellsRead + e.cellsWritten - before;
              if (moved > 0) this.cells.set(name, (this.cells.get(name) ?? 0) + moved);
            }
            return this.wrap(r);
          });
          // The call that crosses the budget has had its effect (a document exists); the script dies after it.
          clock.check(err);
          return result;
        };
      },
      set: (t, prop, value) => {
        if (this.armed) throw this.error(`service touched at load time: ${label}.${String(prop)}`);
        return Reflect.set(t, prop, value, t);
      },
    });
    this.proxies.set(target, proxy);
    targets.set(proxy, target);
    return proxy;
  }

  wrap(value: unknown): unknown {
    if (value instanceof Fake) return this.track(value, value.kind);
    if (Array.isArray(value) && value.some((v) => v instanceof Fake))
      return this.realm.Array.from(value, (v) => this.wrap(v));
    return value;
  }
}

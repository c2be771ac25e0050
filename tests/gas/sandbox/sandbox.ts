// Loads build/Code.js in a node:vm context that, like Apps Script, has no require, process, Buffer or timers,
// with the fake services installed as its globals and every call on them counted.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import type { WorkbookSnapshot } from '../../../src/core/snapshot';
import { FakeCharts, FakeDocumentApp } from './docs';
import { FakeHtmlService } from './html';
import { FakeLockService, FakePropertiesService } from './misc';
import { FakeSpreadsheet, FakeSpreadsheetApp } from './spreadsheet';
import { Clock, ExecutionTimeout, type Execution } from './clock';
import { Tracker, type Realm } from './tracker';
import { FakeUi } from './ui';
import { FakeSheets, FakeSheetsValues, FakeUtilities } from './sheets-api';

// Jest runs this as CommonJS (__dirname); the bench runs it as ESM from the repository root.
export const ROOT = typeof __dirname === 'string' ? join(__dirname, '../../..') : process.cwd();
export const BUILD = join(ROOT, 'build');
/** The province association's project (scripts/build.mjs builds both). */
export const BUILD_TINH = join(ROOT, 'build-tinh');
export type Project = 'xa' | 'tinh';
const buildDir = (p: Project) => (p === 'tinh' ? BUILD_TINH : BUILD);

const newest = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((m, e) => {
    const p = join(dir, e.name);
    return Math.max(m, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }, 0);

/** Builds the bundle when it is missing or older than its sources, so `npx jest tests/gas` tests the current code. */
export const ensureBuilt = (): void => {
  const code = join(BUILD, 'Code.js');
  const tinh = join(BUILD_TINH, 'Code.js');
  const fresh =
    existsSync(code) &&
    existsSync(tinh) &&
    existsSync(join(BUILD, 'Sidebar.html')) &&
    Math.min(statSync(code).mtimeMs, statSync(tinh).mtimeMs) >=
      Math.max(
        newest(join(ROOT, 'src')),
        newest(join(ROOT, 'sheets-templates')),
        statSync(join(ROOT, 'scripts/build.mjs')).mtimeMs,
      );
  if (fresh) return;
  execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'pipe' });
};

const cached = new Map<Project, { code: string; files: Record<string, string> }>();
export const bundle = (project: Project = 'xa'): { code: string; files: Record<string, string> } => {
  const known = cached.get(project);
  if (known) return known;
  ensureBuilt();
  const dir = buildDir(project);
  const files: Record<string, string> = {};
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.html')))
    files[f.replace(/\.html$/u, '')] = readFileSync(join(dir, f), 'utf8');
  const built = { code: readFileSync(join(dir, 'Code.js'), 'utf8'), files };
  cached.set(project, built);
  return built;
};

export interface Sandbox {
  context: vm.Context;
  tracker: Tracker;
  ss: FakeSpreadsheet;
  ui: FakeUi;
  app: FakeSpreadsheetApp;
  locks: FakeLockService;
  properties: FakePropertiesService;
  documents: FakeDocumentApp;
  /** The simulated clock: one execution per `call`, each with Google's budget (see cost-model.ts). */
  clock: Clock;
  /**
   * Calls a top-level function of the bundle as one Apps Script execution (a menu item, a custom function, or a
   * `google.script.run` call from a sidebar). Throws ExecutionTimeout when the execution ran out of time.
   */
  call: (name: string, ...args: unknown[]) => unknown;
  /** The execution of the last `call`. */
  last: () => Execution;
  /** Runs `f` and returns the service calls it made. */
  count: (f: () => void) => number;
  /** Milliseconds spent running Code.js's top level (what every custom-function call pays again). */
  loadMs: number;
  /** The Sheets API's view of other spreadsheets (the province project reads the communes' through it). */
  sheetsApi: FakeSheetsValues;
  utilities: FakeUtilities;
}

export interface SandboxOptions {
  snapshot?: WorkbookSnapshot;
  /** Load with services that throw on any access (load time must touch nothing). */
  armedDuringLoad?: boolean;
  code?: string;
  /** Which project's bundle: the commune's add-in (default) or the province association's. */
  project?: Project;
  /** Project files left out, as when an install pushed only part of build/. */
  withoutFiles?: readonly string[];
}

export const createSandbox = (opts: SandboxOptions = {}): Sandbox => {
  const project = opts.project ?? 'xa';
  const built = bundle(project);
  const code = opts.code ?? built.code;
  const files = Object.fromEntries(
    Object.entries(built.files).filter(([name]) => !(opts.withoutFiles ?? []).includes(name)),
  );
  const context = vm.createContext({});
  const realm = vm.runInContext('({ Date: Date, Error: Error, Array: Array })', context) as Realm;
  const clock = new Clock();
  // The script's clock is the simulated one: `new Date()` and `Date.now()` move with the cost model, so code
  // that watches its own elapsed time (report slices) sees what Google's execution would.
  (context as Record<string, unknown>).__simNow = () => clock.now();
  vm.runInContext(
    `(function (D, now) {
      function SimDate() {
        if (!(this instanceof SimDate)) return new D(now()).toString();
        var a = Array.prototype.slice.call(arguments);
        return a.length === 0 ? new D(now()) : new (Function.prototype.bind.apply(D, [null].concat(a)))();
      }
      SimDate.prototype = D.prototype;
      SimDate.now = function () { return now(); };
      SimDate.UTC = D.UTC;
      SimDate.parse = D.parse;
      globalThis.Date = SimDate;
    })(Date, __simNow); delete globalThis.__simNow;`,
    context,
  );
  const tracker = new Tracker(realm);
  tracker.clock = clock;
  const ui = new FakeUi();
  const ss = opts.snapshot
    ? FakeSpreadsheet.fromSnapshot(realm, ui, opts.snapshot)
    : new FakeSpreadsheet(realm, ui);
  const app = new FakeSpreadsheetApp(ss);
  const locks = new FakeLockService();
  const properties = new FakePropertiesService();
  const documents = new FakeDocumentApp();
  const sheetsApi = new FakeSheetsValues(tracker, clock);
  const utilities = new FakeUtilities();
  // Advanced services exist only where the manifest enables them: the province's project.
  if (project === 'tinh')
    Object.assign(context, {
      Sheets: tracker.track(new FakeSheets(sheetsApi), 'Sheets'),
      Utilities: tracker.track(utilities, 'Utilities'),
    });
  Object.assign(context, {
    SpreadsheetApp: tracker.track(app, 'SpreadsheetApp'),
    LockService: tracker.track(locks, 'LockService'),
    PropertiesService: tracker.track(properties, 'PropertiesService'),
    HtmlService: tracker.track(new FakeHtmlService(files), 'HtmlService'),
    DocumentApp: tracker.track(documents, 'DocumentApp'),
    Charts: tracker.track(new FakeCharts(), 'Charts'),
  });
  tracker.armed = opts.armedDuringLoad ?? false;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  try {
    vm.runInContext(code, context, { filename: 'Code.js' });
  } finally {
    tracker.armed = false;
  }
  const loadMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  clock.loadCpuMs = (cpu.user + cpu.system) / 1000;
  let executions = 0;
  const call = (name: string, ...args: unknown[]): unknown => {
    const f = (context as Record<string, unknown>)[name];
    if (typeof f !== 'function') throw new Error(`Code.js has no top-level function ${name}`);
    // Every Google execution starts from Code.js again: nothing a previous one built or loaded (the split
    // modules above all) is still there. Its cost is the one measured at the first load (clock.loadCpuMs).
    if (executions++ > 0) vm.runInContext(code, context, { filename: 'Code.js' });
    const fresh = (context as Record<string, unknown>)[name] as (...a: unknown[]) => unknown;
    clock.begin(name);
    let out: unknown;
    let failure: unknown = null;
    try {
      out = fresh(...args);
    } catch (err) {
      failure = err;
    }
    const e = clock.end();
    if (e.timedOut || e.serviceMs + e.scriptMs > e.budgetMs) {
      e.timedOut = true;
      // Google ends a killed execution's locks with it.
      locks.documentLock.held = false;
      throw new ExecutionTimeout(e);
    }
    if (failure !== null) throw failure;
    return out;
  };
  const last = (): Execution => {
    const e = clock.executions.at(-1);
    if (!e) throw new Error('no execution yet');
    return e;
  };
  const count = (f: () => void): number => {
    tracker.reset();
    f();
    return tracker.total;
  };
  return {
    context,
    tracker,
    ss,
    ui,
    app,
    locks,
    properties,
    documents,
    clock,
    call,
    last,
    count,
    loadMs,
    sheetsApi,
    utilities,
  };
};

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
import { Tracker, type Realm } from './tracker';
import { FakeUi } from './ui';

// Jest runs this as CommonJS (__dirname); the bench runs it as ESM from the repository root.
export const ROOT = typeof __dirname === 'string' ? join(__dirname, '../../..') : process.cwd();
export const BUILD = join(ROOT, 'build');

const newest = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((m, e) => {
    const p = join(dir, e.name);
    return Math.max(m, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
  }, 0);

/** Builds the bundle when it is missing or older than its sources, so `npx jest tests/gas` tests the current code. */
export const ensureBuilt = (): void => {
  const code = join(BUILD, 'Code.js');
  const fresh =
    existsSync(code) &&
    existsSync(join(BUILD, 'Sidebar.html')) &&
    statSync(code).mtimeMs >=
      Math.max(
        newest(join(ROOT, 'src')),
        newest(join(ROOT, 'sheets-templates')),
        statSync(join(ROOT, 'scripts/build.mjs')).mtimeMs,
      );
  if (fresh) return;
  execFileSync(process.execPath, [join(ROOT, 'scripts/build.mjs')], { cwd: ROOT, stdio: 'pipe' });
};

let cached: { code: string; files: Record<string, string> } | null = null;
export const bundle = (): { code: string; files: Record<string, string> } => {
  if (cached) return cached;
  ensureBuilt();
  const files: Record<string, string> = {};
  for (const f of readdirSync(BUILD).filter((n) => n.endsWith('.html')))
    files[f.replace(/\.html$/u, '')] = readFileSync(join(BUILD, f), 'utf8');
  cached = { code: readFileSync(join(BUILD, 'Code.js'), 'utf8'), files };
  return cached;
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
  /** Calls a top-level function of the bundle, as Apps Script would. */
  call: (name: string, ...args: unknown[]) => unknown;
  /** Runs `f` and returns the service calls it made. */
  count: (f: () => void) => number;
  /** Milliseconds spent running Code.js's top level (what every custom-function call pays again). */
  loadMs: number;
}

export interface SandboxOptions {
  snapshot?: WorkbookSnapshot;
  /** Load with services that throw on any access (load time must touch nothing). */
  armedDuringLoad?: boolean;
  code?: string;
}

export const createSandbox = (opts: SandboxOptions = {}): Sandbox => {
  const { code, files } = opts.code !== undefined ? { code: opts.code, files: bundle().files } : bundle();
  const context = vm.createContext({});
  const realm = vm.runInContext('({ Date: Date, Error: Error, Array: Array })', context) as Realm;
  const tracker = new Tracker(realm);
  const ui = new FakeUi();
  const ss = opts.snapshot
    ? FakeSpreadsheet.fromSnapshot(realm, ui, opts.snapshot)
    : new FakeSpreadsheet(realm, ui);
  const app = new FakeSpreadsheetApp(ss);
  const locks = new FakeLockService();
  const properties = new FakePropertiesService();
  const documents = new FakeDocumentApp();
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
  try {
    vm.runInContext(code, context, { filename: 'Code.js' });
  } finally {
    tracker.armed = false;
  }
  const loadMs = performance.now() - t0;
  const call = (name: string, ...args: unknown[]): unknown => {
    const f = (context as Record<string, unknown>)[name];
    if (typeof f !== 'function') throw new Error(`Code.js has no top-level function ${name}`);
    return (f as (...a: unknown[]) => unknown)(...args);
  };
  const count = (f: () => void): number => {
    tracker.reset();
    f();
    return tracker.total;
  };
  return { context, tracker, ss, ui, app, locks, properties, documents, call, count, loadMs };
};

// The sandbox is as strict as Apps Script where the product could break: time, document size, grid size.
import vm from 'node:vm';
import { Clock, ExecutionTimeout } from './sandbox/clock';
import { COST, LIMITS } from './sandbox/cost-model';
import { createSandbox } from './sandbox/sandbox';

test('a menu item gets 6 minutes, a custom function 30 seconds', () => {
  const sb = createSandbox();
  sb.call('menuHuongDan');
  expect(sb.last().budgetMs).toBe(LIMITS.executionMs);
  sb.call('KH_CHUANHOA', '  Thôn   Đông ');
  expect(sb.last().budgetMs).toBe(LIMITS.customFunctionMs);
});

test("past its budget an execution dies: Google's error, no further service call, the lock released", () => {
  const validations = (sb: ReturnType<typeof createSandbox>) =>
    sb.ss.sheets.reduce((n, s) => n + s.validations.length, 0);
  const full = createSandbox();
  full.ss.addSheet('Trang tính1');
  full.call('menuThietLap');
  // Its service calls alone cost more than 50 ms on the cost model: a 50 ms budget ends it early.
  expect(full.last().serviceMs).toBeGreaterThan(200);
  const sb = createSandbox();
  sb.ss.addSheet('Trang tính1');
  sb.clock.nextBudgetMs = 50;
  expect(() => sb.call('menuThietLap')).toThrow(ExecutionTimeout);
  expect(sb.last().timedOut).toBe(true);
  expect(validations(sb)).toBeLessThan(validations(full));
  // The alert in the menu's error path could not run either: the execution was over.
  expect(sb.ui.alerts).toEqual([]);
  expect(sb.locks.documentLock.held).toBe(false);
  // The next execution has its own budget again.
  sb.call('menuHuongDan');
  expect(sb.last().timedOut).toBe(false);
});

test("the bundle's Date is the simulated clock: an alert advances it by the officer's wait", () => {
  const sb = createSandbox();
  const now = () => vm.runInContext('Date.now()', sb.context) as number;
  const t0 = now();
  sb.call('menuHuongDan');
  const e = sb.last();
  expect(e.serviceMs).toBeGreaterThanOrEqual(COST.alertMs);
  expect(now() - t0).toBeGreaterThanOrEqual(COST.alertMs);
  expect(vm.runInContext('new Date().getTime() === Date.now()', sb.context)).toBe(true);
});

test('a read after pending writes pays a flush; reads in a row do not', () => {
  const sb = createSandbox({ snapshot: { A: [['x']] } });
  sb.clock.begin('probe');
  const sheet = sb.app.getActiveSpreadsheet().getSheetByName('A');
  const tracked = sb.tracker.track(sheet!, 'Sheet');
  tracked.getRange(1, 1, 1, 1).setValues([['y']]);
  const before = sb.clock.current!.serviceMs;
  tracked.getSheetValues(1, 1, 1, 1);
  const first = sb.clock.current!.serviceMs - before;
  tracked.getSheetValues(1, 1, 1, 1);
  const second = sb.clock.current!.serviceMs - before - first;
  sb.clock.end();
  expect(first).toBeGreaterThanOrEqual(COST.flushMs);
  expect(second).toBeLessThan(COST.flushMs);
});

test('a document refuses to grow past about 1.02 million characters', () => {
  const sb = createSandbox();
  const body = sb.documents.create('x').getBody();
  const row = Array.from({ length: 10 }, () => 'a'.repeat(999));
  body.appendTable(Array.from({ length: 100 }, () => row));
  expect(() => body.appendTable(Array.from({ length: 3 }, () => row))).toThrow(/too large/u);
});

test('a new sheet is 1,000 × 26, the grid is enforced, 10 million cells and 50,000 characters per cell', () => {
  const sb = createSandbox();
  const s = sb.ss.insertSheet('Mới');
  expect([s.getMaxRows(), s.getMaxColumns()]).toEqual([1000, 26]);
  expect(() => s.getRange(1001, 1, 1, 1)).toThrow(/outside the dimensions/u);
  s.insertRowsAfter(1000, 500);
  expect(s.getRange(1500, 1, 1, 1).getA1Notation()).toBe('A1500');
  expect(() => s.getRange(1, 1).setValues([['x'.repeat(LIMITS.cellChars + 1)]])).toThrow(/50000 characters/u);
  expect(() => sb.ss.addSheet('Lớn', 400_000, 26)).toThrow(/above the limit of 10000000 cells/u);
});

test("while a fake runs the script's clock stands still, and it never steps back when the fake returns", () => {
  const clock = new Clock();
  clock.begin('menuTongHopTinh');
  const burn = (ms: number) => {
    const end = process.cpuUsage().user / 1000 + ms;
    while (process.cpuUsage().user / 1000 < end);
  };
  burn(5);
  const before = clock.now();
  let inside = 0;
  clock.inFake(() => {
    // A fake's own CPU (the Sheets API fake checking its per-minute window) is not the script's time.
    burn(30);
    inside = clock.now();
  });
  const after = clock.now();
  expect(inside - before).toBeLessThan(5 * COST.scriptCpuFactor + 2);
  expect(after).toBeGreaterThanOrEqual(inside);
  clock.end();
});

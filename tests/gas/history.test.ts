// "Lịch sử" on Google: every "Chấm điểm và tổng hợp" merges this year into it as the command line's tong-hop does
// (core's updateHistory), and a sheet it cannot read, or another commune's, is left as it was with the reason shown.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { layout } from '../../src/core/layout';
import type { CellValue, WorkbookSnapshot } from '../../src/core/snapshot';
import { readWorkbook } from '../../src/node/xlsx/read';
import { buildTemplateWorkbook } from '../../src/node/xlsx/template';
import { saveWorkbook } from '../../src/node/xlsx/write';
import { generateCommune } from '../../sheets-templates/sample/generate';
import { createSandbox, type Sandbox } from './sandbox/sandbox';
import { GENERATED_AT, SMALL, cells, cliCopySheet } from './summary-copy';

const SHEET = 'Lịch sử';
// 0-based columns of the summary schema.
const COMMUNE = 2;
const YEAR = 4;
// 4 villages: 10 commune rows and 5 per village.
const ROWS_PER_YEAR = 10 + 4 * 5;

const historyRows = (sb: Sandbox) => cells(sb.ss.sheet(SHEET).dump());
const yearsOf = (rows: CellValue[][]) => rows.slice(1).map((r) => r[YEAR]);
const count = (xs: readonly unknown[], x: unknown) => xs.filter((y) => y === x).length;
const lastToast = (sb: Sandbox) => sb.ss.toasts[sb.ss.toasts.length - 1] ?? '';

let dir = '';
let snapshot: WorkbookSnapshot = {};
let xlsx = '';
/** The sample's own history after one run, its year changed to 2025: an older year as tong-hop would have left it. */
let year2025: CellValue[][] = [];
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'khuyenhoc-history-'));
  xlsx = join(dir, 'xa-mau.xlsx');
  await saveWorkbook(buildTemplateWorkbook(generateCommune(SMALL)), xlsx);
  snapshot = await readWorkbook(xlsx);
  const sb = createSandbox({ snapshot });
  sb.call('menuTongHop');
  const [header = [], ...rows] = historyRows(sb);
  year2025 = [header, ...rows.map((r) => r.map((v, c) => (c === YEAR ? 2025 : v)))];
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

test('the first run writes this year to "Lịch sử", owned, as the .xlsx copy the command line makes', async () => {
  const sb = createSandbox({ snapshot });
  sb.call('menuTongHop');
  const onGoogle = historyRows(sb);
  expect(yearsOf(onGoogle)).toEqual(Array(ROWS_PER_YEAR).fill(2026));
  expect(sb.ss.sheet(SHEET).metadata.map((m) => m.getValue())).toEqual(['history']);
  const generatedAt = String(onGoogle[1]?.[GENERATED_AT]);
  expect(onGoogle).toEqual(await cliCopySheet(xlsx, dir, SHEET, generatedAt));
}, 60_000);

test('an older year already in "Lịch sử" is kept, and a re-run replaces this year only', () => {
  const sb = createSandbox({ snapshot: { ...snapshot, [SHEET]: year2025 } });
  sb.call('menuTongHop');
  sb.call('menuTongHop');
  const rows = historyRows(sb);
  expect(count(yearsOf(rows), 2025)).toBe(ROWS_PER_YEAR);
  expect(count(yearsOf(rows), 2026)).toBe(ROWS_PER_YEAR);
  expect(rows.length).toBe(1 + 2 * ROWS_PER_YEAR);
  // Year ascending: the 2025 rows first, exactly as they were put in.
  expect(rows.slice(0, 1 + ROWS_PER_YEAR)).toEqual(cells(year2025));
  // The sheet .xlsx brought in had no metadata: it is taken as owned because it read as this commune's history.
  expect(sb.ss.sheet(SHEET).metadata.map((m) => m.getValue())).toEqual(['history']);
  expect(sb.ui.alerts).toEqual([]);
});

test("another commune's history is left untouched and the officer is told why", () => {
  const other = year2025.map((r, i) => (i === 0 ? r : r.map((v, c) => (c === COMMUNE ? 'Tân Lập' : v))));
  const sb = createSandbox({ snapshot: { ...snapshot, [SHEET]: other } });
  sb.call('menuTongHop');
  expect(historyRows(sb)).toEqual(cells(other));
  expect(sb.ss.sheet(SHEET).metadata).toEqual([]);
  expect(lastToast(sb)).toMatch(
    /^Đã ghi trang "Tổng hợp"\. .*xã Tân Lập \(năm 2025\), không phải xã Hòa An\.$/u,
  );
  // The rest of the run is written as usual.
  expect(sb.ss.sheet(layout.owned.provinceSummary).dump().length).toBe(1 + ROWS_PER_YEAR);
  expect(sb.ui.alerts).toEqual([]);
});

test('a "Lịch sử" that is not a history is left untouched, the run goes on, and the reason is shown', () => {
  const mine = [['Bảng của tôi'], [42]];
  const sb = createSandbox({ snapshot: { ...snapshot, [SHEET]: mine } });
  sb.call('menuTongHop');
  expect(sb.ss.sheet(SHEET).dump()).toEqual(mine);
  expect(lastToast(sb)).toContain('"Lịch sử"');
  expect(sb.ss.sheet(layout.owned.summary).dump().length).toBeGreaterThan(0);
  expect(sb.ui.alerts).toEqual([]);
});

test('the history the officer renamed is still the one updated, its older year kept', () => {
  const sb = createSandbox({ snapshot: { ...snapshot, [SHEET]: year2025 } });
  sb.call('menuTongHop');
  const owned = sb.ss.sheet(SHEET);
  owned.name = 'Lịch sử của xã';
  sb.call('menuTongHop');
  expect(sb.ss.sheets.filter((s) => s.name === SHEET)).toHaveLength(0);
  expect(count(yearsOf(cells(owned.dump())), 2025)).toBe(ROWS_PER_YEAR);
  expect(count(yearsOf(cells(owned.dump())), 2026)).toBe(ROWS_PER_YEAR);
});

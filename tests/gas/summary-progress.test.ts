// "Tổng hợp" on Google carries the progress block the command line's copy carries (figures by year from the merged
// "Lịch sử", this year included, the target rows and sentences) and, under the column chart, the line chart drawn
// from the block's rows; both charts are replaced on every run.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildHistorySheet, readHistorySheet } from '../../src/core/history/sheet';
import { layout } from '../../src/core/layout';
import type { CellValue, WorkbookSnapshot } from '../../src/core/snapshot';
import { readWorkbook } from '../../src/node/xlsx/read';
import { buildTemplateWorkbook } from '../../src/node/xlsx/template';
import { saveWorkbook, writeCopyWithOwnedSheets } from '../../src/node/xlsx/write';
import { generateCommune } from '../../sheets-templates/sample/generate';
import { createSandbox, type Sandbox } from './sandbox/sandbox';
import { GENERATED_AT, SMALL, cells, cliCopySheet } from './summary-copy';

const SUMMARY = layout.owned.summary;
const HISTORY = 'Lịch sử';
// 0-based columns of the summary schema.
const COMMUNE = 2;
const YEAR = 4;

/** Trailing blank cells dropped: the .xlsx reader ends a row at its last written cell, a sheet's grid does not. */
const trimmed = (rows: CellValue[][]) =>
  rows.map((r) => {
    let end = r.length;
    while (end > 0 && r[end - 1] === '') end--;
    return r.slice(0, end);
  });
const summaryOf = (sb: Sandbox) => trimmed(cells(sb.ss.sheet(SUMMARY).dump()));
const cliSummary = async (xlsx: string, generatedAt: string) =>
  trimmed(await cliCopySheet(xlsx, dir, SUMMARY, generatedAt));
const generatedAtOf = (sb: Sandbox) =>
  String(sb.ss.sheet(layout.owned.provinceSummary).dump()[1]?.[GENERATED_AT]);
/** 1-based row of the progress block's header ("Chỉ số (%)" then the years). */
const blockHeaderRow = (rows: CellValue[][]) => rows.findIndex((r) => r[0] === 'Chỉ số (%)') + 1;

let dir = '';
/** The sample commune, no "Lịch sử". */
let fresh = '';
let freshSnapshot: WorkbookSnapshot = {};
/** The same commune with a "Lịch sử" of 2025 (its own year moved back), as the command line reads it. */
let withHistory = '';
let historySnapshot: WorkbookSnapshot = {};
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'khuyenhoc-progress-'));
  fresh = join(dir, 'xa-mau.xlsx');
  await saveWorkbook(buildTemplateWorkbook(generateCommune(SMALL)), fresh);
  freshSnapshot = await readWorkbook(fresh);
  const sb = createSandbox({ snapshot: freshSnapshot });
  sb.call('menuTongHop');
  const [header = [], ...rows] = cells(sb.ss.sheet(HISTORY).dump());
  const read = readHistorySheet([header, ...rows.map((r) => r.map((v, c) => (c === YEAR ? 2025 : v)))]);
  if (read.kind !== 'ok') throw new Error(`history not read: ${read.kind}`);
  withHistory = join(dir, 'xa-co-lich-su.xlsx');
  await writeCopyWithOwnedSheets(fresh, withHistory, [buildHistorySheet(read.rows)]);
  historySnapshot = await readWorkbook(withHistory);
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

test('with two years of history "Tổng hợp" equals the command line\'s copy cell for cell, progress block included', async () => {
  const sb = createSandbox({ snapshot: historySnapshot });
  sb.call('menuTongHop');
  const onGoogle = summaryOf(sb);
  const header = onGoogle[blockHeaderRow(onGoogle) - 1] ?? [];
  // The years from the history's 2025 to this run's 2026 (the merged history), then the plan's later years.
  expect(header.slice(0, 3)).toEqual(['Chỉ số (%)', 2025, 2026]);
  expect(onGoogle).toEqual(await cliSummary(withHistory, generatedAtOf(sb)));
}, 60_000);

test('the line chart is drawn under the column chart from the block rows, series by row, targets as points', () => {
  const sb = createSandbox({ snapshot: historySnapshot });
  sb.call('menuTongHop');
  const sheet = sb.ss.sheet(SUMMARY);
  const rows = summaryOf(sb);
  const charts = sheet.charts;
  expect(charts.map((c) => c.type)).toEqual(['column', 'line']);
  const [column, line] = charts;
  const top = blockHeaderRow(rows);
  // The block holds a figures row and a targets row for each of the sample's 9 followed indicators; the chart takes
  // the first 5 (one colour each): the header row and the 10 rows under it, the years 2025 to 2030 in B to G.
  let end = top;
  while (String(rows[end]?.[0] ?? '').length > 0) end++;
  expect(end - top).toBe(18);
  expect((rows[top - 1] ?? []).slice(1)).toEqual([2025, 2026, 2027, 2028, 2029, 2030]);
  const last = top + 10;
  expect(line?.ranges).toEqual([`A${top}:G${last}`]);
  expect(line?.transposed).toBe(true);
  expect(line?.numHeaders).toBe(1);
  expect(line?.title).toBe('Tỷ lệ theo năm so với chỉ tiêu');
  // Figures rows are lines, targets rows (every second series) points alone, in their figures' colour.
  const series = line?.options.series as Record<string, { lineWidth: number; color: string }>;
  const count = last - top;
  expect(Object.keys(series)).toHaveLength(count);
  for (let i = 0; i < count; i += 2) {
    expect(series[i]?.lineWidth).toBeGreaterThan(0);
    expect(series[i + 1]?.lineWidth).toBe(0);
    expect(series[i + 1]?.color).toBe(series[i]?.color);
  }
  // Under the table, the column chart first, the line chart 21 rows below it (as the .xlsx copy stacks them).
  expect(column?.position).toEqual([rows.length + 2, 1]);
  expect(line?.position).toEqual([rows.length + 2 + 21, 1]);
});

test('a re-run keeps exactly one column chart and one line chart', () => {
  const sb = createSandbox({ snapshot: historySnapshot });
  sb.call('menuTongHop');
  const once = sb.ss.sheet(SUMMARY).charts.map((c) => ({ ...c }));
  sb.call('menuTongHop');
  const charts = sb.ss.sheet(SUMMARY).charts;
  expect(charts.map((c) => c.type)).toEqual(['column', 'line']);
  expect(charts.map((c) => ({ ...c }))).toEqual(once);
});

test('without a "Lịch sử" the first run shows this year alone, as the command line does', async () => {
  const sb = createSandbox({ snapshot: freshSnapshot });
  sb.call('menuTongHop');
  const onGoogle = summaryOf(sb);
  expect((onGoogle[blockHeaderRow(onGoogle) - 1] ?? []).slice(0, 2)).toEqual(['Chỉ số (%)', 2026]);
  expect(onGoogle).toEqual(await cliSummary(fresh, generatedAtOf(sb)));
}, 60_000);

test('a "Lịch sử" that is not a history gives no progress block and no line chart, as the command line', async () => {
  const mine = [['Bảng của tôi'], [42]];
  const sb = createSandbox({ snapshot: { ...freshSnapshot, [HISTORY]: mine } });
  sb.call('menuTongHop');
  const onGoogle = summaryOf(sb);
  expect(blockHeaderRow(onGoogle)).toBe(0);
  expect(sb.ss.sheet(SUMMARY).charts.map((c) => c.type)).toEqual(['column']);
});

test("another commune's history gives no progress block and no line chart, as the command line", () => {
  const other = cells(historySnapshot[HISTORY] ?? []).map((r, i) =>
    i === 0 ? r : r.map((v, c) => (c === COMMUNE ? 'Tân Lập' : v)),
  );
  const sb = createSandbox({ snapshot: { ...historySnapshot, [HISTORY]: other } });
  sb.call('menuTongHop');
  expect(blockHeaderRow(summaryOf(sb))).toBe(0);
  expect(sb.ss.sheet(SUMMARY).charts.map((c) => c.type)).toEqual(['column']);
});

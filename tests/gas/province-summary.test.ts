// "Số liệu gửi tỉnh" on Google: written by every "Chấm điểm và tổng hợp" as an owned sheet, with the same rows as the
// command line's copy of the same workbook (both write summaryToCells of summaryRowsOf), and owned like the others.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { layout } from '../../src/core/layout';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { readSummarySheet } from '../../src/core/summary/cells';
import { readWorkbook } from '../../src/node/xlsx/read';
import { buildTemplateWorkbook } from '../../src/node/xlsx/template';
import { saveWorkbook } from '../../src/node/xlsx/write';
import { generateCommune } from '../../sheets-templates/sample/generate';
import { createSandbox, type Sandbox } from './sandbox/sandbox';
import { GENERATED_AT, SMALL, cells, cliCopySheet } from './summary-copy';

const SHEET = layout.owned.provinceSummary;

const provinceRows = (sb: Sandbox) => cells(sb.ss.sheet(SHEET).dump());

let dir = '';
let snapshot: WorkbookSnapshot = {};
let xlsx = '';
beforeAll(async () => {
  // A small commune like the sample, written to .xlsx and read back: both shells start from the same cells.
  dir = await mkdtemp(join(tmpdir(), 'khuyenhoc-province-'));
  xlsx = join(dir, 'xa-mau.xlsx');
  await saveWorkbook(buildTemplateWorkbook(generateCommune(SMALL)), xlsx);
  snapshot = await readWorkbook(xlsx);
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

test('its rows are the rows of the .xlsx copy the command line makes of the same workbook', async () => {
  const sb = createSandbox({ snapshot });
  sb.call('menuTongHop');
  const onGoogle = provinceRows(sb);
  const generatedAt = String(onGoogle[1]?.[GENERATED_AT]);
  expect(generatedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/u);
  expect(onGoogle).toEqual(await cliCopySheet(xlsx, dir, SHEET, generatedAt));
  // 4 villages: 10 commune rows and 5 per village; the sample's code kept as text.
  const read = readSummarySheet(onGoogle);
  expect(read.kind === 'ok' && read.rows.length).toBe(10 + 4 * 5);
  expect(onGoogle[1]?.[1]).toBe('01234');
}, 60_000);

test('a re-run replaces the values only: same rows, header still bold, frozen, marked as owned', () => {
  const sb = createSandbox({ snapshot });
  sb.call('menuTongHop');
  const first = provinceRows(sb);
  sb.call('menuTongHop');
  const sheet = sb.ss.sheet(SHEET);
  const again = provinceRows(sb);
  expect(again.map((r) => r.slice(0, GENERATED_AT))).toEqual(first.map((r) => r.slice(0, GENERATED_AT)));
  expect(sheet.format(1, 1).fontWeight).toBe('bold');
  expect(sheet.format(2, 1).fontWeight).toBe('normal');
  expect(sheet.frozenRows).toBe(1);
  expect(sheet.metadata.map((m) => m.getValue())).toEqual(['provinceSummary']);
  expect(sb.ss.sheets.filter((s) => s.name === SHEET)).toHaveLength(1);
});

test('a re-run after the configuration became unusable leaves the header only', () => {
  const sb = createSandbox({ snapshot });
  sb.call('menuTongHop');
  // The officer blanks "Tên xã/phường" (B2 of "Cấu hình").
  sb.ss.sheet(layout.config.sheet).getRange(2, 2).setValue('');
  sb.call('menuTongHop');
  expect(provinceRows(sb)).toEqual([first(provinceRows(sb))]);
});
const first = <T>(rows: T[]): T => {
  const [row] = rows;
  if (row === undefined) throw new Error('no header');
  return row;
};

test('the sheet the officer renamed is still the one written, found by its metadata', () => {
  const sb = createSandbox({ snapshot });
  sb.call('menuTongHop');
  const owned = sb.ss.sheet(SHEET);
  owned.name = 'Số liệu gửi tỉnh (bản của xã)';
  sb.call('menuTongHop');
  expect(sb.ss.sheets.filter((s) => s.name === SHEET)).toHaveLength(0);
  expect(cells(owned.dump())[1]?.[1]).toBe('01234');
  expect(sb.ui.alerts).toEqual([]);
});

test('a user sheet of that name with data is never overwritten, and nothing else is written either', () => {
  const mine = [['Bảng của tôi'], [42]];
  const sb = createSandbox({ snapshot: { ...snapshot, [SHEET]: mine } });
  sb.call('menuTongHop');
  expect(sb.ss.sheet(SHEET).dump()).toEqual(mine);
  expect(sb.ss.sheet(layout.owned.summary).dump()).toEqual([]);
  const alert = sb.ui.alerts[0];
  expect(alert?.title).toBe('Không chạy được "Chấm điểm và tổng hợp"');
  expect(alert?.prompt).toContain(`"${SHEET}"`);
  expect(alert?.prompt).toMatch(/đổi tên trang đó/u);
});

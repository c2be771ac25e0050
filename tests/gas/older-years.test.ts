// "Thêm số liệu năm cũ": last year's "Lịch sử" or "Số liệu gửi tỉnh", copied into this workbook by the officer, adds
// its years to "Lịch sử" (core's mergeHistory); the copy is only read, another commune's rows are refused.
import { layout } from '../../src/core/layout';
import type { CellValue, WorkbookSnapshot } from '../../src/core/snapshot';
import { generateCommune, SAMPLE_OPTIONS } from '../../sheets-templates/sample/generate';
import { createSandbox, type Sandbox } from './sandbox/sandbox';

const HISTORY = 'Lịch sử';
const SMALL = { ...SAMPLE_OPTIONS, villages: 4, households: 120, clans: 8, units: 5, citizens: 300 };
const COMMUNE = 2;
const YEAR = 4;
// 4 villages: 10 commune rows and 5 per village.
const ROWS_PER_YEAR = 10 + 4 * 5;

const cells = (rows: readonly (readonly CellValue[])[]): CellValue[][] =>
  rows.map((r) => r.map((v) => (v === null || v === undefined ? '' : v)));
const yearsOf = (rows: CellValue[][]) => rows.slice(1).map((r) => r[YEAR]);
const count = (xs: readonly unknown[], x: unknown) => xs.filter((y) => y === x).length;
const lastAlert = (sb: Sandbox) => sb.ui.alerts[sb.ui.alerts.length - 1];

let snapshot: WorkbookSnapshot = {};
/** Last year's "Số liệu gửi tỉnh": this sample's, its year changed to 2025. */
let lastYear: CellValue[][] = [];
beforeAll(() => {
  snapshot = generateCommune(SMALL);
  const sb = createSandbox({ snapshot });
  sb.call('menuTongHop');
  const [header = [], ...rows] = cells(sb.ss.sheet(layout.owned.provinceSummary).dump());
  lastYear = [header, ...rows.map((r) => r.map((v, c) => (c === YEAR ? 2025 : v)))];
}, 60_000);

test("with nothing copied it explains how to copy last year's sheet in, and adds no sheet", () => {
  const sb = createSandbox({ snapshot });
  const before = sb.ss.sheets.map((s) => s.name);
  sb.call('menuThemNamCu');
  expect(sb.ss.sheets.map((s) => s.name)).toEqual(before);
  const alert = lastAlert(sb);
  expect(alert?.title).toBe('Thêm số liệu năm cũ');
  expect(alert?.prompt).toContain('"Sao chép vào" → "Bảng tính hiện có"');
  expect(alert?.prompt).toContain('Bản sao của Lịch sử');
});

test('a copied "Số liệu gửi tỉnh" adds its year, the copy is left as it was, and the officer may delete it', () => {
  const copy = 'Bản sao của Số liệu gửi tỉnh';
  const sb = createSandbox({ snapshot: { ...snapshot, [copy]: lastYear } });
  sb.call('menuTongHop');
  sb.call('menuThemNamCu');
  const history = cells(sb.ss.sheet(HISTORY).dump());
  expect(count(yearsOf(history), 2025)).toBe(ROWS_PER_YEAR);
  expect(count(yearsOf(history), 2026)).toBe(ROWS_PER_YEAR);
  expect(history.slice(0, 1 + ROWS_PER_YEAR)).toEqual(lastYear);
  expect(cells(sb.ss.sheet(copy).dump())).toEqual(lastYear);
  const prompt = lastAlert(sb)?.prompt ?? '';
  expect(prompt).toContain(`Đã thêm năm 2025 (${ROWS_PER_YEAR} dòng) từ trang "${copy}".`);
  expect(prompt).toContain('Trang "Lịch sử" có các năm: 2025, 2026.');
  expect(prompt).toContain(`Bạn có thể xóa trang "${copy}"`);
  // Run again: the same year replaced, not doubled.
  sb.call('menuThemNamCu');
  expect(cells(sb.ss.sheet(HISTORY).dump())).toEqual(history);
});

test('a copy the officer renamed is found by its header, before any "Chấm điểm và tổng hợp"', () => {
  const sb = createSandbox({ snapshot: { ...snapshot, 'Năm 2025': lastYear } });
  sb.call('menuThemNamCu');
  const history = cells(sb.ss.sheet(HISTORY).dump());
  expect(history).toEqual(lastYear);
  expect(sb.ss.sheet(HISTORY).metadata.map((m) => m.getValue())).toEqual(['history']);
  // The next run keeps 2025 beside this year.
  sb.call('menuTongHop');
  expect(count(yearsOf(cells(sb.ss.sheet(HISTORY).dump())), 2025)).toBe(ROWS_PER_YEAR);
});

test("another commune's copy is refused: nothing written, the copy untouched", () => {
  const copy = 'Bản sao của Lịch sử';
  const other = lastYear.map((r, i) => (i === 0 ? r : r.map((v, c) => (c === COMMUNE ? 'Tân Lập' : v))));
  const sb = createSandbox({ snapshot: { ...snapshot, [copy]: other } });
  sb.call('menuThemNamCu');
  expect(sb.ss.sheets.some((s) => s.name === HISTORY)).toBe(false);
  expect(cells(sb.ss.sheet(copy).dump())).toEqual(other);
  expect(lastAlert(sb)?.prompt).toBe(
    `Không thêm được: trang "${copy}" là số liệu của xã Tân Lập, không phải xã Hòa An.`,
  );
});

test('a copy of this year is refused: that year is written by "Chấm điểm và tổng hợp"', () => {
  const copy = 'Bản sao của Lịch sử';
  const thisYear = lastYear.map((r, i) => (i === 0 ? r : r.map((v, c) => (c === YEAR ? 2026 : v))));
  const sb = createSandbox({ snapshot: { ...snapshot, [copy]: thisYear } });
  sb.call('menuThemNamCu');
  expect(sb.ss.sheets.some((s) => s.name === HISTORY)).toBe(false);
  expect(lastAlert(sb)?.prompt).toMatch(/trùng năm đánh giá/u);
});

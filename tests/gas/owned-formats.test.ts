// The Google side formats the owned sheets from the same table data as the .xlsx copy: percent formats on
// fractions, borders on the tables, frozen title rows, wrapped cells, right-aligned figure columns and merged
// "Thôn chưa đạt" cells. Figures are the sample's, checked by hand in issue 11 (3.602 of 4.022 households).
import { layout } from '../../src/core/layout';
import { sample, sampleWithMistakes } from './fixtures';
import { createSandbox } from './sandbox/sandbox';
import type { FakeSheet } from './sandbox/spreadsheet';

/** The 1-based row whose column A starts with `text`, searched below row `after`. */
const rowOf = (sheet: FakeSheet, text: string, after = 0): number => {
  const at = sheet.dump().findIndex((r, i) => i >= after && String(r[0]).startsWith(text));
  if (at < 0) throw new Error(`no row starting "${text}"`);
  return at + 1;
};
const columnOf = (sheet: FakeSheet, row: number, header: string): number =>
  (sheet.dump()[row - 1] ?? []).indexOf(header) + 1;

const sb = createSandbox({ snapshot: sample() });
sb.call('menuTongHop');
const summary = sb.ss.sheet(layout.owned.summary);
const header = rowOf(summary, 'Danh hiệu');
const family = rowOf(summary, 'Gia đình học tập (hộ)', header);

test('a percentage is the fraction 0.919 under 0.0%, so Sheets shows "91,9%" in a Vietnamese locale', () => {
  const col = columnOf(summary, header, 'Tỷ lệ công nhận (%)');
  expect(summary.read(family, col)).toBe(0.919); // 3,698 of 4,022 households, counted from the sample's rows
  expect(summary.format(family, col).numberFormat).toBe('0.0%');
});

test('the tables are bordered, titles and notes are not', () => {
  expect(summary.read(family, 2)).toBe(4022);
  expect(summary.format(family, 2).border).toEqual({ top: true, left: true, bottom: true, right: true });
  expect(summary.format(header, 1).border.top).toBe(true);
  expect(Object.values(summary.format(1, 1).border).some(Boolean)).toBe(false);
  expect(Object.values(summary.format(rowOf(summary, 'Số dòng họ toàn xã'), 1).border).some(Boolean)).toBe(
    false,
  );
});

test('the title rows are frozen; figure columns are right-aligned, header included; table cells wrap, titles not', () => {
  expect(summary.frozenRows).toBe(2);
  expect(summary.format(header, 2).horizontalAlignment).toBe('right');
  expect(summary.format(family, 2).horizontalAlignment).toBe('right');
  expect(summary.format(header, 1).horizontalAlignment).toBe('general');
  expect(summary.format(rowOf(summary, 'Cán bộ, hội viên Hội Khuyến học'), 1).wrap).toBe(true);
  expect(summary.format(1, 1).wrap).toBe(false);
  expect(summary.format(family, 1).verticalAlignment).toBe('top');
});

test('the officials percentage is under "Tỷ lệ (%)", the "Đạt" count beside it left empty', () => {
  const groups = rowOf(summary, 'Nhóm');
  const officials = rowOf(summary, 'Cán bộ, công chức, viên chức trong đơn vị đạt CDHT', groups);
  expect(summary.read(officials, columnOf(summary, groups, 'Tỷ lệ (%)'))).toBe(0.938); // 623 officials of the units' 664 staff, counted from the rows
  expect(summary.read(officials, columnOf(summary, groups, 'Đạt'))).toBe('');
});

test('"Thôn chưa đạt" spans the rest of the row, and a second run neither adds merges nor changes a format', () => {
  const targets = rowOf(summary, 'Chỉ tiêu');
  const col = columnOf(summary, targets, 'Thôn chưa đạt');
  expect(col).toBe(9);
  expect(summary.merges).toContain(`I${targets}:P${targets}`);
  const merges = [...summary.merges].sort();
  const formats = summary.formatsDump();
  sb.call('menuTongHop');
  expect([...summary.merges].sort()).toEqual(merges);
  expect(summary.formatsDump()).toEqual(formats);
});

test('"Vấn đề" and "Cách sửa" of "Lỗi dữ liệu" wrap, and its table is bordered', () => {
  const withErrors = createSandbox({ snapshot: sampleWithMistakes() });
  withErrors.call('menuKiemTra');
  const problems = withErrors.ss.sheet(layout.owned.problems);
  const head = rowOf(problems, 'STT');
  const problem = columnOf(problems, head, 'Vấn đề');
  const fix = columnOf(problems, head, 'Cách sửa');
  expect([problem, fix]).toEqual([8, 9]);
  expect(problems.format(head + 1, problem).wrap).toBe(true);
  expect(problems.format(head + 1, fix).wrap).toBe(true);
  expect(problems.format(head + 1, fix).border.right).toBe(true);
  expect(problems.frozenRows).toBe(3);
});

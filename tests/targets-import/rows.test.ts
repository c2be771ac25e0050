// Where the imported rows go: under the officer's rows, in the sheet's own column order, never over a row.
import { planAppend, type ImportedTarget } from '../../src/core/targets/import';

const target = (over: Partial<ImportedTarget> = {}): ImportedTarget => ({
  indicator: 'family',
  comparison: '>=',
  percent: 90,
  year: 2028,
  scope: 'everyVillage',
  line: 12,
  sentence: '- 90% hộ gia đình đạt danh hiệu “Gia đình học tập”;',
  ...over,
});
const CONFIG = [
  ['Tham số', 'Giá trị', 'Giải thích'],
  ['Tên xã/phường', 'Hòa An'],
  ['Bộ chỉ tiêu', 'Quảng Ngọc 2026-2030'],
];

test('rows follow the sheet’s own column order and start under the last row the officer used', () => {
  const snapshot = {
    'Cấu hình': CONFIG,
    'chi tieu': [
      ['BẢNG CHỈ TIÊU CỦA XÃ'],
      ['Năm', 'Tỷ lệ', 'Chỉ tiêu', 'Phạm vi'],
      [2026, 70, 'Dòng họ học tập (% dòng họ)', 'Toàn xã'],
      [],
      ['', '', '', '', 'ghi chú lẻ'],
    ],
  };
  const plan = planAppend(snapshot, [target()], 'ke-hoach.txt');
  expect(plan.sheet).toBe('chi tieu');
  expect(plan.create).toBe(false);
  expect(plan.header).toBeNull();
  expect(plan.rows).toEqual({
    sheet: 'chi tieu',
    row: 6,
    col: 1,
    values: [[2028, 90, 'Gia đình học tập (% hộ)', 'Từng thôn']],
  });
  expect(plan.config).toEqual({ sheet: 'Cấu hình', row: 3, col: 2, values: [['Theo trang Chỉ tiêu']] });
});

test('a target the sheet already has for that year is skipped and named with its row', () => {
  const snapshot = {
    'Chỉ tiêu': [
      ['Chỉ tiêu', 'Năm', 'So sánh', 'Tỷ lệ (%)', 'Phạm vi'],
      ['Gia đình học tập (% hộ)', 2028, '≥', 85, 'Toàn xã'],
    ],
  };
  const plan = planAppend(snapshot, [target(), target({ indicator: 'clan', percent: 80 })], 'kh');
  expect(plan.skipped.map((s) => [s.target.indicator, s.row])).toEqual([['family', 2]]);
  expect(plan.rows?.values).toEqual([['Dòng họ học tập (% dòng họ)', 2028, '≥', 80, 'Từng thôn']]);
  expect(plan.rows?.row).toBe(3);
  // No "Cấu hình" sheet: nothing to set, the shells say so.
  expect(plan.config).toBeNull();
});

test('a missing or empty sheet gets the layout’s header first; custom rows carry their label and source', () => {
  const custom = target({
    indicator: 'custom',
    label: 'Tổ dân phố duy trì mô hình (%)',
    scope: 'commune',
    percent: 100,
  });
  for (const snapshot of [{ 'Cấu hình': CONFIG }, { 'Cấu hình': CONFIG, 'Chỉ tiêu': [[], ['']] }]) {
    const plan = planAppend(snapshot, [custom], 'ke-hoach.docx');
    expect(plan.header?.values[0]?.slice(0, 5)).toEqual([
      'Chỉ tiêu',
      'Năm',
      'So sánh',
      'Tỷ lệ (%)',
      'Phạm vi',
    ]);
    expect(plan.rows?.row).toBe(2);
    expect(plan.rows?.values[0]).toEqual([
      'Chỉ tiêu khác',
      2028,
      '≥',
      100,
      'Toàn xã',
      'Tổ dân phố duy trì mô hình (%)',
      '',
      '',
      'ke-hoach.docx, dòng 12: “- 90% hộ gia đình đạt danh hiệu “Gia đình học tập”;”',
    ]);
  }
});

test('a sheet with content but no readable header is left alone, with the reason', () => {
  const plan = planAppend({ 'Cấu hình': CONFIG, 'Chỉ tiêu': [['Ghi chú của tôi']] }, [target()], 'kh');
  expect(plan.rows).toBeNull();
  expect(plan.config).toBeNull();
  expect(plan.refusal).toMatch(/^Trang "Chỉ tiêu" đã có dữ liệu nhưng không tìm thấy dòng tiêu đề/u);
});

test('"Bộ chỉ tiêu" already on the sheet is not written again; a missing row is added under the last', () => {
  const chosen = { 'Cấu hình': [...CONFIG.slice(0, 2), ['Bộ chỉ tiêu:', 'theo trang chi tieu']] };
  expect(planAppend(chosen, [target()], 'kh').config).toBeNull();
  const missing = { 'Cấu hình': CONFIG.slice(0, 2) };
  expect(planAppend(missing, [target()], 'kh').config).toEqual({
    sheet: 'Cấu hình',
    row: 3,
    col: 1,
    values: [['Bộ chỉ tiêu', 'Theo trang Chỉ tiêu']],
  });
});

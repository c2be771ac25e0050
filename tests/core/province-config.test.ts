import { IssueLog } from '../../src/core/issues/make';
import { isProvinceMaster, readProvinceMaster, targetsToCompare } from '../../src/core/province/config';
import { rollUpProvince } from '../../src/core/province/rollup';
import type { WorkbookSnapshot } from '../../src/core/snapshot';

const master = (config: (string | number | null)[][]): WorkbookSnapshot => ({
  'Danh sach xa': [
    ['TT', 'Xã', 'Đường dẫn'],
    [1, 'Xã An', 'an.xlsx'],
    [2, 'Xã Bình', null],
    [3, '', 'cac-xa/chau.xlsx'],
  ],
  'Cấu hình tỉnh': [['Tham số', 'Giá trị', 'Giải thích'], ...config],
  'Chỉ tiêu': [
    ['Chỉ tiêu', 'Năm', 'So sánh', 'Tỷ lệ (%)', 'Phạm vi'],
    ['Gia đình học tập (% hộ)', 2025, '≥', 70, 'Toàn xã'],
    ['Gia đình học tập (% hộ)', 2030, '≥', 85, 'Toàn xã'],
  ],
});

describe('the province master workbook', () => {
  it('is told from a commune workbook by its own sheets', () => {
    expect(isProvinceMaster(master([]))).toBe(true);
    expect(isProvinceMaster({ 'Cấu hình': [], 'Số liệu gửi tỉnh': [] })).toBe(false);
  });

  it('reads the settings by label, the list by its header synonyms, and the targets in the commune layout', () => {
    const issues = new IssueLog();
    const m = readProvinceMaster(
      master([
        ['Tỉnh', 'tỉnh Nghệ An'],
        ['Năm', 'năm 2027'],
        ['Mốc chỉ tiêu', 2030],
        ['Chức vụ ký báo cáo', 'KT. CHỦ TỊCH; PHÓ CHỦ TỊCH'],
        ['Nơi nhận', 'UBND tỉnh (b/c); Lưu: VT'],
      ]),
      issues,
    );
    expect(issues.items).toEqual([]);
    expect(m.communes).toEqual([
      { row: 2, name: 'Xã An', source: 'an.xlsx' },
      { row: 4, name: '', source: 'cac-xa/chau.xlsx' },
    ]);
    expect(m.settings).toMatchObject({
      province: 'Nghệ An',
      year: 2027,
      targetYear: 2030,
      reportSignerTitle: ['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'],
      recipients: ['UBND tỉnh (b/c)', 'Lưu: VT'],
    });
    expect(m.settings?.targets.map((t) => [t.year, t.percent])).toEqual([
      [2025, 70],
      [2030, 85],
    ]);
  });

  it('compares with the milestone set in "Năm chỉ tiêu", else with the next one from the roll-up year', () => {
    const set = readProvinceMaster(
      master([
        ['Tỉnh', 'Nghệ An'],
        ['Năm', 2026],
        ['Năm chỉ tiêu', 2030],
      ]),
      new IssueLog(),
    );
    const unset = readProvinceMaster(
      master([
        ['Tỉnh', 'Nghệ An'],
        ['Năm', 2024],
      ]),
      new IssueLog(),
    );
    expect(rollUpProvince([], 2026, targetsToCompare(set.settings!)).targetYear).toBe(2030);
    expect(rollUpProvince([], 2024, targetsToCompare(unset.settings!)).targetYear).toBe(2025);
  });

  it('says which setting is missing or unreadable, at the value cell to fill', () => {
    const issues = new IssueLog();
    const m = readProvinceMaster(
      master([
        ['Tỉnh/thành phố', ''],
        ['Năm tổng hợp', 'hai không hai sáu'],
      ]),
      issues,
    );
    expect(m.settings).toBeNull();
    expect(issues.items.map((i) => [i.code, i.sheet, i.cell, i.message])).toEqual([
      ['CONFIG_MISSING', 'Cấu hình tỉnh', 'B2', 'Chưa nhập "Tỉnh/thành phố" ở trang "Cấu hình tỉnh".'],
      ['CONFIG_BAD_VALUE', 'Cấu hình tỉnh', 'B3', '"hai không hai sáu" không hợp lệ cho "Năm tổng hợp".'],
    ]);
  });
});

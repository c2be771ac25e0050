// A target year the year reader takes (it reads 1900 to 2100, for birth years too) but a target cannot have: a located
// error on "Chỉ tiêu", the row left out, where it used to throw as an unexpected error.
import { IssueLog } from '../../src/core/issues/make';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { readTargets } from '../../src/core/targets/read';

const sheet = (year: number): WorkbookSnapshot => ({
  'Chỉ tiêu': [
    ['Chỉ tiêu', 'Năm', 'So sánh', 'Tỷ lệ (%)', 'Phạm vi'],
    ['Gia đình học tập (% hộ)', 2030, '≥', 90, 'Toàn xã'],
    ['Dòng họ học tập (% dòng họ)', year, '≥', 80, 'Toàn xã'],
  ],
});

describe('a target year outside 2000–2100', () => {
  it.each([1999, 1950, 1900])('names the cell for %s, keeps the other targets and does not throw', (year) => {
    const issues = new IssueLog();
    const targets = readTargets(sheet(year), issues);
    expect(targets.map((t) => t.target.indicator)).toEqual(['family']);
    expect(issues.items).toEqual([
      expect.objectContaining({
        code: 'TARGET_BAD_YEAR',
        severity: 'error',
        sheet: 'Chỉ tiêu',
        row: 3,
        column: 'B',
        value: String(year),
        message: `Năm mục tiêu ${year} phải từ 2000 đến 2100.`,
        hint: 'Nhập năm cần đạt chỉ tiêu (từ 2000 đến 2100), ví dụ 2030; nếu dòng này thừa thì xóa cả dòng.',
      }),
    ]);
  });

  it('takes the bounds themselves', () => {
    const issues = new IssueLog();
    expect(readTargets(sheet(2000), issues).map((t) => t.target.year)).toEqual([2030, 2000]);
    expect(readTargets(sheet(2100), issues).map((t) => t.target.year)).toEqual([2030, 2100]);
    expect(issues.items).toEqual([]);
  });
});

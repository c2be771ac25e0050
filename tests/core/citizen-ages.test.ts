// Ages the "Công dân học tập" set assesses per group (its rules.ages): a pupil of 6 recognised as a learning
// citizen is a located warning on the birth year, in Vietnamese, and the person is still counted as entered.
import { runEngine } from '../../src/core/engine';
import { makeWorkbook } from './helpers/workbook';
import type { CellValue } from '../../src/core/snapshot';

const C = (name: string, birthYear: CellValue, group: string) => ({
  name,
  birthYear,
  group,
  village: 'Thôn Đông',
  registered: 'x',
  result: 'Đạt',
});

// Report year 2026 (baseConfig). Rows 2…8 of "Công dân".
const book = makeWorkbook({
  villages: [
    { name: 'Thôn Đông', kind: 'Thôn', households: 50, clans: 2, population: 200, adults: 120, workers: 90 },
  ],
  citizens: [
    C('Lê Văn Sáu', 2020, 'Học sinh/Sinh viên'), // row 2: 6 years old, pupils from 11
    C('Lê Thị Mười', 2016, 'Học sinh/Sinh viên'), // row 3: 10
    C('Lê Văn Mười Một', 2015, 'Học sinh/Sinh viên'), // row 4: 11, the first age assessed
    C('Trần Văn Mười Bốn', 2012, 'Người dân/Nông dân'), // row 5: 14, residents from 15
    C('Trần Thị Mười Lăm', 2011, 'Người lao động'), // row 6: 15, fine
    C('Phạm Văn Công', 2009, 'CBCCVC'), // row 7: 17, officials from 18 (and no unit: its own error)
    C('Phạm Thị Hai', 2024, 'Người dân/Nông dân'), // row 8: 2, implausible for anyone: the old warning only
  ],
});

const result = runEngine(book);
const ages = result.issues.filter((i) => i.code === 'CITIZEN_AGE_OUT_OF_RANGE');

test('each citizen younger than the set assesses in their group gets one warning on "Năm sinh"', () => {
  expect(ages.map((i) => [i.sheet, i.row, i.column, i.severity])).toEqual([
    ['Công dân', 2, 'C', 'warning'],
    ['Công dân', 3, 'C', 'warning'],
    ['Công dân', 5, 'C', 'warning'],
    ['Công dân', 7, 'C', 'warning'],
  ]);
});

test('the warning says the age, the group, the limit and what to do', () => {
  const six = ages.find((i) => i.row === 2);
  expect(six?.message).toBe(
    'Năm sinh 2020: đến năm 2026 người này mới 6 tuổi, trong khi nhóm "Học sinh/Sinh viên" chỉ được đánh giá từ 11 tuổi (Bộ tiêu chí đánh giá, công nhận "Công dân học tập").',
  );
  expect(six?.hint).toBe(
    'Kiểm tra lại năm sinh và nhóm; nếu đúng là trẻ dưới 11 tuổi, bỏ đăng ký và kết quả ở dòng này (trẻ chưa thuộc đối tượng công nhận).',
  );
  expect(ages.find((i) => i.row === 7)?.message).toContain('nhóm "CBCCVC" chỉ được đánh giá từ 18 tuổi');
});

test('an age no one can have keeps its own warning, never two for one birth year', () => {
  const row8 = result.issues.filter((i) => i.sheet === 'Công dân' && i.row === 8 && i.column === 'C');
  expect(row8.map((i) => i.code)).toEqual(['BIRTH_YEAR_IMPLAUSIBLE']);
});

test('a set without age rules (a commune-typed one in "Bộ tiêu chí") keeps the shipped ages of its title', () => {
  const own: Record<string, CellValue[][]> = {
    ...book,
    'Bộ tiêu chí': [
      ['Danh hiệu', 'Mã', 'Nội dung tiêu chí', 'Điểm tối đa', 'Điểm đạt'],
      ['Công dân học tập', 'TC1', 'Tự học', 100, 80],
    ],
  };
  const rows = runEngine(own)
    .issues.filter((i) => i.code === 'CITIZEN_AGE_OUT_OF_RANGE')
    .map((i) => i.row);
  expect(rows).toEqual([2, 3, 5, 7]);
});

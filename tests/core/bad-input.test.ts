// One workbook with every kind of mistake the engine knows, each expected at its sheet, row and column.
import { runEngine } from '../../src/core/engine';
import { columnLetter } from '../../src/core/text/a1';
import { makeWorkbook } from './helpers/workbook';
import type { CellValue } from '../../src/core/snapshot';

const V = (name: string, households: CellValue, extra: Record<string, CellValue> = {}) => ({
  name,
  kind: 'Thôn',
  households,
  clans: 3,
  population: 100,
  adults: 60,
  workers: 50,
  ...extra,
});
const F = (head: CellValue, village: CellValue, extra: Record<string, CellValue> = {}) => ({
  head,
  village,
  registered: 'x',
  result: 'Đạt',
  ...extra,
});
const C = (name: string, extra: Record<string, CellValue>) => ({
  name,
  birthYear: 1980,
  group: 'Nông dân',
  village: 'Thôn Đông',
  registered: 'x',
  result: 'Đạt',
  ...extra,
});

const book = makeWorkbook({
  config: {
    'Bộ chỉ tiêu': 'Theo trang Chỉ tiêu',
    'Email gửi báo cáo': 'tinh@khuyenhoc.vn, abc@',
    'Màu sắc': 'xanh',
    'Ngày báo cáo': '31/02/2026',
  },
  targets: [
    { indicator: 'Gia đình học tập (% hộ)', year: 2028, percent: 90, scope: 'Từng thôn' }, // row 2: fine
    { indicator: 'Dòng họ học tập (% dòng họ)', year: 2028, percent: 150 }, // row 3
    { indicator: 'Gia đình văn hóa', year: 2028, percent: 90 }, // row 4
    { indicator: 'Gia đình học tập (% hộ)', year: 2028, percent: 80 }, // row 5: duplicate
    { indicator: 'Chỉ tiêu khác', year: 2028, percent: 100, label: 'Cán bộ hội được tập huấn' }, // row 6
    {
      indicator: 'Chỉ tiêu khác',
      year: 2028,
      percent: 100,
      label: 'Chi hội có quỹ',
      numerator: 12,
      denominator: 10,
    }, // row 7
    { indicator: 'Đơn vị học tập (% đơn vị)', year: 1999, percent: 90 }, // row 8: a year, but not a target's
  ],
  villages: [
    V('Thôn Đông', 20), // row 2
    V('Thôn Tây', 10, { adults: 120, workers: 2 }), // row 3: adults > population; 3 recognised workers > 2
    V('thôn đông', 5), // row 4: duplicate
    V('Thôn Nam', '12,5'), // row 5: not an integer
    V('Thôn Bắc', ''), // row 6: households required
    V('Thôn Trung', 0, { kind: 'Phố' }), // row 7: zero total, bad option
    V('Thôn Hạ', 2, { clans: 0 }), // row 8: 3 families > 2 households; clans > 0
  ],
  families: [
    F('Nguyễn Văn An', 'Thôn Đông'), // row 2
    F('Nguyễn Văn An', 'Thôn Đông'), // row 3: duplicate
    F('Trần Văn Bình', 'Thôn Đôngg'), // row 4: unknown village
    F('Lê Văn Cường', 'Thôn Đông', { TC1: 35 }), // row 5: points above max
    F('Phạm Văn Dũng', 'Thôn Đông', { TC2: 'tám' }), // row 6: not a number
    F('Hoàng Văn Em', 'Thôn Đông', { result: '#N/A' }), // row 7: spreadsheet error
    F('NguyÔn V¨n Giang', 'Thôn Đông'), // row 8: TCVN3 text
    F('Vũ Văn Hải', 'Thôn Đông', { registered: '??' }), // row 9: bad mark
    F('Đỗ Văn Khoa', 'Thôn Đông', { result: 'Tạm được' }), // row 10: bad result
    F('Bùi Văn Long', 'Thôn Đông', { registered: 'không' }), // row 11: recognised, not registered
    F('Ngô Văn Minh', 'Thôn Đông', { result: '' }), // row 12: registered, not assessed
    F('Đặng Văn Nam', 'Thôn Đông', { result: '', TC1: 20, TC2: 20 }), // row 13: items incomplete
    F('Mai Văn Oanh', 'Thôn Đông', { result: '', TC1: 25, TC2: 25, TC3: 15, TC4: 15, totalPoints: 70 }), // row 14: total mismatch
    F('Lý Văn Phúc', 'Thôn Đông', { result: '', totalPoints: 120 }), // row 15: total above max
    F('Cao Văn Quang', 'Thôn Đông', { TC3: -5 }), // row 16: negative
    F('Tạ Văn Sơn', 'Thôn Đông', { evidence: 'ảnh trong máy' }), // row 17: not a link
    F('Hà Văn Tâm', 'Thôn Đông', { TC1: 10, TC2: 10, TC3: 10, TC4: 10 }), // row 18: decided Đạt, points fail
    F('', 'Thôn Đông'), // row 19: head required
    F('Lưu Văn Một', 'Thôn Hạ'), // row 20
    F('Lưu Văn Hai', 'Thôn Hạ'), // row 21
    F('Lưu Văn Ba', 'Thôn Hạ'), // row 22
  ],
  clans: [
    { name: 'Họ Nguyễn', villages: 'Thôn Đông', registered: 'x', result: 'Đạt' }, // row 2
    { name: 'họ nguyễn', villages: 'Thôn Đông', registered: 'x', result: 'Đạt' }, // row 3: duplicate
    { name: 'Họ Lưu', villages: 'Thôn Hạ', registered: 'x', result: 'Đạt' }, // row 4: village has 0 clans
  ],
  units: [
    { name: 'Trường Mầm non', kind: 'Trường học', staff: 1, registered: 'x', result: 'Đạt' }, // row 2
    { name: 'Trường mầm non', kind: 'Trường học', staff: 5 }, // row 3: duplicate
  ],
  citizens: [
    C('Lê Thị Hoa', {}), // row 2
    C('Lê Thị Hoa', {}), // row 3: duplicate
    C('Trịnh Văn Cán', { group: 'CBCCVC', village: '' }), // row 4: official without unit
    C('Phan Thị Dân', { village: '' }), // row 5: resident without village
    C('Đinh Văn Đơn', { group: 'CBCCVC', unit: 'Trường Mầm nom', village: '' }), // row 6: unknown unit
    C('Kiều Thị Già', { birthYear: 1912 }), // row 7: implausible birth year (age 114)
    C('Quách Văn Năm', { birthYear: 'năm ngoái' }), // row 8: bad year
    C('Mạc Thị Nhóm', { group: 'Hưu trí' }), // row 9: bad option
    C('Tôn Văn Một', { group: 'CBCCVC', unit: 'Trường Mầm non', village: '' }), // row 10
    C('Tôn Văn Hai', { group: 'CBCCVC', unit: 'Trường Mầm non', village: '' }), // row 11: 2 officials > staff 1
    ...Array.from({ length: 3 }, (_, i) => C(`Tây ${i}`, { village: 'Thôn Tây', birthYear: 1970 + i })),
  ],
});
// A criteria sheet with a missing required column.
book['Bộ tiêu chí'] = [
  ['Danh hiệu', 'Mã', 'Nội dung tiêu chí'],
  ['Gia đình học tập', 'TC1', 'Trẻ em đi học'],
];

const headerOf = (sheet: string, header: string): string => {
  const row = book[sheet]?.[0] ?? [];
  const k = row.indexOf(header);
  if (k < 0) throw new Error(`${sheet} has no ${header}`);
  return columnLetter(k);
};

type Expect = [code: string, sheet: string, row: number | null, header: string | null];
const expected: Expect[] = [
  ['BAD_EMAIL', 'Cấu hình', null, null],
  ['CONFIG_UNKNOWN_KEY', 'Cấu hình', null, null],
  ['CONFIG_BAD_VALUE', 'Cấu hình', null, null],
  ['TARGET_BAD_PERCENT', 'Chỉ tiêu', 3, 'Tỷ lệ (%)'],
  ['TARGET_UNKNOWN_INDICATOR', 'Chỉ tiêu', 4, 'Chỉ tiêu'],
  ['TARGET_DUPLICATE', 'Chỉ tiêu', 5, 'Chỉ tiêu'],
  ['TARGET_CUSTOM_NUMBERS', 'Chỉ tiêu', 6, 'Tử số'],
  ['TARGET_NUMERATOR_EXCEEDS', 'Chỉ tiêu', 7, 'Tử số'],
  ['TARGET_BAD_YEAR', 'Chỉ tiêu', 8, 'Năm'],
  ['COLUMN_MISSING', 'Bộ tiêu chí', 1, null],
  ['ADULTS_EXCEED_POPULATION', 'Thôn', 3, 'Số người lớn'],
  ['DUPLICATE_VILLAGE', 'Thôn', 4, 'Tên thôn'],
  ['NOT_AN_INTEGER', 'Thôn', 5, 'Tổng số hộ'],
  ['REQUIRED_EMPTY', 'Thôn', 6, 'Tổng số hộ'],
  ['ZERO_TOTAL', 'Thôn', 7, 'Tổng số hộ'],
  ['BAD_OPTION', 'Thôn', 7, 'Loại'],
  ['FAMILIES_EXCEED_HOUSEHOLDS', 'Thôn', 8, 'Tổng số hộ'],
  ['CLANS_EXCEED_TOTAL', 'Thôn', 8, 'Tổng số dòng họ'],
  ['CITIZENS_EXCEED_POPULATION', 'Thôn', 3, 'Số người lao động'],
  ['DUPLICATE_FAMILY', 'Gia đình', 3, 'Họ tên chủ hộ'],
  ['UNKNOWN_VILLAGE', 'Gia đình', 4, 'Thôn'],
  ['POINTS_OUT_OF_RANGE', 'Gia đình', 5, 'TC1'],
  ['NOT_A_NUMBER', 'Gia đình', 6, 'TC2'],
  ['SPREADSHEET_ERROR', 'Gia đình', 7, 'Kết quả'],
  ['LEGACY_TEXT', 'Gia đình', 8, 'Họ tên chủ hộ'],
  ['BAD_MARK', 'Gia đình', 9, 'Đăng ký'],
  ['BAD_RESULT', 'Gia đình', 10, 'Kết quả'],
  ['RECOGNISED_NOT_REGISTERED', 'Gia đình', 11, 'Đăng ký'],
  ['REGISTERED_NOT_ASSESSED', 'Gia đình', 12, 'Kết quả'],
  ['ITEMS_INCOMPLETE', 'Gia đình', 13, null],
  ['TOTAL_MISMATCH', 'Gia đình', 14, 'Tổng điểm'],
  ['TOTAL_OUT_OF_RANGE', 'Gia đình', 15, 'Tổng điểm'],
  ['NEGATIVE_NUMBER', 'Gia đình', 16, 'TC3'],
  ['BAD_URL', 'Gia đình', 17, 'Minh chứng'],
  ['RESULT_CONTRADICTS_POINTS', 'Gia đình', 18, 'Kết quả'],
  ['REQUIRED_EMPTY', 'Gia đình', 19, 'Họ tên chủ hộ'],
  ['DUPLICATE_CLAN', 'Dòng họ', 3, 'Tên dòng họ'],
  ['DUPLICATE_UNIT', 'Đơn vị', 3, 'Tên đơn vị'],
  ['OFFICIALS_EXCEED_STAFF', 'Đơn vị', 2, 'Số CBCCVC, người lao động'],
  ['DUPLICATE_CITIZEN', 'Công dân', 3, 'Họ và tên'],
  ['CITIZEN_NO_UNIT', 'Công dân', 4, 'Đơn vị'],
  ['CITIZEN_NO_VILLAGE', 'Công dân', 5, 'Thôn'],
  ['UNKNOWN_UNIT', 'Công dân', 6, 'Đơn vị'],
  ['BIRTH_YEAR_IMPLAUSIBLE', 'Công dân', 7, 'Năm sinh'],
  ['BAD_YEAR', 'Công dân', 8, 'Năm sinh'],
  ['BAD_OPTION', 'Công dân', 9, 'Nhóm'],
];

describe('a workbook full of mistakes', () => {
  let result: ReturnType<typeof runEngine>;
  it('does not throw', () => {
    expect(() => (result = runEngine(book))).not.toThrow();
  });

  it('plants at least 30 distinct kinds of mistake', () => {
    expect(new Set(expected.map((e) => e[0])).size).toBeGreaterThanOrEqual(30);
  });

  it.each(expected)('reports %s on %s row %s column %s', (code, sheet, row, header) => {
    const column = header ? headerOf(sheet, header) : undefined;
    const hit = result.issues.find(
      (i) =>
        i.code === code &&
        i.sheet === sheet &&
        (row === null || i.row === row) &&
        (column === undefined || i.column === column),
    );
    expect(hit).toBeDefined();
    // Every message is Vietnamese text with a hint, never a library's English.
    expect(hit?.message).toMatch(/[àáảãạăâđêôơưíìỉĩịóòỏõọúùủũụýỳỷỹỵếềểễệốồổỗộớờởỡợứừửữựấầẩẫậắằẳẵặ]/u);
    expect(hit?.hint.length).toBeGreaterThan(5);
    if (hit?.row !== null && hit?.column !== null) expect(hit?.cell).toBe(`${hit?.column}${hit?.row}`);
  });

  it('blocks the report while errors remain', () => {
    expect(result.blocking).toBe(true);
    expect(result.errorCount).toBeGreaterThan(20);
  });

  it('shows the converted legacy name back to the officer', () => {
    const legacy = result.issues.find((i) => i.code === 'LEGACY_TEXT');
    expect(legacy?.message).toContain('Nguyễn Văn Giang');
  });

  it('suggests the closest village name for a typo', () => {
    expect(result.issues.find((i) => i.code === 'UNKNOWN_VILLAGE')?.message).toContain(
      'Có phải là "Thôn Đông"?',
    );
  });

  it('lists every problem on the problems sheet with a link to its cell', () => {
    const t = result.tables.problems;
    const linked = t.links.flat().filter((l) => l !== null);
    expect(linked.length).toBeGreaterThanOrEqual(result.issues.filter((i) => i.row !== null).length);
  });
});

describe('workbooks that cannot be read at all', () => {
  it('reports a missing villages sheet and missing configuration without throwing', () => {
    const r = runEngine({});
    expect(r.config).toBeNull();
    expect(r.issues.map((i) => i.code)).toEqual(expect.arrayContaining(['SHEET_MISSING']));
    expect(r.issues.find((i) => i.sheet === 'Thôn')?.message).toMatch(/^Không tìm thấy trang "Thôn" /u);
    expect(r.issues.find((i) => i.sheet === 'Thôn')?.message).toContain('chưa có danh sách nào');
  });

  it('reports a sheet without a recognisable header', () => {
    const b = makeWorkbook({ villages: [] });
    b['Thôn'] = [
      ['abc', 'def'],
      [1, 2],
    ];
    const r = runEngine(b);
    expect(r.issues.find((i) => i.code === 'HEADER_NOT_FOUND')).toMatchObject({ sheet: 'Thôn' });
  });

  it('reports a missing required configuration value at its row', () => {
    const b = makeWorkbook({ villages: [], config: { 'Tỉnh/thành phố': '' } });
    const r = runEngine(b);
    expect(r.config).toBeNull();
    expect(r.issues.find((i) => i.code === 'CONFIG_MISSING')?.message).toBe(
      'Chưa nhập "Tỉnh/thành phố" ở trang "Cấu hình".',
    );
  });

  it('survives arbitrary junk in every sheet', () => {
    const junk: CellValue[][] = [
      [null, undefined, true, new Date(NaN), Number.NaN, '#REF!'],
      ['Thôn', 'Tổng số hộ'],
      [Infinity, -0],
    ];
    const b = Object.fromEntries(
      ['Cấu hình', 'Chỉ tiêu', 'Bộ tiêu chí', 'Thôn', 'Gia đình', 'Dòng họ', 'Đơn vị', 'Công dân'].map(
        (s) => [s, junk],
      ),
    );
    expect(() => runEngine(b)).not.toThrow();
  });
});

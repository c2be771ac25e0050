// The custom functions as Sheets calls them from the bundle: a cell is a scalar, a range a 2-D array.
import { createSandbox } from './sandbox/sandbox';

const sb = createSandbox();
const call = (name: string, ...args: unknown[]) => sb.call(name, ...args);
const fails = (name: string, ...args: unknown[]): string => {
  try {
    sb.call(name, ...args);
  } catch (err) {
    return (err as Error).message;
  }
  throw new Error(`${name} did not fail`);
};
const readable = (msg: string) => {
  expect(msg).toMatch(/^KH_[A-Z]+: /u);
  expect(msg).not.toMatch(/\n\s+at |TypeError|undefined|NaN/u);
};

const CDHT = 'Công dân học tập';
const row = (...p: (number | string)[]) => [p];

test('no custom function touches a service', () => {
  const n = sb.count(() => {
    sb.call('KH_DIEM', row(9, 8, 9, 8, 9, 8, 9, 8, 9, 8), CDHT);
    sb.call('KH_KETQUA', row(9, 8, 9, 8, 9, 8, 9, 8, 9, 8), CDHT);
    sb.call('KH_TYLE', [['Đạt'], ['Không đạt']]);
    sb.call('KH_CHITIEU', 'Gia đình học tập', 2028, 'Quảng Ngọc 2026-2030');
    sb.call('KH_CHUANHOA', ' Thôn  Đông ');
  });
  expect(n).toBe(0);
});

describe('KH_DIEM', () => {
  test('adds a row of criteria points; a range of rows gives a column of totals', () => {
    expect(call('KH_DIEM', row(9, 8, 9, 8, 9, 8, 9, 8, 9, 8), CDHT)).toBe(85);
    expect(
      sb.call(
        'KH_DIEM',
        [
          [10, 10],
          [5, ''],
          ['', ''],
        ],
        'cdht-324-2023',
      ),
    ).toEqual([[20], [5], ['']]);
  });
  test('wrong arguments give a readable Vietnamese error', () => {
    readable(fails('KH_DIEM', row(9, 8), ''));
    expect(fails('KH_DIEM', row(9, 8), 'Bóng đá')).toMatch(/không nhận ra bộ tiêu chí "Bóng đá"/u);
    // The engine's own messages for these cells (i18n/issues.ts), as the "Lỗi dữ liệu" sheet shows them.
    expect(fails('KH_DIEM', row(11), CDHT)).toBe('KH_DIEM: Điểm tiêu chí TC1 là 11, ngoài khoảng 0–10.');
    expect(fails('KH_DIEM', row('chín'), CDHT)).toBe('KH_DIEM: "chín" ở cột "TC1" không phải là số.');
    readable(fails('KH_DIEM', row(...Array.from({ length: 11 }, () => 5)), CDHT));
  });
});

describe('KH_KETQUA', () => {
  test('says Đạt at the pass mark, Chưa đạt below it or below an item minimum', () => {
    expect(sb.call('KH_KETQUA', row(8, 8, 8, 8, 8, 8, 8, 8, 8, 8), CDHT)).toBe('Đạt');
    expect(sb.call('KH_KETQUA', row(7, 7, 7, 7, 7, 7, 7, 7, 7, 8), CDHT)).toBe('Chưa đạt');
    expect(sb.call('KH_KETQUA', row(10, 10, 10, 10, 10, 10, 10, 10, 10, 4), CDHT)).toBe('Chưa đạt');
    expect(sb.call('KH_KETQUA', row('', ''), CDHT)).toBe('');
  });
  test('a disadvantaged commune passes at 70', () => {
    expect(sb.call('KH_KETQUA', row(7, 7, 7, 7, 7, 7, 7, 7, 7, 7), CDHT, 'x')).toBe('Đạt');
  });
});

describe('KH_TYLE', () => {
  test('is the share of recognised among non-blank cells, or among a given total', () => {
    expect(sb.call('KH_TYLE', [['Đạt'], ['Không đạt'], ['đạt'], [''], ['Tốt']])).toBe(75);
    expect(sb.call('KH_TYLE', [['Đạt'], ['Đạt']], 8)).toBe(25);
  });
  test('refuses a total of zero with a readable message', () => {
    expect(fails('KH_TYLE', [['Đạt']], 0)).toBe('KH_TYLE: tổng số "0" phải là số lớn hơn 0.');
  });
});

describe('KH_CHITIEU', () => {
  test('looks a target up by indicator and year in a preset', () => {
    expect(sb.call('KH_CHITIEU', 'Gia đình học tập', 2028, 'Quảng Ngọc 2026-2030')).toBe(90);
    expect(
      sb.call('KH_CHITIEU', 'Công dân học tập (% CBCCVC trong đơn vị)', 2030, 'quang-ngoc-2026-2030'),
    ).toBe(100);
  });
  test('or in a range of the "Chỉ tiêu" sheet', () => {
    const sheet = [
      ['Chỉ tiêu', 'Năm', 'So sánh', 'Tỷ lệ (%)', 'Phạm vi'],
      // Scope "Từng thôn": the engine's table reader currently drops rows reading "Toàn xã" as totals rows (reported).
      ['Gia đình học tập (% hộ)', 2027, '≥', 85, 'Từng thôn'],
    ];
    expect(sb.call('KH_CHITIEU', 'Gia đình học tập (% hộ)', 2027, sheet)).toBe(85);
  });
  test('says which target is missing', () => {
    expect(fails('KH_CHITIEU', 'Gia đình học tập', 2099, 'Quảng Ngọc 2026-2030')).toBe(
      'KH_CHITIEU: không có chỉ tiêu "Gia đình học tập (% hộ)" cho năm 2099.',
    );
    readable(fails('KH_CHITIEU', 'Gia đình học tập', 2028));
    readable(fails('KH_CHITIEU', 'Gia đình học tập', 'năm sau', 'Quảng Ngọc 2026-2030'));
  });
});

describe('KH_CHUANHOA', () => {
  test('cleans spacing and composes diacritics; "khóa" gives the matching key', () => {
    expect(sb.call('KH_CHUANHOA', '  Tho\u0302n   \u0110ông ')).toBe('Thôn Đông');
    expect(sb.call('KH_CHUANHOA', 'Nguyễn Văn An', 'khóa')).toBe('nguyen van an');
    expect(sb.call('KH_CHUANHOA', [['  a  b'], ['']])).toEqual([['a b'], ['']]);
  });
  test('an unknown mode is a readable error', () => {
    expect(fails('KH_CHUANHOA', 'x', 'gì đó')).toBe(
      'KH_CHUANHOA: kiểu chuẩn hóa "gì đó" không hợp lệ; dùng "chuẩn" hoặc "khóa".',
    );
  });
});

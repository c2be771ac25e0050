import {
  isBlank,
  isSpreadsheetError,
  parseDate,
  parseInteger,
  parseMark,
  parseNumber,
  parseNumberDetailed,
  parseResult,
  parseYear,
} from '../../../src/core/text/values';

const value = <T>(r: { ok: true; value: T } | { ok: false; reason: string }): T | string =>
  r.ok ? r.value : `fail:${r.reason}`;

describe('isBlank and isSpreadsheetError', () => {
  it('treats null, undefined, "" and invisible whitespace as blank', () => {
    for (const v of [null, undefined, '', '   ', '\u00A0\t', '\u200B']) expect(isBlank(v)).toBe(true);
    for (const v of [0, false, 'x', new Date(2026, 0, 1)]) expect(isBlank(v)).toBe(false);
  });
  it('recognises formula errors whatever their case and spacing', () => {
    for (const v of [
      '#N/A',
      ' #ref! ',
      '#VALUE!',
      '#DIV/0!',
      '#NAME?',
      '#NUM!',
      '#NULL!',
      '#ERROR!',
      '#SPILL!',
      '#CALC!',
    ]) {
      expect(isSpreadsheetError(v)).toBe(true);
    }
    expect(isSpreadsheetError('#1')).toBe(false);
    expect(isSpreadsheetError(404)).toBe(false);
  });
  it('reports formula errors as error-value in every parser', () => {
    for (const parse of [parseNumber, parseInteger, parseMark, parseResult, parseDate, parseYear]) {
      expect(parse('#REF!')).toEqual({ ok: false, reason: 'error-value' });
      expect(parse('  ')).toEqual({ ok: false, reason: 'empty' });
    }
  });
});

describe('parseNumber', () => {
  it.each<[unknown, number]>([
    [85, 85],
    ['85', 85],
    [' 85 ', 85],
    ['85,5', 85.5],
    ['85.5', 85.5],
    ['1.234', 1234],
    ['1.234.567', 1234567],
    ['1.234,5', 1234.5],
    ['1,234.5', 1234.5],
    ['1,234,567', 1234567],
    ['1 234', 1234],
    ['90%', 90],
    ['-5', -5],
    ['\u22125', -5],
    ['+7', 7],
    ['85 điểm', 85],
    ['8,5 Điểm', 8.5],
    ['0.500', 0.5],
    ['1.2345', 1.2345],
    [',5', 0.5],
    [0, 0],
  ])('%p → %p', (input, expected) => {
    expect(value(parseNumber(input as string | number))).toBe(expected);
  });
  it.each<unknown>([
    'abc',
    '85 tuổi',
    '1.23.4',
    '1,2,3',
    '--5',
    '5-',
    true,
    false,
    new Date(2026, 0, 1),
    Number.NaN,
    Infinity,
    '%',
    '.',
  ])('%p is invalid', (input) =>
    expect(parseNumber(input as string)).toEqual({ ok: false, reason: 'invalid' }),
  );
  it('tells whether a percent sign was written', () => {
    expect(parseNumberDetailed('90%')).toEqual({ ok: true, value: { value: 90, percentSign: true } });
    expect(parseNumberDetailed('87,5 %')).toEqual({ ok: true, value: { value: 87.5, percentSign: true } });
    expect(parseNumberDetailed(0.9)).toEqual({ ok: true, value: { value: 0.9, percentSign: false } });
  });
});

describe('parseInteger', () => {
  it('accepts whole numbers however written', () => {
    expect(value(parseInteger('12,0'))).toBe(12);
    expect(value(parseInteger(12))).toBe(12);
    expect(value(parseInteger('1.200'))).toBe(1200);
    expect(value(parseInteger('-0'))).toBe(0);
  });
  it('rejects fractions', () => {
    expect(parseInteger(12.5)).toEqual({ ok: false, reason: 'invalid' });
    expect(parseInteger('12,5')).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('parseMark', () => {
  it.each<unknown>([
    true,
    1,
    'x',
    'X',
    'có',
    'co',
    'Có',
    '✓',
    '✔',
    '☑',
    'v',
    'yes',
    'rồi',
    'đã đăng ký',
    'Đăng ký',
    'đk',
    'ĐK',
    'TRUE',
    '1',
  ])('%p is ticked', (v) => expect(parseMark(v as string)).toEqual({ ok: true, value: true }));
  it.each<unknown>([false, 0, 'không', 'khong', 'Chưa', 'no', 'FALSE', '-', '0'])('%p is not ticked', (v) =>
    expect(parseMark(v as string)).toEqual({ ok: true, value: false }),
  );
  it.each<unknown>(['có lẽ', 2, 'abc', new Date(2026, 0, 1), 'xx'])('%p is invalid', (v) =>
    expect(parseMark(v as string)).toEqual({ ok: false, reason: 'invalid' }),
  );
  it('reports a blank cell as empty', () => {
    expect(parseMark(null)).toEqual({ ok: false, reason: 'empty' });
    expect(parseMark('')).toEqual({ ok: false, reason: 'empty' });
  });
});

describe('parseResult', () => {
  it.each<unknown>(['Đạt', 'đạt', 'DAT', 'Dat', 'Đ', 'x', '✓', true, 'Công nhận', 'Được công nhận', ' ĐẠT '])(
    '%p passes',
    (v) => expect(parseResult(v as string)).toEqual({ ok: true, value: { outcome: 'pass', band: null } }),
  );
  it.each<[string, string]>([
    ['Tốt', 'Tốt'],
    ['tot', 'Tốt'],
    ['KHÁ', 'Khá'],
    ['Trung bình', 'Trung bình'],
    ['trung binh', 'Trung bình'],
    ['Xuất sắc', 'Xuất sắc'],
  ])('%s passes with band %s', (v, band) =>
    expect(parseResult(v)).toEqual({ ok: true, value: { outcome: 'pass', band } }),
  );
  it.each<unknown>(['Không đạt', 'Chưa đạt', 'KĐ', 'Không', 'Không công nhận', false, 'Chưa', 'khong dat'])(
    '%p fails',
    (v) => expect(parseResult(v as string)).toEqual({ ok: true, value: { outcome: 'fail', band: null } }),
  );
  it.each<unknown>(['Tạm được', 1, 'Đạt một phần', new Date(2026, 0, 1)])('%p is invalid', (v) =>
    expect(parseResult(v as string)).toEqual({ ok: false, reason: 'invalid' }),
  );
});

describe('parseDate', () => {
  const ymd = (r: ReturnType<typeof parseDate>): string =>
    r.ok ? `${r.value.getFullYear()}-${r.value.getMonth() + 1}-${r.value.getDate()}` : `fail:${r.reason}`;
  it.each([
    ['05/12/2026', '2026-12-5'],
    ['5/12/2026', '2026-12-5'],
    ['05-12-2026', '2026-12-5'],
    ['05.12.2026', '2026-12-5'],
    ['2026-12-05', '2026-12-5'],
    [' 29/02/2024 ', '2024-2-29'],
    ['ngày 05 tháng 12 năm 2026', '2026-12-5'],
  ])('reads %s day first', (text, expected) => expect(ymd(parseDate(text))).toBe(expected));
  it('reads Sheets/Excel serial numbers', () => {
    expect(ymd(parseDate(45000))).toBe('2023-3-15');
    expect(ymd(parseDate(45000.75))).toBe('2023-3-15');
    expect(ymd(parseDate(61))).toBe('1900-3-1');
  });
  it('keeps the local calendar day of a Date and drops its time', () => {
    const r = parseDate(new Date(2026, 11, 5, 23, 59));
    expect(r.ok && r.value.getHours()).toBe(0);
    expect(ymd(r)).toBe('2026-12-5');
  });
  it.each<unknown>([
    '31/02/2026',
    '29/02/2025',
    '12/13/2026',
    '2026',
    'hôm qua',
    0,
    60,
    60.5,
    80001,
    -5,
    true,
    new Date(Number.NaN),
    '05/12/26',
  ])('%p is invalid', (v) => expect(parseDate(v as string)).toEqual({ ok: false, reason: 'invalid' }));
});

describe('parseYear', () => {
  it.each<[unknown, number]>([
    [1975, 1975],
    ['1975', 1975],
    ['năm 1975', 1975],
    [new Date(1980, 5, 1), 1980],
    ['05/12/2026', 2026],
    [45000, 2023],
    [1900, 1900],
    [2100, 2100],
  ])('%p → %i', (v, y) => expect(value(parseYear(v as string))).toBe(y));
  it.each<unknown>([1899, 2101, 2500, '75', 1975.5, 'abc', true, 1e9])('%p is invalid', (v) =>
    expect(parseYear(v as string)).toEqual({ ok: false, reason: 'invalid' }),
  );
});

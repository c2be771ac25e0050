import {
  formatDateLong,
  formatDateShort,
  formatDecimal,
  formatInt,
  formatPercent,
  upperVi,
} from '../../../src/core/text/format';

describe('formatInt', () => {
  it.each([
    [3412, '3.412'],
    [-1234567, '-1.234.567'],
    [0, '0'],
    [999, '999'],
    [1000, '1.000'],
    [3411.5, '3.412'],
    [-0.4, '0'],
    [1e12, '1.000.000.000.000'],
  ])('%p → %s', (n, s) => expect(formatInt(n)).toBe(s));
  it('shows a dash for non-finite numbers', () => {
    expect(formatInt(Number.NaN)).toBe('–');
  });
});

describe('formatDecimal', () => {
  it.each([
    [87.66, 1, '87,7'],
    [1234.5, 1, '1.234,5'],
    [90, 1, '90,0'],
    [1.005, 2, '1,01'],
    [-2.25, 1, '-2,3'],
    [0.04, 1, '0,0'],
    [1234567.891, 2, '1.234.567,89'],
    [5, 0, '5'],
  ])('%p with %i digits → %s', (n, d, s) => expect(formatDecimal(n, d)).toBe(s));
  it('defaults to one digit', () => {
    expect(formatDecimal(3)).toBe('3,0');
  });
});

describe('formatPercent', () => {
  it.each([
    [87.66, '87,7%'],
    [90, '90%'],
    [0, '0%'],
    [100, '100%'],
    [89.96, '90%'],
    [33.333, '33,3%'],
    [1500.25, '1.500,3%'],
  ])('%p → %s', (n, s) => expect(formatPercent(n)).toBe(s));
  it('shows a dash when there is no figure', () => {
    expect(formatPercent(null)).toBe('–');
    expect(formatPercent(Number.NaN)).toBe('–');
  });
  it('honours the digits argument', () => {
    expect(formatPercent(87.666, 2)).toBe('87,67%');
    expect(formatPercent(87.666, 0)).toBe('88%');
  });
});

describe('formatDateLong', () => {
  it('pads the day, and the month only for January and February', () => {
    expect(formatDateLong(new Date(2026, 11, 5))).toBe('ngày 05 tháng 12 năm 2026');
    expect(formatDateLong(new Date(2026, 0, 15))).toBe('ngày 15 tháng 01 năm 2026');
    expect(formatDateLong(new Date(2026, 1, 1))).toBe('ngày 01 tháng 02 năm 2026');
    expect(formatDateLong(new Date(2026, 2, 9))).toBe('ngày 09 tháng 3 năm 2026');
    expect(formatDateLong(new Date(2026, 9, 20))).toBe('ngày 20 tháng 10 năm 2026');
  });
});

describe('formatDateShort', () => {
  it('writes day first with padding', () => {
    expect(formatDateShort(new Date(2026, 11, 5))).toBe('05/12/2026');
    expect(formatDateShort(new Date(2026, 0, 31))).toBe('31/01/2026');
  });
});

describe('upperVi', () => {
  it('uppercases Vietnamese letters keeping them precomposed', () => {
    expect(upperVi('xã Hòa An')).toBe('XÃ HÒA AN');
    expect(upperVi('ủy ban nhân dân xã đắk rơ')).toBe('ỦY BAN NHÂN DÂN XÃ ĐẮK RƠ');
    expect(upperVi('cộng hòa xã hội chủ nghĩa việt nam'.normalize('NFD'))).toBe(
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    );
  });
});

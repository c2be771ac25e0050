// "Mã xã" on "Cấu hình": the key the province matches communes by, so a code Sheets stripped of its leading zero
// must come back as typed, and a wrong one must be pointed at without blocking the commune's own report.
import { runEngine } from '../../src/core/engine';
import { makeWorkbook } from './helpers/workbook';

const villages = [
  { name: 'Thôn 1', households: 10, adults: 20, workers: 10, registered: 'x', result: 'Đạt' },
];

describe('the commune code ("Mã xã")', () => {
  it('keeps a five-digit code typed as text', () => {
    const r = runEngine(makeWorkbook({ villages, config: { 'Mã xã': '01234' } }));
    expect(r.config?.communeCode).toBe('01234');
    expect(r.issues.filter((i) => i.code === 'BAD_COMMUNE_CODE')).toEqual([]);
  });

  it('pads the number 1234 that Sheets makes of "01234" back to five digits, without a warning', () => {
    const r = runEngine(makeWorkbook({ villages, config: { 'Mã xã': 1234 } }));
    expect(r.config?.communeCode).toBe('01234');
    expect(r.issues.filter((i) => i.code === 'BAD_COMMUNE_CODE')).toEqual([]);
  });

  it('is blank, with no issue, when the row is missing or empty', () => {
    expect(runEngine(makeWorkbook({ villages })).config?.communeCode).toBe('');
    const r = runEngine(makeWorkbook({ villages, config: { 'Mã xã': '' } }));
    expect(r.config?.communeCode).toBe('');
    expect(r.issues.filter((i) => i.code === 'BAD_COMMUNE_CODE')).toEqual([]);
  });

  it.each([['1234-5'], ['123456'], ['mã 0123'], [123456]])(
    'warns at its cell that %p is not a five-digit code, leaves the code blank and the rest of the run intact',
    (value) => {
      const r = runEngine(makeWorkbook({ villages, config: { 'Mã xã': value } }));
      const found = r.issues.filter((i) => i.code === 'BAD_COMMUNE_CODE');
      // baseConfig has four rows under the header: "Mã xã" is the fifth setting, on row 6.
      expect(found).toEqual([
        expect.objectContaining({
          severity: 'warning',
          sheet: 'Cấu hình',
          row: 6,
          column: 'B',
          value: String(value),
        }),
      ]);
      expect(found[0]?.message).toContain('5 chữ số');
      expect(found[0]?.hint).toContain('01234');
      expect(r.config?.communeCode).toBe('');
      expect(r.config?.commune).toBe('Hòa An');
      expect(r.errorCount).toBe(0);
    },
  );
});

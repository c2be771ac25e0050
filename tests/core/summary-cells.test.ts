import { readSummarySheet, summaryHeader, summaryToCells } from '../../src/core/summary/cells';
import type { SummaryRow } from '../../src/core/summary/schema';

const row: SummaryRow = {
  schemaVersion: 1,
  communeCode: '01234',
  commune: 'Hòa An',
  province: 'Thanh Hóa',
  year: 2026,
  indicator: 'family',
  label: 'Gia đình học tập (% hộ)',
  level: 'village',
  village: 'Thôn Bắc',
  numerator: 180,
  denominator: 200,
  targetPercent: 90,
  targetYear: 2028,
  criteriaSet: 'Bộ tiêu chí mẫu',
  criteriaSample: true,
  errors: 0,
  warnings: 3,
  evidence: null,
  generatedAt: '2026-12-02T08:00:00.000Z',
};

describe('summary sheet cells', () => {
  it('reads back what it writes, the level and yes/no spelled in Vietnamese', () => {
    const cells = summaryToCells([row]);
    expect(cells[0]).toContain('Thôn');
    expect(cells[0]).toContain('Có');
    expect(readSummarySheet([summaryHeader(), ...cells, []])).toEqual({ kind: 'ok', rows: [row] });
  });

  it('restores a commune code that Sheets turned into a number', () => {
    const cells = summaryToCells([row]);
    (cells[0] as (string | number)[])[1] = 1234;
    const read = readSummarySheet([summaryHeader(), ...cells]);
    expect(read.kind === 'ok' && read.rows[0]?.communeCode).toBe('01234');
  });

  it('names the cell that cannot be read', () => {
    const cells = summaryToCells([row]);
    (cells[0] as (string | number)[])[9] = 'nhiều';
    expect(readSummarySheet([summaryHeader(), ...cells])).toEqual({
      kind: 'damaged',
      row: 2,
      col: 10,
      header: 'Tử số',
    });
  });

  it('tells an older or newer template from a sheet that is not a summary', () => {
    const older = ['Phiên bản mẫu', 'Xã', 'Năm'];
    expect(readSummarySheet([older, [0, 'Hòa An', 2025]])).toEqual({ kind: 'oldSchema', version: 0 });
    const cells = summaryToCells([row]);
    (cells[0] as (string | number)[])[0] = 7;
    expect(readSummarySheet([summaryHeader(), ...cells])).toEqual({ kind: 'newerSchema', version: 7 });
    expect(readSummarySheet([['Họ và tên', 'Thôn']])).toEqual({ kind: 'notSummary' });
  });
});

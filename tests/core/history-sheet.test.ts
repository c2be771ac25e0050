// "Lịch sử" keeps one row per year × indicator × level × village: re-running a year replaces that year only.
import { HISTORY_SHEET, buildHistorySheet, readHistorySheet } from '../../src/core/history/sheet';
import { historyYears, mergeHistory, otherCommune } from '../../src/core/history/merge';
import { summaryHeader, summaryToCells } from '../../src/core/summary/cells';
import type { SummaryRow } from '../../src/core/summary/schema';

const base: SummaryRow = {
  schemaVersion: 1,
  communeCode: '16216',
  commune: 'Quảng Ngọc',
  province: 'Thanh Hóa',
  year: 2026,
  indicator: 'family',
  label: 'Gia đình học tập (% hộ)',
  level: 'commune',
  village: '',
  numerator: 600,
  denominator: 1000,
  targetPercent: 90,
  targetYear: 2028,
  criteriaSet: 'Bộ tiêu chí mẫu',
  criteriaSample: true,
  errors: 0,
  warnings: 0,
  evidence: null,
  generatedAt: '2026-12-02T08:00:00.000Z',
};
const row = (over: Partial<SummaryRow>): SummaryRow => ({ ...base, ...over });
const yearRows = (year: number, numerator: number): SummaryRow[] => [
  row({ year, numerator }),
  row({ year, indicator: 'clan', label: 'Dòng họ học tập (% dòng họ)', numerator: 3, denominator: 10 }),
  row({ year, level: 'village', village: 'Thôn Đông', numerator: numerator / 2, denominator: 500 }),
  row({ year, level: 'village', village: 'Thôn Tây', numerator: numerator / 2, denominator: 500 }),
];

describe('merging a year into the history', () => {
  it('re-running a year replaces that year only and keeps the others', () => {
    const history = mergeHistory(yearRows(2025, 500), yearRows(2026, 600));
    const again = mergeHistory(history, yearRows(2026, 700));
    expect(historyYears(again)).toEqual([2025, 2026]);
    expect(again.filter((r) => r.year === 2025)).toEqual(yearRows(2025, 500));
    expect(again.filter((r) => r.year === 2026)).toEqual(yearRows(2026, 700));
    expect(again).toHaveLength(8);
  });

  it('adding an older year after a newer one puts it first, whatever order they came in', () => {
    const a = mergeHistory(mergeHistory([], yearRows(2026, 600)), yearRows(2024, 400));
    const b = mergeHistory(mergeHistory([], yearRows(2024, 400)), yearRows(2026, 600));
    expect(a).toEqual(b);
    expect(a.map((r) => r.year)).toEqual([2024, 2024, 2024, 2024, 2026, 2026, 2026, 2026]);
  });

  it('puts commune rows before villages, villages in the order they first appear, indicators in summary order', () => {
    const shuffled = [...yearRows(2026, 600)].reverse();
    const merged = mergeHistory(shuffled, []);
    expect(merged.map((r) => `${r.indicator}|${r.village}`)).toEqual([
      'family|',
      'clan|',
      'family|Thôn Tây',
      'family|Thôn Đông',
    ]);
    // Merging the same rows twice changes nothing.
    expect(mergeHistory(merged, [])).toEqual(merged);
  });

  it('names a row of another commune', () => {
    const other = row({ commune: 'Quảng Trạch', year: 2024 });
    expect(otherCommune([...yearRows(2025, 500), other], base)).toBe(other);
    expect(otherCommune(yearRows(2025, 500), row({ commune: 'QUẢNG NGỌC' }))).toBeUndefined();
  });
});

describe('the "Lịch sử" sheet', () => {
  it('is written under its own name with the summary header, and reads back the same rows', () => {
    const rows = mergeHistory(yearRows(2025, 500), yearRows(2026, 600));
    const table = buildHistorySheet(rows);
    expect(table.sheet).toBe(HISTORY_SHEET);
    expect(table.values[0]).toEqual(summaryHeader());
    expect(readHistorySheet(table.values)).toEqual({ kind: 'ok', rows });
  });

  it('an absent or blank sheet is an empty history', () => {
    expect(readHistorySheet(undefined)).toEqual({ kind: 'ok', rows: [] });
    expect(readHistorySheet([[], ['', null]])).toEqual({ kind: 'ok', rows: [] });
  });

  it('names the damaged cell, an older template and a sheet that is not a history', () => {
    const cells = summaryToCells(yearRows(2026, 600));
    (cells[2] as (string | number)[])[10] = 'năm trăm';
    expect(readHistorySheet([summaryHeader(), ...cells])).toEqual({
      kind: 'damaged',
      row: 4,
      col: 11,
      header: 'Mẫu số',
    });
    const fine = summaryToCells(yearRows(2026, 600));
    (fine[1] as (string | number)[])[0] = 0;
    expect(readHistorySheet([summaryHeader(), ...fine])).toEqual({ kind: 'oldSchema', version: 0 });
    expect(
      readHistorySheet([
        ['Năm', 'Ghi chú'],
        [2025, 'viết tay'],
      ]),
    ).toEqual({ kind: 'notSummary' });
  });
});

// "Lịch sử" keeps one row per year × indicator × level × village: re-running a year replaces that year only.
import { HISTORY_SHEET, buildHistorySheet, readHistorySheet } from '../../src/core/history/sheet';
import { historyYears, mergeHistory, otherCommune } from '../../src/core/history/merge';
import { summaryHeader, summaryToCells } from '../../src/core/summary/cells';
import { updateHistory } from '../../src/core/history/update';
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

describe("one run into the workbook's history", () => {
  const sheetOf = (rows: SummaryRow[]) => [summaryHeader(), ...summaryToCells(rows)];

  it("writes the previous years with this run's year replaced", () => {
    const previous = sheetOf(mergeHistory(yearRows(2025, 500), yearRows(2026, 600)));
    const update = updateHistory(previous, yearRows(2026, 700));
    expect(update.kind).toBe('write');
    expect(update.rows).toEqual(mergeHistory(yearRows(2025, 500), yearRows(2026, 700)));
  });

  it('keeps a damaged sheet as it was and names the cell', () => {
    const cells = summaryToCells(yearRows(2025, 500));
    (cells[0] as (string | number)[])[9] = 'năm trăm';
    const update = updateHistory([summaryHeader(), ...cells], yearRows(2026, 600));
    expect(update).toEqual({
      kind: 'keep',
      rows: [],
      reason:
        'Trang "Lịch sử" được giữ nguyên, chưa ghi năm nay: ô J2 (cột "Tử số") không đọc được. Sửa ô đó, hoặc xóa trang "Lịch sử" nếu không cần giữ các năm trước, rồi chạy lại.',
    });
  });

  it("keeps a user's own sheet of that name and a history of another commune", () => {
    expect(
      updateHistory(
        [
          ['Ngày', 'Việc'],
          ['01/01/2025', 'họp'],
        ],
        yearRows(2026, 600),
      ),
    ).toMatchObject({
      kind: 'keep',
      reason: expect.stringContaining('không phải do phần mềm ghi') as unknown,
    });
    const other = sheetOf(yearRows(2025, 500).map((r) => ({ ...r, commune: 'Quảng Trạch' })));
    expect(updateHistory(other, yearRows(2026, 600))).toMatchObject({
      kind: 'keep',
      reason:
        'Trang "Lịch sử" được giữ nguyên, chưa ghi năm nay: trang ghi số liệu của xã Quảng Trạch (năm 2025), không phải xã Quảng Ngọc.',
    });
  });

  it('without a usable configuration records nothing and keeps the years it could read', () => {
    const previous = sheetOf(yearRows(2025, 500));
    expect(updateHistory(previous, null)).toEqual({ kind: 'keep', rows: yearRows(2025, 500), reason: null });
  });
});

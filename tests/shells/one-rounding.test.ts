// One percentage for every shell: the engine rounds once (half up on the exact fraction, one decimal) and the
// "Tổng hợp" sheet, the console, the report and KH_TYLE only show its digits. Counts are drawn at random.
import fc from 'fast-check';
import { runEngine } from '../../src/core/engine';
import { titleWithUnit } from '../../src/core/i18n/terms';
import { buildSummary } from '../../src/core/output/summary';
import { allBlocks } from '../../src/core/report/model';
import { buildAnnualReport } from '../../src/core/report/annual';
import type { EngineResult, OutputTable } from '../../src/core/result';
import { percentTenths, ratio } from '../../src/core/tally/ratio';
import { summaryLines } from '../../src/node/cli/summary';
import { createSandbox } from '../gas/sandbox/sandbox';
import { asSnapshot, families, makeWorkbook } from '../core/helpers/workbook';

/** Tenths of a percent by long division: quotient of 1000·n ÷ d, plus one when the remainder is half d or more. */
const expectedTenths = (n: number, d: number): number => {
  const q = Math.floor((1000 * n) / d);
  const r = 1000 * n - q * d;
  return q + (2 * r >= d ? 1 : 0);
};
/** "7,5", "90,0", "100,0" */
const digits = (tenths: number): string => `${Math.floor(tenths / 10)},${tenths % 10}`;
/** A shown percentage ("7,5", "7,5%", "90%") back to tenths, so prose that drops ",0" compares too. */
const tenthsOf = (shown: string): number => {
  const m = /^(\d+)(?:,(\d))?%?$/u.exec(shown);
  if (!m) throw new Error(`not a percentage: ${shown}`);
  return Number(m[1]) * 10 + Number(m[2] ?? 0);
};

const counts = fc
  .integer({ min: 1, max: 5000 })
  .chain((d) => fc.tuple(fc.integer({ min: 0, max: d }), fc.constant(d)));

/** Exact ties at the second decimal (7,45 %, 12,35 %…), where floating point rounds either way: j·(2k+1) of 2000·j. */
const ties = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 0, max: 999 }))
  .map(([j, k]) => [j * (2 * k + 1), 2000 * j] as [number, number]);

const base = runEngine(
  asSnapshot(
    makeWorkbook({ villages: [{ name: 'Thôn 1', households: 10 }], families: families('Thôn 1', 5) }),
  ),
);

/** The engine's result with the commune's family counts replaced by n recognised of d households. */
const withFamily = (n: number, d: number): EngineResult => {
  const family = {
    total: d,
    assessed: true,
    registered: n,
    recognised: n,
    recognisedRatio: ratio(n, d),
    registeredRatio: ratio(n, d),
  };
  const commune = { ...base.tally.commune, family };
  return {
    ...base,
    tally: { ...base.tally, commune },
    targets: [],
    planTargets: [],
    planPeriod: null,
    tables: {
      ...base.tables,
      summary: buildSummary({
        config: base.config,
        villages: base.tally.villages,
        commune,
        targetYear: base.targetYear,
        presetName: null,
        targets: [],
        errorCount: 0,
        warningCount: 0,
        evidence: base.evidence,
      }),
    },
  };
};

/**
 * What Sheets shows for the family row's "Tỷ lệ công nhận (%)" cell: the stored fraction under its percent format,
 * without the sign. The fraction is the tenths over 1000 exactly, so the format never rounds it a second time.
 */
const sheetShows = (t: OutputTable): string => {
  const row = t.values.findIndex((r) => r[0] === titleWithUnit('family'));
  const value = t.values[row]?.[5];
  expect(t.numberFormats[row]?.[5]).toBe('0.0%');
  if (typeof value !== 'number') throw new Error(`no number in the cell: ${String(value)}`);
  expect(value).toBe(Math.round(value * 1000) / 1000);
  return (value * 100).toFixed(1).replace('.', ',');
};

const consoleShows = (r: EngineResult): string => {
  const line = summaryLines(r).find((l) => l.startsWith(titleWithUnit('family')));
  return line?.trim().split(/\s+/u).at(-1) ?? '';
};

const reportShows = (r: EngineResult): { cell: string; sentence: string } => {
  const blocks = allBlocks(buildAnnualReport(r));
  const table = blocks.find(
    (b) =>
      b.kind === 'table' && b.rows.some((row) => 'cells' in row && row.cells[1] === titleWithUnit('family')),
  );
  const row =
    table?.kind === 'table'
      ? table.rows.find((x) => 'cells' in x && x.cells[1] === titleWithUnit('family'))
      : undefined;
  const cell = row && 'cells' in row ? (row.cells[5] ?? '') : '';
  const text = blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.runs.map((x) => x.text).join('')] : []));
  const sentence = text.find((p) => p.startsWith('Gia đình học tập: toàn')) ?? '';
  return { cell, sentence: /\((\d+(?:,\d)?%)\) được công nhận/u.exec(sentence)?.[1] ?? '' };
};

const sb = createSandbox();
const column = (n: number, d: number) => Array.from({ length: d }, (_, i) => [i < n ? 'Đạt' : 'Chưa đạt']);

describe('one percentage', () => {
  it('rounds the exact fraction half up: 149/2000 = 7,45 % shows 7,5', () => {
    expect(percentTenths(149, 2000)).toBe(75);
    expect(ratio(149, 2000).percent).toBe(7.5);
    expect(ratio(1, 8).percent).toBe(12.5); // 12,5 exactly: no rounding at all
    expect(ratio(1, 3).percent).toBe(33.3);
    expect(ratio(2, 3).percent).toBe(66.7);
    expect(ratio(0, 0).percent).toBeNull();
  });

  it('never drifts from the long-division answer, however large the counts', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 2 ** 40 })
          .chain((d) => fc.tuple(fc.integer({ min: 0, max: d }), fc.constant(d))),
        ([n, d]) => {
          const big = (2000n * BigInt(n) + BigInt(d)) / (2n * BigInt(d));
          expect(percentTenths(n, d)).toBe(Number(big));
        },
      ),
    );
    fc.assert(fc.property(counts, ([n, d]) => expect(percentTenths(n, d)).toBe(expectedTenths(n, d))));
  });

  it('149 of 2.000 households show 7,5 on the sheet, in the console, in the report and from KH_TYLE', () => {
    const r = withFamily(149, 2000);
    expect(sheetShows(r.tables.summary)).toBe('7,5');
    expect(consoleShows(r)).toBe('7,5%');
    expect(reportShows(r)).toEqual({ cell: '7,5', sentence: '7,5%' });
    expect(sb.call('KH_TYLE', column(149, 2000))).toBe(7.5);
    expect(sb.call('KH_TYLE', column(149, 149), 2000)).toBe(7.5);
  });

  it('every shell shows the same digits for random counts', () => {
    fc.assert(
      fc.property(fc.oneof(counts, ties), ([n, d]) => {
        const want = expectedTenths(n, d);
        const r = withFamily(n, d);
        expect(sheetShows(r.tables.summary)).toBe(digits(want));
        expect(tenthsOf(consoleShows(r))).toBe(want);
        const report = reportShows(r);
        expect(report.cell).toBe(digits(want));
        expect(tenthsOf(report.sentence)).toBe(want);
        const fromColumn = sb.call('KH_TYLE', column(n, d)) as number;
        const fromTotal = sb.call('KH_TYLE', column(n, n), d) as number;
        expect(fromColumn.toFixed(1).replace('.', ',')).toBe(digits(want));
        expect(fromTotal).toBe(fromColumn);
      }),
      { numRuns: 100 },
    );
  });

  it('KH_TYLE refuses more recognised cells than the total, in Vietnamese', () => {
    let message = '';
    try {
      sb.call('KH_TYLE', column(3, 3), 1);
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toBe(
      'KH_TYLE: có 3 ô được công nhận, nhiều hơn tổng số 1; kiểm tra lại tổng số hoặc vùng kết quả.',
    );
  });
});

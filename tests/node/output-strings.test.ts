// No NaN, Infinity or exponent notation ever reaches a sheet, the console or a document: every output string of
// random workbooks, with counts and points drawn from what people paste (huge, tiny, negative, logical, text).
import fc from 'fast-check';
import { runEngine } from '../../src/core/engine';
import { buildAllDocuments } from '../../src/core/report';
import type { EngineResult } from '../../src/core/result';
import type { CellValue } from '../../src/core/snapshot';
import { issueLines, summaryLines } from '../../src/node/cli/summary';
import { makeWorkbook } from '../core/helpers/workbook';

const VILLAGES = ['Thôn 1', 'Thôn 2', 'Thôn 3'];
const count: fc.Arbitrary<CellValue> = fc.oneof(
  fc.integer({ min: 0, max: 500 }),
  fc.constantFrom(0, 4000000016, 1e21, 1e308, -16, 1e-7, 2.5e22, Number.MAX_VALUE, 12.5, true, false),
  // Text typed by a person is echoed as typed, so it holds no exponent here: the property is about our numbers.
  fc.constantFrom('', '12', '1.234', 'mười', '1.000.000.000.000', '#DIV/0!'),
);
const points: fc.Arbitrary<CellValue> = fc.oneof(
  fc.integer({ min: 0, max: 30 }),
  fc.constantFrom(1e21, -3, 1e-9, 1e308, '', 'x', true),
);
const digital = fc.constantFrom('Có', 'Thành thạo', 'Không', '');

const workbook = fc.record({
  villages: fc.array(
    fc.record({
      households: count,
      clans: count,
      population: count,
      adults: count,
      workers: count,
      registered: fc.constantFrom('x', ''),
    }),
    { minLength: 1, maxLength: 3 },
  ),
  families: fc.array(
    fc.record({
      v: fc.nat(2),
      TC1: points,
      TC2: points,
      totalPoints: points,
      result: fc.constantFrom('Đạt', ''),
    }),
    { maxLength: 12 },
  ),
  clans: fc.array(
    fc.record({ v: fc.nat(2), households: count, result: fc.constantFrom('Đạt', 'Không đạt') }),
    {
      maxLength: 4,
    },
  ),
  units: fc.array(fc.record({ staff: count, result: fc.constantFrom('Đạt', '') }), { maxLength: 2 }),
  citizens: fc.array(fc.record({ v: fc.nat(2), digital, birthYear: fc.constantFrom(1980, 1e21, 2020, '') }), {
    maxLength: 8,
  }),
});

const BAD = /NaN|Infinity|\d[eE][+-]?\d/u;

const strings = (r: EngineResult): string[] => {
  const out: string[] = [];
  const cells = (values: readonly (readonly unknown[])[]) => {
    for (const row of values)
      for (const v of row) {
        if (typeof v === 'number') {
          if (!Number.isFinite(v)) out.push(String(v));
          else if (/e/iu.test(String(v))) out.push(String(v)); // Sheets would show it in exponent form
        } else if (typeof v === 'string') out.push(v);
      }
  };
  cells(r.tables.summary.values);
  cells(r.tables.problems.values);
  out.push(...summaryLines(r), ...issueLines(r.issues, Infinity));
  if (!r.blocking && r.config) out.push(JSON.stringify(buildAllDocuments(r, { chart: false })));
  return out;
};

test('no output string of a random workbook holds NaN, Infinity or exponent notation', () => {
  fc.assert(
    fc.property(workbook, (w) => {
      const r = runEngine(
        makeWorkbook({
          villages: w.villages.map((v, i) => ({ name: VILLAGES[i] ?? 'Thôn 9', kind: 'Thôn', ...v })),
          families: w.families.map((f, i) => ({
            head: `Nguyễn Văn ${i}`,
            village: VILLAGES[f.v],
            registered: 'x',
            ...f,
          })),
          clans: w.clans.map((c, i) => ({ name: `Họ ${i}`, villages: VILLAGES[c.v], registered: 'x', ...c })),
          units: w.units.map((u, i) => ({ name: `Đơn vị ${i}`, kind: 'Cơ quan', registered: 'x', ...u })),
          citizens: w.citizens.map((c, i) => ({
            name: `Trần Thị ${i}`,
            group: 'Người dân',
            village: VILLAGES[c.v],
            registered: 'x',
            result: 'Đạt',
            ...c,
          })),
        }),
      );
      const bad = strings(r).filter((s) => BAD.test(s));
      expect(bad).toEqual([]);
    }),
    { numRuns: 150, seed: 20261202 },
  );
});

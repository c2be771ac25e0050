// Properties of the engine on random communes: bounded percentages and results that do not depend on row order,
// column order or the Unicode form the names were typed in. Sheet names stay as typed: shells need them verbatim.
import fc from 'fast-check';
import { runEngine } from '../../src/core/engine';
import type { EngineResult } from '../../src/core/result';
import type { CellValue } from '../../src/core/snapshot';
import { makeWorkbook } from './helpers/workbook';

const VILLAGE_NAMES = ['Thôn Đông', 'Thôn Tây', 'Thôn Nam', 'Thôn Bắc', 'Thôn Hạ Đoạn', 'Tổ dân phố 3'];
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Võ', 'Đặng'];
const GIVEN = ['Văn Ánh', 'Thị Hường', 'Đức Mạnh', 'Thị Ngọc Diệp', 'Quốc Việt', 'Minh Thư'];
const RESULTS = ['Đạt', 'Không đạt', ''];

const commune = fc
  .record({
    villages: fc.integer({ min: 1, max: VILLAGE_NAMES.length }),
    households: fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 6, maxLength: 6 }),
    families: fc.array(
      fc.record({
        v: fc.nat(),
        s: fc.nat(),
        g: fc.nat(),
        r: fc.nat(),
        points: fc.option(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 4, maxLength: 4 })),
      }),
      { maxLength: 40 },
    ),
    citizens: fc.array(
      fc.record({
        v: fc.nat(),
        s: fc.nat(),
        g: fc.nat(),
        r: fc.nat(),
        year: fc.integer({ min: 1940, max: 2015 }),
        total: fc.option(fc.integer({ min: 0, max: 100 })),
      }),
      { maxLength: 40 },
    ),
  })
  .map(({ villages, households, families, citizens }) => {
    const names = VILLAGE_NAMES.slice(0, villages);
    const seen = new Set<string>();
    const fam = families
      .map((f, i) => ({
        head: `${SURNAMES[f.s % SURNAMES.length]} ${GIVEN[f.g % GIVEN.length]} ${i}`,
        village: names[f.v % names.length] ?? '',
        registered: 'x',
        result: f.points ? '' : RESULTS[f.r % RESULTS.length],
        ...(f.points ? { TC1: f.points[0], TC2: f.points[1], TC3: f.points[2], TC4: f.points[3] } : {}),
      }))
      .filter((f) => !seen.has(f.head) && seen.add(f.head));
    const count = (v: string) => fam.filter((f) => f.village === v).length;
    return makeWorkbook({
      villages: names.map((name, i) => ({
        name,
        households: count(name) + (households[i] ?? 0),
        population: 200,
        adults: 120,
        workers: 90,
      })),
      families: fam,
      citizens: citizens.map((c, i) => ({
        name: `${SURNAMES[c.s % SURNAMES.length]} ${GIVEN[c.g % GIVEN.length]} ${i}`,
        birthYear: c.year,
        group: c.r % 3 === 0 ? 'Người lao động' : 'Nông dân',
        village: names[c.v % names.length],
        registered: 'x',
        ...(c.total === null ? { result: RESULTS[c.r % 2] } : { totalPoints: c.total }),
      })),
    });
  });

type Book = Record<string, CellValue[][]>;
const mapStrings = (book: Book, f: (s: string) => string): Book =>
  Object.fromEntries(
    Object.entries(book).map(([k, rows]) => [
      k,
      rows.map((r) => r.map((c) => (typeof c === 'string' ? f(c) : c))),
    ]),
  );
const shuffleRows = (book: Book, seed: number): Book =>
  Object.fromEntries(
    Object.entries(book).map(([k, rows]) => {
      const [header, ...body] = rows;
      const order = body
        .map((r, i) => ({ r, key: ((i + 1) * 2654435761 + seed) % 4294967296 }))
        .sort((a, b) => a.key - b.key);
      return [k, header ? [header, ...order.map((o) => o.r)] : []];
    }),
  );
const reverseColumns = (book: Book): Book =>
  Object.fromEntries(
    Object.entries(book).map(([k, rows]) => [k, k === 'Cấu hình' ? rows : rows.map((r) => [...r].reverse())]),
  );

/** What must not depend on presentation: counts and target verdicts, villages by name. */
const essence = (r: EngineResult) => ({
  commune: r.tally.commune,
  villages: [...r.tally.villages].sort((a, b) => a.key.localeCompare(b.key)).map(({ row: _row, ...v }) => v),
  targets: r.targets.map((t) => ({
    ...t,
    villagesMissing: [...t.villagesMissing].sort((a, b) => a.key.localeCompare(b.key)),
  })),
  codes: r.issues.map((i) => i.code).sort(),
});

const runs = { numRuns: 40 };

describe('engine properties', () => {
  it('keeps every percentage within 0..100 and recognised within total', () => {
    fc.assert(
      fc.property(commune, (book) => {
        const r = runEngine(book);
        const titles = [
          r.tally.commune.family,
          r.tally.commune.clan,
          r.tally.commune.community,
          r.tally.commune.unit,
          ...r.tally.villages.flatMap((v) => [v.family, v.clan]),
        ];
        for (const t of titles) {
          expect(t.recognised).toBeLessThanOrEqual(t.total);
          expect(t.recognised).toBeLessThanOrEqual(t.registered);
          for (const p of [t.recognisedRatio.percent, t.registeredRatio.percent])
            if (p !== null) expect(p >= 0 && p <= 100).toBe(true);
        }
        const c = r.tally.commune.citizen;
        for (const ratio of [c.adults, c.workers, c.citizens])
          if (ratio.percent !== null) expect(ratio.percent >= 0 && ratio.percent <= 100).toBe(true);
      }),
      runs,
    );
  });

  it('gives the same counts whatever the row order', () => {
    fc.assert(
      fc.property(commune, fc.nat(), (book, seed) =>
        expect(essence(runEngine(shuffleRows(book, seed)))).toEqual(essence(runEngine(book))),
      ),
      runs,
    );
  });

  it('gives the same counts whatever the column order', () => {
    fc.assert(
      fc.property(commune, (book) =>
        expect(essence(runEngine(reverseColumns(book)))).toEqual(essence(runEngine(book))),
      ),
      runs,
    );
  });

  it('gives exactly the same result for names typed in NFC or NFD', () => {
    fc.assert(
      fc.property(commune, (book) => {
        const nfd = runEngine(mapStrings(book, (s) => s.normalize('NFD')));
        expect(JSON.stringify(nfd)).toBe(
          JSON.stringify(runEngine(mapStrings(book, (s) => s.normalize('NFC')))),
        );
      }),
      runs,
    );
  });

  it('gives identical output on a second run', () => {
    fc.assert(
      fc.property(commune, (book) =>
        expect(JSON.stringify(runEngine(book))).toBe(JSON.stringify(runEngine(book))),
      ),
      runs,
    );
  });
});

// Minh chứng coverage: the share of recognised entries with a link, per register and village, as "Tổng hợp", the
// report and "Số liệu gửi tỉnh" show it. Expected figures are counted by hand from the rows below.
import { runEngine } from '../../src/core/engine';
import { layout } from '../../src/core/layout';
import { blockText } from '../../src/core/report/model';
import { buildAnnualReport } from '../../src/core/report/annual';
import type { EngineResult } from '../../src/core/result';
import type { CellValue } from '../../src/core/snapshot';
import { summaryRowsOf } from '../../src/core/summary/build';
import { makeWorkbook } from './helpers/workbook';

const LINK = 'https://drive.google.com/file/d/abc';

const book = makeWorkbook({
  config: { 'Mã xã': '01234' },
  villages: [
    // Both recognised; only Thôn 1 has a link.
    {
      name: 'Thôn 1',
      households: 4,
      clans: 1,
      population: 10,
      adults: 8,
      workers: 5,
      result: 'Đạt',
      evidence: LINK,
    },
    { name: 'Thôn 2', households: 3, clans: 2, population: 10, adults: 8, workers: 5, result: 'Đạt' },
  ],
  families: [
    // Thôn 1: 3 recognised, 2 of them with a link; the link of the failed family does not count.
    { head: 'Hộ A', village: 'Thôn 1', registered: 'x', result: 'Đạt', evidence: LINK },
    { head: 'Hộ B', village: 'Thôn 1', registered: 'x', result: 'Đạt', evidence: 'http://example.org/b' },
    { head: 'Hộ C', village: 'Thôn 1', registered: 'x', result: 'Đạt' },
    { head: 'Hộ D', village: 'Thôn 1', registered: 'x', result: 'Không đạt', evidence: LINK },
    // Thôn 2: 2 recognised, 1 with a link; "www.…" has no http(s) and is a warning, not a link.
    { head: 'Hộ E', village: 'Thôn 2', registered: 'x', result: 'Đạt', evidence: 'www.example.org/e' },
    { head: 'Hộ G', village: 'Thôn 2', registered: 'x', result: 'Đạt', evidence: LINK },
    { head: 'Hộ H', village: 'Thôn 2', registered: 'x', result: 'Không đạt' },
  ],
  clans: [
    // Họ Lê lives in both villages: it counts in each, and once for the commune.
    { name: 'Họ Lê', villages: 'Thôn 1, Thôn 2', registered: 'x', result: 'Đạt', evidence: LINK },
    { name: 'Họ Trần', villages: 'Thôn 2', registered: 'x', result: 'Đạt' },
  ],
  citizens: [
    {
      name: 'Lê Văn An',
      birthYear: 1980,
      group: 'Nông dân',
      village: 'Thôn 1',
      registered: 'x',
      result: 'Đạt',
    },
    {
      name: 'Lê Thị Bình',
      birthYear: 1985,
      group: 'Nông dân',
      village: 'Thôn 2',
      registered: 'x',
      result: 'Đạt',
    },
  ],
});

/** The citizens' sheet without its "Minh chứng" column: coverage not known, rather than 0 %. */
const citizensSheet = layout.registers.find((r) => r.key === 'citizens')?.sheet ?? '';
const withoutEvidenceColumn = (rows: CellValue[][]): CellValue[][] => {
  const at = rows[0]?.indexOf('Minh chứng') ?? -1;
  return rows.map((r) => r.filter((_, i) => i !== at));
};
book[citizensSheet] = withoutEvidenceColumn(book[citizensSheet] ?? []);

let r: EngineResult;
beforeAll(() => {
  r = runEngine(book);
});

const coverage = (register: string) => r.evidence.find((e) => e.register === register);

describe('minh chứng coverage', () => {
  it('counts the recognised entries with a web link, per village and for the commune', () => {
    expect(coverage('families')).toMatchObject({
      hasColumn: true,
      commune: { numerator: 3, denominator: 5, percent: 60 },
      villages: [
        { key: r.tally.villages[0]?.key, ratio: { numerator: 2, denominator: 3, percent: 66.7 } },
        { key: r.tally.villages[1]?.key, ratio: { numerator: 1, denominator: 2, percent: 50 } },
      ],
    });
    expect(coverage('clans')).toMatchObject({
      commune: { numerator: 1, denominator: 2 },
      villages: [{ ratio: { numerator: 1, denominator: 1 } }, { ratio: { numerator: 1, denominator: 2 } }],
    });
    expect(coverage('villages')).toMatchObject({
      commune: { numerator: 1, denominator: 2 },
      villages: [{ ratio: { numerator: 1, denominator: 1 } }, { ratio: { numerator: 0, denominator: 1 } }],
    });
  });

  it('warns at its cell about a minh chứng that is not an http(s) address, and does not count it', () => {
    const bad = r.issues.filter((i) => i.code === 'BAD_URL');
    expect(bad).toEqual([
      expect.objectContaining({ severity: 'warning', value: 'www.example.org/e', row: 6 }),
    ]);
    expect(bad[0]?.hint).toContain('https://');
  });

  it('says a register without a "Minh chứng" column is not known, and a missing sheet is not a missing column', () => {
    expect(coverage('citizens')).toMatchObject({ sheet: citizensSheet, hasColumn: false });
    expect(coverage('units')).toMatchObject({ sheet: null, hasColumn: false });
  });

  it('shows a block of "Tổng hợp" with each village, the commune and the titles in the order of part I', () => {
    const values = r.tables.summary.values;
    const title = values.findIndex((row) => String(row[0]).startsWith('V. MINH CHỨNG'));
    expect(title).toBeGreaterThan(0);
    expect(values[title + 1]?.slice(0, 7)).toEqual([
      'Thôn',
      'GĐHT đạt',
      'GĐHT có minh chứng',
      'GĐHT có minh chứng (%)',
      'DHHT đạt',
      'DHHT có minh chứng',
      'DHHT có minh chứng (%)',
    ]);
    const NO = 'Chưa tính được';
    // GĐHT 3, 2, 66.7 %; DHHT 1, 1, 100 %; CĐHT 1, 1, 100 %; ĐVHT no sheet; CDHT 1 recognised, no column.
    // Percentages are stored as fractions under a percent format (0.667 shows 66,7%).
    expect(values[title + 2]).toEqual(['Thôn 1', 3, 2, 0.667, 1, 1, 1, 1, 1, 1, 0, '–', NO, 1, '–', NO]);
    expect(values[title + 3]).toEqual(['Thôn 2', 2, 1, 0.5, 2, 1, 0.5, 1, 0, 0, 0, '–', NO, 1, '–', NO]);
    expect(values[title + 4]).toEqual(['Toàn xã', 5, 3, 0.6, 2, 1, 0.5, 2, 1, 0.5, 0, '–', NO, 2, '–', NO]);
    expect(String(values[title + 5]?.[0])).toContain(`"${citizensSheet}" chưa có cột "Minh chứng"`);
  });

  it('gives the report one sentence with each register that has the column', () => {
    const sentence = buildAnnualReport(r)
      .sections.flatMap((s) => s.blocks)
      .map(blockText)
      .find((t) => t.startsWith('Về minh chứng'));
    expect(sentence).toBe(
      'Về minh chứng số, trong các danh hiệu được công nhận, 3/5 Gia đình học tập (60%), 1/2 Dòng họ học tập (50%), ' +
        `1/2 Cộng đồng học tập (50%) có đường dẫn minh chứng (trang "${citizensSheet}" chưa có cột "Minh chứng").`,
    );
  });

  it("fills the summary's evidence column against the numerator, and leaves it blank where it is not known", () => {
    const rows = summaryRowsOf(r, '2026-12-01T00:00:00.000Z');
    const pick = (indicator: string, village: string) =>
      rows.find((x) => x.indicator === indicator && x.village === village);
    expect(rows.every((x) => x.communeCode === '01234')).toBe(true);
    expect(pick('family', '')).toMatchObject({ numerator: 5, evidence: 3 });
    expect(pick('family', 'Thôn 1')).toMatchObject({ numerator: 3, evidence: 2 });
    expect(pick('family', 'Thôn 2')).toMatchObject({ numerator: 2, evidence: 1 });
    expect(pick('clan', '')).toMatchObject({ numerator: 2, evidence: 1 });
    expect(pick('clan', 'Thôn 2')).toMatchObject({ numerator: 2, evidence: 1 });
    expect(pick('community', '')).toMatchObject({ numerator: 2, evidence: 1 });
    // No units sheet: no numerator, so no evidence; the citizens' sheet has no "Minh chứng" column.
    expect(pick('unit', '')).toMatchObject({ numerator: null, evidence: null });
    expect(pick('citizenAll', '')).toMatchObject({ numerator: 2, evidence: null });
    expect(pick('citizenAdults', 'Thôn 1')?.evidence).toBeNull();
  });
});

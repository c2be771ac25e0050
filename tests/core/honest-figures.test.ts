// Issue 9 items 5-7: the right denominators, "chưa tính được" where inputs are absent, bounds on counts, and one
// message per mistake. Expected figures are counted by hand from the rows below.
import { layout } from '../../src/core/layout';
import { defaultCriteriaSets } from '../../src/core/criteria/sets';
import { runEngine } from '../../src/core/engine';
import { buildAnnualReport } from '../../src/core/report';
import { allBlocks, blockText } from '../../src/core/report/model';
import { registerColumns } from '../../src/core/layout/columns';
import type { CellValue } from '../../src/core/snapshot';
import { formatDecimal, formatInt } from '../../src/core/text/format';
import { plainNumber } from '../../src/core/text/values';
import { families, makeWorkbook } from './helpers/workbook';

const village = (
  name: string,
  households: CellValue,
  clans: CellValue,
  extra: Record<string, CellValue> = {},
) => ({
  name,
  kind: 'Thôn',
  households,
  clans,
  population: 40,
  adults: 20,
  workers: 15,
  registered: 'x',
  result: 'Đạt',
  ...extra,
});

const summaryRows = (r: ReturnType<typeof runEngine>) => r.tables.summary.values;
const rowStarting = (r: ReturnType<typeof runEngine>, words: string) =>
  [...summaryRows(r)].reverse().find((row) => String(row[0]).startsWith(words));

describe('the commune clan total counts each clan once', () => {
  test('a clan living in two villages counts once: Thôn totals 3 + 2 + 2 with one shared clan give 6', () => {
    const r = runEngine(
      makeWorkbook({
        villages: [village('Thôn 1', 10, 3), village('Thôn 2', 10, 2), village('Thôn 3', 10, 2)],
        families: [
          ...families('Thôn 1', 5),
          ...families('Thôn 2', 5, 10, 'Lê Văn'),
          ...families('Thôn 3', 5, 10, 'Vũ'),
        ],
        clans: [
          { name: 'Họ Nguyễn Văn', villages: 'Thôn 1, Thôn 2', registered: 'x', result: 'Đạt' },
          { name: 'Họ Trần', villages: 'Thôn 1', registered: 'x', result: 'Đạt' },
          { name: 'Họ Vũ', villages: 'Thôn 3', registered: 'x', result: 'Đạt' },
        ],
      }),
    );
    expect(r.tally.commune.clan.total).toBe(6);
    expect(r.tally.commune.clan.recognisedRatio.percent).toBeCloseTo(50, 9);
    expect(r.tally.commune.clanBasis).toEqual({ total: 6, villages: 7, repeated: 1, listed: 3 });
    // The sheet says how the 6 was derived.
    const note = summaryRows(r).find((row) => String(row[0]).startsWith('Số dòng họ toàn xã (6)'));
    expect(String(note?.[0])).toContain('(7)');
    expect(String(note?.[0])).toContain('trừ 1 lần đếm lặp');
    // The report's table by village: Thôn 1 has 2 recognised of 3, Thôn 2 1 of 2 (the shared clan again), Thôn 3
    // 1 of 2, so the column adds up to 4/7 where the commune row says 3/6: a note under the table says why.
    const notes = allBlocks(buildAnnualReport(r))
      .map(blockText)
      .filter((t) => t.startsWith('Ghi chú: ở cột "Dòng họ"'));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('cộng các thôn được 4/7');
    expect(notes[0]).toContain('"Toàn xã" (3/6)');
  });

  test('clans each in one village need no note under the report table by village', () => {
    const r = runEngine(
      makeWorkbook({
        villages: [village('Thôn 1', 10, 1), village('Thôn 2', 10, 1)],
        families: [...families('Thôn 1', 5), ...families('Thôn 2', 5, 10, 'Lê Văn')],
        clans: [
          { name: 'Họ Nguyễn', villages: 'Thôn 1', registered: 'x', result: 'Đạt' },
          { name: 'Họ Lê', villages: 'Thôn 2', registered: 'x', result: 'Đạt' },
        ],
      }),
    );
    const texts = allBlocks(buildAnnualReport(r)).map(blockText);
    expect(texts.some((t) => t.startsWith('Ghi chú: ở cột "Dòng họ"'))).toBe(false);
  });

  test('the total is never smaller than the Thôn totals: 10 clans with 2 listed is 2/10, not 2/2', () => {
    const r = runEngine(
      makeWorkbook({
        villages: [village('Thôn 1', 10, 10), village('Thôn 2', 10, 0)],
        families: families('Thôn 1', 5),
        clans: [
          { name: 'Họ Nguyễn', villages: 'Thôn 1', registered: 'x', result: 'Đạt' },
          { name: 'Họ Trần', villages: 'Thôn 1', registered: 'x', result: 'Đạt' },
        ],
      }),
    );
    expect(r.tally.commune.clan.total).toBe(10);
    expect(r.tally.commune.clan.recognisedRatio.percent).toBeCloseTo(20, 9);
  });

  test('a village with a blank clan total counts the clans listed there, and the total is never below the list', () => {
    const r = runEngine(
      makeWorkbook({
        villages: [village('Thôn 1', 10, ''), village('Thôn 2', 10, 1)],
        families: families('Thôn 1', 5),
        clans: [
          { name: 'Họ Nguyễn', villages: 'Thôn 1', registered: 'x', result: 'Đạt' },
          { name: 'Họ Trần', villages: 'Thôn 1', registered: 'x' },
          { name: 'Họ Lê', villages: 'Thôn 2', registered: 'x' },
        ],
      }),
    );
    expect(r.tally.commune.clan.total).toBe(3);
  });
});

describe('a figure whose inputs are absent is "chưa tính được"', () => {
  const withoutCommunityColumns = () => {
    const book = makeWorkbook({
      villages: [village('Thôn 1', 10, 1), village('Thôn 2', 10, 1)],
      families: [...families('Thôn 1', 5), ...families('Thôn 2', 5, 10, 'Lê Văn')],
      targets: [{ indicator: 'Cộng đồng học tập (% thôn)', year: 2026, comparison: '≥', percent: 50 }],
    });
    const spec = layout.registers.find((s) => s.key === 'villages');
    if (!spec) throw new Error('no villages register');
    const assessment = new Set(
      registerColumns(spec, defaultCriteriaSets.community)
        .filter((c) => ['registered', 'result', 'totalPoints'].includes(c.key) || c.key.startsWith('item:'))
        .map((c) => c.header),
    );
    const rows = book[spec.sheet] ?? [];
    const keep = (rows[0] ?? []).map((h) => !assessment.has(String(h)));
    book[spec.sheet] = rows.map((row) => row.filter((_, c) => keep[c]));
    return book;
  };

  test('a Thôn sheet without the Cộng đồng columns: no percentage, and its target cannot be judged', () => {
    const r = runEngine(withoutCommunityColumns(), { targetYear: 2026 });
    expect(r.tally.commune.community.assessed).toBe(false);
    expect(r.tally.commune.community.recognisedRatio.percent).toBeNull();
    expect(rowStarting(r, 'Cộng đồng học tập')?.slice(0, 6)).toEqual([
      expect.stringContaining('Cộng đồng học tập'),
      2,
      '–',
      'Chưa tính được',
      '–',
      'Chưa tính được',
    ]);
    const target = r.targets.find((t) => t.indicator === 'community');
    if (target) {
      expect(target.met).toBeNull();
      const row = summaryRows(r).find((x) => String(x[0]).startsWith(target.label));
      expect(row).toContain('Chưa đánh giá được');
      expect(row).not.toContain('Chưa đạt');
    }
    // The other figures stand.
    expect(r.tally.commune.family.recognisedRatio.percent).toBeCloseTo(50, 9);
  });

  test('blank digital skills are unknown: the base is the recorded ones, and one warning says how many are blank', () => {
    const citizen = (name: string, digital: string) => ({
      name,
      birthYear: 1980,
      group: 'Người dân/Nông dân',
      village: 'Thôn 1',
      digital,
      registered: 'x',
      result: 'Đạt',
    });
    const r = runEngine(
      makeWorkbook({
        villages: [village('Thôn 1', 10, 0)],
        families: families('Thôn 1', 5),
        citizens: [
          citizen('Nguyễn Văn An', 'Có'),
          citizen('Nguyễn Văn Bình', 'Thành thạo'),
          citizen('Nguyễn Văn Cường', ''),
          citizen('Nguyễn Văn Dũng', 'Không'),
          citizen('Nguyễn Văn Em', ''),
        ],
      }),
    );
    const c = r.tally.commune.citizen;
    expect(c.digital).toEqual({ numerator: 2, denominator: 3, percent: 66.7 });
    expect(c.digitalPro.denominator).toBe(3);
    expect(c.digitalUnrecorded).toBe(2);
    const warnings = r.issues.filter((i) => i.code === 'DIGITAL_NOT_RECORDED');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toMatch(/^2 người đạt .*\(\w+4, \w+6\).* trên 3 người đã ghi/u);
    // 2 of the 3 recorded: the fraction under "Tỷ lệ (%)", and the base in the note under the table.
    expect(rowStarting(r, 'CDHT có kỹ năng số (%)')?.slice(1, 4)).toEqual(['', '', 0.667]);
    expect(rowStarting(r, 'Tỷ lệ kỹ năng số')?.[0]).toBe(
      'Tỷ lệ kỹ năng số: tính trên 3/5 người đạt đã ghi "Kỹ năng số".',
    );
  });
});

describe('counts outside plausible bounds are located errors', () => {
  test.each([
    [4000000016, '4000000016'],
    [1e21, '1000000000000000000000'],
    [1e308, '100000000000… (309 chữ số)'],
  ])('%p households is one error on its cell, shown without exponent notation', (households, shown) => {
    const r = runEngine(
      makeWorkbook({
        villages: [village('Thôn 1', 10, 0), village('Thôn 2', households, 0)],
        families: [...families('Thôn 1', 5), ...families('Thôn 2', 5, 10, 'Lê Văn')],
      }),
    );
    const errors = r.issues.filter((i) => i.severity === 'error');
    expect(errors.map((e) => [e.code, e.cell, e.value])).toEqual([['COUNT_IMPLAUSIBLE', 'D3', shown]]);
    expect(r.blocking).toBe(true);
  });

  test('plainNumber never writes an exponent', () => {
    expect(plainNumber(1e21)).toBe('1000000000000000000000');
    expect(plainNumber(-2.5e22)).toBe('-25000000000000000000000');
    expect(plainNumber(1e-7)).toBe('0.0000001');
    expect(plainNumber(85.5)).toBe('85.5');
    expect(plainNumber(Number.NaN)).toBe('');
  });

  test('formatting a number held in exponent form gives digits, never NaN', () => {
    expect(formatDecimal(1e-9, 1)).toBe('0,0');
    expect(formatInt(1e21)).toBe('1.000.000.000.000.000.000.000');
    expect(formatDecimal(2.5e22, 1)).toBe('25.000.000.000.000.000.000.000,0');
  });
});

describe('one mistake, one message', () => {
  test.each([
    [-16, 'NEGATIVE_NUMBER'],
    [true, 'NOT_AN_INTEGER'],
  ])(
    'a bad household count (%p) flags its cell and the village still matches its households',
    (bad, code) => {
      const r = runEngine(
        makeWorkbook({
          villages: [village('Thôn 1', 10, 0), village('Thôn 2', bad, 0)],
          families: [...families('Thôn 1', 5), ...families('Thôn 2', 5, 10, 'Lê Văn')],
        }),
      );
      const errors = r.issues.filter((i) => i.severity === 'error');
      expect(errors.map((e) => [e.code, e.cell])).toEqual([[code, 'D3']]);
      expect(r.issues.some((i) => i.code === 'UNKNOWN_VILLAGE')).toBe(false);
      expect(r.tally.villages.map((v) => v.name)).toEqual(['Thôn 1', 'Thôn 2']);
    },
  );
});

describe('warnings with one cause are one line', () => {
  test('titles scored by a sample criteria set are named in one warning', () => {
    const r = runEngine(
      makeWorkbook({
        villages: [village('Thôn 1', 10, 0)],
        families: families('Thôn 1', 5),
        clans: [{ name: 'Họ Nguyễn', villages: 'Thôn 1', registered: 'x', totalPoints: 90 }],
        units: [{ name: 'Trường Tiểu học', kind: 'Trường học', staff: 4, registered: 'x', totalPoints: 90 }],
      }),
    );
    const sample = r.issues.filter((i) => i.code === 'CRITERIA_EXAMPLE');
    expect(sample).toHaveLength(1);
    expect(sample[0]?.message).toContain('"Dòng họ học tập", "Đơn vị học tập"');
    expect(sample[0]?.sheet).toBe('Bộ tiêu chí');
  });
});

test('a criteria set whose maximums are all 0 is one error on "Bộ tiêu chí", not an invalid result per points cell', () => {
  const book = makeWorkbook({
    villages: [village('Thôn 1', 10, 0)],
    families: families('Thôn 1', 0).map((f, i) => ({ ...f, result: '', TC1: 20, TC2: 15 + i, TC3: 10 })),
  });
  book['Bộ tiêu chí'] = [
    ['Danh hiệu', 'Mã', 'Nội dung tiêu chí', 'Điểm tối đa'],
    ['Gia đình học tập', 'TC1', 'Trẻ em đi học', 0],
    ['Gia đình học tập', 'TC2', 'Người lớn học tập', 0],
    ['Gia đình học tập', 'TC3', 'Góc học tập', 0],
  ];
  const r = runEngine(book);
  const errors = r.issues.filter((i) => i.severity === 'error');
  expect(errors.map((e) => [e.code, e.sheet])).toEqual([['CRITERIA_ZERO_MAX', 'Bộ tiêu chí']]);
  expect(errors[0]?.message).toContain('(30 ô có điểm)');
  expect(r.issues.filter((i) => i.sheet === 'Gia đình')).toEqual([]);
});

test('a pass/fail set (all maximums 0) with marks in its cells is still read as marks', () => {
  const book = makeWorkbook({
    villages: [village('Thôn 1', 10, 0)],
    families: families('Thôn 1', 0).map((f, i) => ({ ...f, result: '', TC1: i < 4 ? 'Đạt' : 'x', TC2: 1 })),
  });
  book['Bộ tiêu chí'] = [
    ['Danh hiệu', 'Mã', 'Nội dung tiêu chí', 'Điểm tối đa'],
    ['Gia đình học tập', 'TC1', 'Trẻ em đi học', 0],
    ['Gia đình học tập', 'TC2', 'Người lớn học tập', 0],
  ];
  const r = runEngine(book);
  expect(r.issues.some((i) => i.code === 'CRITERIA_ZERO_MAX')).toBe(false);
});

import { runEngine } from '../../src/core/engine';
import { families, makeWorkbook } from './helpers/workbook';

const villages = [
  {
    name: 'Thôn 1',
    kind: 'Thôn',
    households: 10,
    clans: 2,
    population: 40,
    adults: 20,
    workers: 15,
    registered: 'x',
    result: 'Đạt',
  },
  {
    name: 'Thôn 2',
    kind: 'Thôn',
    households: 10,
    clans: 1,
    population: 40,
    adults: 20,
    workers: 15,
    registered: 'x',
    result: 'Không đạt',
  },
];

const book = () =>
  makeWorkbook({
    villages,
    families: [...families('Thôn 1', 9), ...families('Thôn 2', 6, 10, 'Trần Thị')],
    clans: [
      { name: 'Họ Nguyễn', villages: 'Thôn 1', registered: 'x', result: 'Đạt' },
      { name: 'Họ Lê', villages: 'Thôn 1, Thôn 2', registered: 'x', result: 'Không đạt' },
    ],
    units: [
      { name: 'Trường Tiểu học Hòa An', kind: 'Trường học', staff: 4, registered: 'x', result: 'Đạt' },
      { name: 'Trạm Y tế xã', kind: 'Cơ quan', staff: 2, registered: 'x' },
    ],
    citizens: [
      {
        name: 'Lê Văn Một',
        birthYear: 1980,
        group: 'Nông dân',
        village: 'Thôn 1',
        registered: 'x',
        TC1: 8,
        TC2: 8,
        TC3: 8,
        TC4: 8,
        TC5: 8,
        TC6: 8,
        TC7: 8,
        TC8: 8,
        TC9: 8,
        TC10: 8,
      },
      {
        name: 'Lê Thị Hai',
        birthYear: 1990,
        group: 'Người lao động',
        village: 'Thôn 1',
        registered: 'x',
        totalPoints: 90,
      },
      {
        name: 'Phạm Văn Ba',
        birthYear: 2012,
        group: 'Học sinh',
        village: 'Thôn 2',
        registered: 'x',
        result: 'Đạt',
      },
      {
        name: 'Đỗ Thị Bốn',
        birthYear: 1985,
        group: 'CBCCVC',
        unit: 'Trường Tiểu học Hòa An',
        registered: 'x',
        result: 'Đạt',
      },
      {
        name: 'Vũ Văn Năm',
        birthYear: 1970,
        group: 'Người dân',
        village: 'Thôn 2',
        registered: 'x',
        totalPoints: 60,
      },
    ],
  });

describe('the engine on a small commune', () => {
  const result = runEngine(book());

  it('reads the configuration and has no errors', () => {
    expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(result.config).toMatchObject({ commune: 'Hòa An', province: 'Thanh Hóa', year: 2026 });
  });

  it('counts families against all households of each village, not only registered ones', () => {
    const [t1, t2] = result.tally.villages;
    expect(t1?.family).toMatchObject({ total: 10, registered: 10, recognised: 9 });
    expect(t1?.family.recognisedRatio.percent).toBeCloseTo(90);
    expect(t2?.family.recognisedRatio.percent).toBeCloseTo(60);
    expect(result.tally.commune.family.recognisedRatio).toMatchObject({
      numerator: 15,
      denominator: 20,
      percent: 75,
    });
  });

  it('counts a clan in every village it spans and once for the commune', () => {
    const [t1, t2] = result.tally.villages;
    expect(t1?.clan).toMatchObject({ total: 2, recognised: 1 });
    expect(t2?.clan).toMatchObject({ total: 1, recognised: 0 });
    expect(result.tally.commune.clan).toMatchObject({ total: 2, recognised: 1 });
  });

  it('tallies villages, units and citizens by group and population', () => {
    const c = result.tally.commune;
    expect(c.community).toMatchObject({ total: 2, recognised: 1 });
    expect(c.unit).toMatchObject({ total: 2, registered: 2, recognised: 1 });
    expect(c.citizen.recognised).toBe(4);
    expect(c.citizen.adults).toMatchObject({ numerator: 2, denominator: 40 });
    expect(c.citizen.officials).toMatchObject({ numerator: 1, denominator: 6 });
    expect(c.citizen.byGroup.student).toEqual({ registered: 1, recognised: 1 });
    expect(c.recognisedVillages).toEqual(['Thôn 1']);
  });

  it('compares with the 2028 targets of the Quảng Ngọc plan, village by village', () => {
    expect(result.targetYear).toBe(2028);
    const family = result.targets.find((t) => t.indicator === 'family');
    expect(family).toMatchObject({ met: false });
    expect(family?.villagesMissing).toEqual([expect.objectContaining({ name: 'Thôn 2', shortfall: 3 })]);
    expect(family?.shortfall).toBe(3);
  });

  it('lets the caller choose another plan and year', () => {
    const r = runEngine(book(), { presetId: 'qd387-2025', targetYear: 2025 });
    expect(r.targetYear).toBe(2025);
    const family = r.targets.find((t) => t.indicator === 'family');
    expect(family).toMatchObject({ met: true, shortfall: 0 });
    expect(r.issues.map((i) => i.code)).toContain('YEAR_OUTSIDE_PLAN');
  });

  it('writes the summary and problems sheets as rectangles with formats of the same shape', () => {
    for (const table of [result.tables.summary, result.tables.problems]) {
      const width = table.values[0]?.length;
      for (const grid of [table.values, table.backgrounds, table.bold, table.numberFormats, table.links]) {
        expect(grid).toHaveLength(table.values.length);
        for (const row of grid) expect(row).toHaveLength(width ?? 0);
      }
    }
    const flat = result.tables.summary.values.flat().map(String);
    expect(flat).toContain('Thôn 2');
    expect(flat.some((v) => v.startsWith('Chưa đạt: GĐHT (thiếu 3 hộ)'))).toBe(true);
  });

  it('gives identical output on a second run', () => {
    expect(JSON.stringify(runEngine(book()))).toBe(JSON.stringify(result));
  });
});

describe('reading what people really type', () => {
  it('finds the header under title rows, in another order, without diacritics', () => {
    const b = book();
    const sheet = b['Gia đình'] ?? [];
    const [header, ...rows] = sheet;
    const order = [2, 1, 0, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    const plain = (h: unknown) =>
      String(h).normalize('NFD').replace(/\p{M}/gu, '').replace('đ', 'd').toUpperCase();
    b['Gia đình'] = [
      ['DANH SÁCH HỘ GIA ĐÌNH ĐĂNG KÝ NĂM 2026'],
      [],
      order.map((k) => plain(header?.[k] ?? '')),
      ...rows.map((r) => order.map((k) => r[k] ?? '')),
    ];
    const r = runEngine(b);
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(r.tally.commune.family.recognised).toBe(15);
  });

  it('skips blank rows and totals rows without reporting them', () => {
    const b = book();
    const sheet = b['Gia đình'] ?? [];
    b['Gia đình'] = [
      ...sheet.slice(0, 5),
      ['', '', '', '', ''],
      ...sheet.slice(5),
      ['', 'Tổng cộng', '', '', 20],
    ];
    const r = runEngine(b);
    expect(r.issues.filter((i) => i.sheet === 'Gia đình')).toEqual([]);
    expect(r.tally.commune.family.recognised).toBe(15);
  });

  it('matches "thôn 01", "Thon 1" and "1" to Thôn 1 but not "Thôn 11"', () => {
    const b = makeWorkbook({
      villages,
      families: [
        { head: 'A', village: 'thôn 01', result: 'Đạt' },
        { head: 'B', village: 'Thon 1', result: 'Đạt' },
        { head: 'C', village: '1', result: 'Đạt' },
        { head: 'D', village: 'Thôn 11', result: 'Đạt' },
      ],
    });
    const r = runEngine(b);
    expect(r.tally.villages[0]?.family.recognised).toBe(3);
    const unknown = r.issues.filter((i) => i.code === 'UNKNOWN_VILLAGE');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]).toMatchObject({ sheet: 'Gia đình', row: 5, column: 'C', value: 'Thôn 11' });
  });

  it('counts the decided result and warns when the points say otherwise', () => {
    const b = makeWorkbook({
      villages,
      citizens: [
        {
          name: 'Lê Văn Một',
          birthYear: 1980,
          group: 'Nông dân',
          village: 'Thôn 1',
          registered: 'x',
          totalPoints: 60,
          result: 'Đạt',
        },
      ],
    });
    const r = runEngine(b);
    expect(r.tally.commune.citizen.recognised).toBe(1);
    const w = r.issues.find((i) => i.code === 'RESULT_CONTRADICTS_POINTS');
    expect(w).toMatchObject({ severity: 'warning', sheet: 'Công dân', row: 2 });
    expect(w?.message).toContain('Tổng điểm 60 dưới mức đạt 80');
  });
});

describe('duplicates', () => {
  it('flags the same household head twice in a village, whatever the case and spacing', () => {
    const r = runEngine(
      makeWorkbook({
        villages,
        families: [
          { head: 'Nguyễn Văn Dũng', village: 'Thôn 1' },
          { head: 'nguyễn  văn dũng', village: 'Thôn 1' },
        ],
      }),
    );
    expect(r.issues.filter((i) => i.code === 'DUPLICATE_FAMILY')).toEqual([
      expect.objectContaining({ row: 3, column: 'B' }),
    ]);
  });

  it('does not take "Dung" and "Dũng" for the same person', () => {
    const r = runEngine(
      makeWorkbook({
        villages,
        families: [
          { head: 'Nguyễn Văn Dũng', village: 'Thôn 1' },
          { head: 'Nguyễn Văn Dung', village: 'Thôn 1' },
        ],
      }),
    );
    expect(r.issues.filter((i) => i.code === 'DUPLICATE_FAMILY')).toEqual([]);
  });
});

describe('totals rows', () => {
  it('keeps a target row whose scope cell says "Toàn xã"', () => {
    const r = runEngine(
      makeWorkbook({
        villages,
        config: { 'Bộ chỉ tiêu': 'Theo trang Chỉ tiêu', 'Năm chỉ tiêu': 2027 },
        targets: [
          {
            indicator: 'Gia đình học tập (% hộ)',
            year: 2027,
            percent: 60,
            comparison: '≥',
            scope: 'Toàn xã',
          },
        ],
      }),
    );
    expect(r.targets).toHaveLength(1);
  });
});

describe('one mistake, one message', () => {
  it('does not add follow-on warnings to a cell that could not be read', () => {
    const r = runEngine(
      makeWorkbook({
        villages,
        families: [
          {
            head: 'A',
            village: 'Thôn 1',
            registered: 'x',
            TC1: 35,
            TC2: 20,
            TC3: 20,
            TC4: 20,
            totalPoints: 95,
          },
          { head: 'B', village: 'Thôn 1', registered: 'x', result: 'Chờ xét' },
          { head: 'C', village: 'Thôn 1', registered: 'chưa rõ', result: 'Đạt' },
        ],
      }),
    );
    expect(r.issues.filter((i) => i.sheet === 'Gia đình').map((i) => `${i.code} ${i.row}`)).toEqual([
      'POINTS_OUT_OF_RANGE 2',
      'BAD_RESULT 3',
      'BAD_MARK 4',
    ]);
  });
});

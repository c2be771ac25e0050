// A fictional commune as a workbook snapshot: deterministic from a seed, plausible, with villages on both sides of
// the 2028 targets of the 'quang-ngoc-2026-2030' plan. Pure TypeScript: the engine benchmark and Apps Script tests use it.
import type { CellValue, WorkbookSnapshot } from '../../src/core/snapshot';
import { layout } from '../../src/core/layout';
import { configRows, headerRow, registerShape, rowOf, tableShapes } from './sheets';
import { personName, unitNames, villageNames } from './names';
import { assessment, fates, shuffle, type UnitPlan, type VillagePlan } from './assess';
import { createRandom, type Random } from './random';
import { clanRows, type ClanPlan } from './clans';
import { citizenRows, type CitizenCounts } from './citizens';

export interface CommuneOptions {
  seed: number;
  villages: number;
  households: number;
  clans: number;
  units: number;
  citizens: number;
  /** Assessment year written on "Cấu hình" (default 2026). */
  year?: number;
}

export const SAMPLE_OPTIONS = {
  seed: 2026,
  villages: 12,
  households: 4000,
  clans: 40,
  units: 25,
  citizens: 10000,
  year: 2026,
} as const satisfies CommuneOptions;
export const BENCH_OPTIONS = {
  seed: 20000,
  villages: 50,
  households: 20000,
  clans: 300,
  units: 100,
  citizens: 60000,
  year: 2026,
} as const satisfies CommuneOptions;

export const SAMPLE_COMMUNE = 'Hòa An';
export const SAMPLE_PROVINCE = 'Thanh Hóa';

const planVillages = (rnd: Random, opts: CommuneOptions): VillagePlan[] => {
  const names = villageNames(opts.villages);
  const weights = names.map(() => 0.6 + 0.8 * rnd.next());
  const sum = weights.reduce((s, w) => s + w, 0);
  const weak = new Set(
    shuffle(
      rnd,
      names.map((_, i) => i),
    ).slice(0, Math.max(1, Math.round(opts.villages / 3))),
  );
  let left = opts.households;
  return names.map((name, i) => {
    const listed = i === names.length - 1 ? left : Math.floor((opts.households * (weights[i] ?? 1)) / sum);
    left -= listed;
    return {
      name,
      listed,
      households: listed + rnd.int(0, 3),
      weak: weak.has(i),
      mode: i % 3 === 1 ? 'decided' : 'points',
    };
  });
};

const familyRows = (rnd: Random, villages: readonly VillagePlan[]): CellValue[][] => {
  const { columns } = registerShape('families');
  const rows: CellValue[][] = [];
  for (const v of villages) {
    const rate = v.weak ? 0.74 + 0.14 * rnd.next() : 0.915 + 0.055 * rnd.next();
    const pass = Math.min(
      v.listed,
      v.weak ? Math.floor(rate * v.households) : Math.ceil(rate * v.households),
    );
    const fail = Math.min(v.listed - pass, Math.round(v.listed * (0.02 + 0.05 * rnd.next())));
    const heads = new Set<string>();
    const withTotal = rnd.chance(0.5);
    for (const fate of fates(rnd, v.listed, pass, fail)) {
      let head = personName(rnd, rnd.chance(0.8));
      while (heads.has(head)) head = personName(rnd, rnd.chance(0.8));
      heads.add(head);
      const remark = rnd.chance(0.03) ? 'Hộ nghèo' : rnd.chance(0.02) ? 'Hộ cận nghèo' : null;
      rows.push(
        rowOf(columns, {
          order: rows.length + 1,
          head,
          village: v.name,
          members: rnd.int(2, 7),
          ...assessment(rnd, 'family', fate, v.mode, withTotal),
          remark,
          // Every third passing household has a link (no draw: the rest of the sample stays as it was).
          evidence:
            fate === 'pass' && rows.length % 3 === 0
              ? `https://example.org/hoa-an/minh-chung/ho-${rows.length + 1}`
              : null,
        }),
      );
    }
  }
  return rows;
};

const STAFF: Record<string, [number, number]> = {
  'Cơ quan': [12, 30],
  'Trường học': [20, 45],
  'Tổ chức': [8, 20],
  'Doanh nghiệp': [10, 60],
  'Cơ sở sản xuất': [6, 25],
  'Đơn vị khác': [4, 10],
};

const unitRows = (
  rnd: Random,
  villages: readonly VillagePlan[],
  count: number,
): { rows: CellValue[][]; plans: UnitPlan[] } => {
  const { columns } = registerShape('units');
  const names = unitNames(
    count,
    SAMPLE_COMMUNE,
    villages.map((v) => v.name),
  );
  const failing = new Set(
    shuffle(
      rnd,
      names.map((_, i) => i),
    ).slice(0, Math.max(1, Math.round(names.length * 0.08))),
  );
  const plans: UnitPlan[] = [];
  const rows = names.map((u, i) => {
    const [lo, hi] = STAFF[u.kind] ?? [5, 20];
    const staff = rnd.int(lo, hi);
    const pass = !failing.has(i);
    plans.push({ name: u.name, staff, listed: staff - (staff >= 20 ? rnd.int(0, 1) : 0), pass });
    const local = u.kind !== 'Cơ quan' && u.kind !== 'Tổ chức';
    return rowOf(columns, {
      order: i + 1,
      name: u.name,
      kind: u.kind,
      village: local ? (villages[i % villages.length]?.name ?? null) : null,
      staff,
      ...assessment(rnd, 'unit', pass ? 'pass' : 'fail', i % 2 === 0 ? 'points' : 'decided'),
      evidence: pass && rnd.chance(0.4) ? `https://example.org/hoa-an/minh-chung/don-vi-${i + 1}` : null,
    });
  });
  return { rows, plans };
};

const villageRows = (
  rnd: Random,
  villages: readonly VillagePlan[],
  clans: readonly ClanPlan[],
  counts: readonly CitizenCounts[],
): CellValue[][] => {
  const { columns } = registerShape('villages');
  // Every village but one is recognised: the commune-wide 95% target for villages is missed by one village.
  const failing = villages.findIndex((v) => v.weak);
  return villages.map((v, i) => {
    const c = counts[i] ?? { adults: 0, workers: 0, population: 0 };
    return rowOf(columns, {
      order: i + 1,
      name: v.name,
      kind: 'Thôn',
      households: v.households,
      // A clan living in two villages counts in both; the commune counts it once.
      clans: clans.filter((k) => k.villages.includes(i)).length,
      population: c.population,
      adults: c.adults,
      workers: c.workers,
      ...assessment(
        rnd,
        'community',
        i === failing ? 'fail' : 'pass',
        i % 2 === 0 ? 'points' : 'decided',
        true,
      ),
      evidence: `https://example.org/hoa-an/minh-chung/thon-${i + 1}`,
    });
  });
};

const configValues = (rnd: Random, year: number): Record<string, CellValue> => ({
  commune: SAMPLE_COMMUNE,
  communeKind: 'Xã',
  communeCode: '01234',
  province: SAMPLE_PROVINCE,
  year,
  targetPreset: 'Quảng Ngọc 2026-2030',
  targetYear: 2028,
  planStart: 2026,
  planEnd: 2030,
  reportNumber: '05',
  reportDate: new Date(year, 11, 5),
  reportSigner: personName(rnd, true),
  reportSignerTitle: 'TM. BAN THƯỜNG VỤ; CHỦ TỊCH',
  decisionNumber: '120',
  decisionSigner: personName(rnd, true),
  decisionSignerTitle: 'TM. ỦY BAN NHÂN DÂN; CHỦ TỊCH',
  recipients: `Hội Khuyến học tỉnh ${SAMPLE_PROVINCE} (b/c); Đảng ủy, UBND xã (b/c); Các chi hội khuyến học thôn; Lưu: VT, HKH`,
  shareRole: 'Xem',
  deadline: new Date(year, 11, 10),
  // The documents' basis, as a commune would cite it (the sample's own numbers, not a real commune's).
  planNumber: '45/KH-UBND',
  planDate: new Date(year, 0, 15),
  planTitle: `Xây dựng xã hội học tập giai đoạn ${year}-2030`,
  planIssuer: `UBND xã ${SAMPLE_COMMUNE}`,
  guidanceNumber: '12/HD-HKH',
  guidanceDate: new Date(year, 2, 10),
  guidanceTitle: `Đánh giá, công nhận các mô hình học tập năm ${year}`,
  guidanceIssuer: `Hội Khuyến học tỉnh ${SAMPLE_PROVINCE}`,
});

export const generateCommune = (opts: CommuneOptions): WorkbookSnapshot => {
  const rnd = createRandom(opts.seed);
  const year = opts.year ?? 2026;
  const villages = planVillages(rnd, opts);
  const units = unitRows(rnd, villages, opts.units);
  const clans = clanRows(rnd, villages, opts.clans);
  const citizens = citizenRows(rnd, villages, units.plans, opts.citizens, year);
  const snapshot: Record<string, CellValue[][]> = {
    [layout.config.sheet]: configRows(configValues(rnd, year)),
  };
  for (const shape of tableShapes()) snapshot[shape.sheet] = [headerRow(shape.columns)];
  const body: Record<string, CellValue[][]> = {
    villages: villageRows(rnd, villages, clans.plans, citizens.counts),
    families: familyRows(rnd, villages),
    clans: clans.rows,
    units: units.rows,
    citizens: citizens.rows,
  };
  // A loop, not push(...rows): spreading 300,000 citizens' rows as arguments overflows the call stack.
  for (const spec of layout.registers)
    for (const row of body[spec.key] ?? []) snapshot[spec.sheet]?.push(row);
  return snapshot;
};

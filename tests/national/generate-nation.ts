// A synthetic country for the national SQL test: communes with every case the roll-up rules treat differently,
// and the warehouse loads a province would really accumulate (stale runs, repeated exports, numeric codes).
import { summaryIndicators, villageIndicators, type SummaryRow } from '../../src/core/summary/schema';
import { summaryToCells } from '../../src/core/summary/cells';

export interface GeneratedCommune {
  name: string;
  province: string;
  /** What the commune's sheet holds now: what the product's roll-up reads. */
  current: SummaryRow[];
  /** Every CSV row loaded into the warehouse for this commune, as cells. */
  loads: (string | number)[][];
}

/** mulberry32: small, seeded, the same numbers on every machine. */
const prng = (seed: number) => {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

export const generateNation = (communes: number, provinces: number, seed: number): GeneratedCommune[] => {
  const rnd = prng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const out: GeneratedCommune[] = [];
  for (let i = 0; i < communes; i++) {
    const province = `Tỉnh ${String((i % provinces) + 1).padStart(2, '0')}`;
    const name = `Xã số ${i + 1}`;
    const coded = rnd() > 0.03;
    const code = coded ? String(i + 1).padStart(5, '0') : '';
    const year = rnd() < 0.04 ? 2025 : 2026;
    const errors = rnd() < 0.05 ? int(1, 9) : 0;
    const keepsEvidence = rnd() < 0.5;
    const figures = (generatedAt: string): SummaryRow[] => {
      const rows: SummaryRow[] = [];
      const base = {
        schemaVersion: 1,
        communeCode: code,
        commune: name,
        province,
        year,
        label: '',
        targetPercent: 90,
        targetYear: 2030,
        criteriaSet: 'Bộ tiêu chí của tỉnh',
        criteriaSample: false,
        errors,
        warnings: int(0, 5),
        generatedAt,
      } as const;
      const figure = () => {
        if (rnd() < 0.03) return { numerator: null, denominator: rnd() < 0.5 ? int(10, 5000) : null };
        const denominator = int(1, 6000);
        const numerator = int(0, denominator);
        return {
          numerator,
          denominator,
          evidence: keepsEvidence ? int(0, numerator) : null,
        };
      };
      for (const indicator of summaryIndicators)
        rows.push({ ...base, indicator, level: 'commune', village: '', evidence: null, ...figure() });
      for (const village of ['Thôn 1', 'Thôn 2'])
        for (const indicator of villageIndicators)
          rows.push({ ...base, indicator, level: 'village', village, evidence: null, ...figure() });
      return rows;
    };
    const current = figures('2026-12-01T08:00:00.000Z');
    const loads = summaryToCells(current);
    // An earlier run of the same year, loaded before the commune fixed its data: must not count.
    if (rnd() < 0.05) loads.push(...summaryToCells(figures('2026-11-15T08:00:00.000Z')));
    // The same export loaded twice.
    if (rnd() < 0.03) loads.push(...summaryToCells(current));
    // A copy where Sheets made the code a number (01234 → 1234).
    if (coded && rnd() < 0.05)
      loads.push(...summaryToCells(current).map((r) => r.map((v, c) => (c === 1 ? Number(code) : v))));
    out.push({ name, province, current, loads });
  }
  return out;
};

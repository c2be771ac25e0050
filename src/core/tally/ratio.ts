// Ratios and shortfalls: the arithmetic behind every percentage the product shows.
import type { Ratio } from '../result';

/** 10^k for the decimals of a plain decimal number ("2.5" → 1), or null for exponent forms. */
const decimalsOf = (n: number): number | null => {
  const s = String(Math.abs(n));
  if (/e/iu.test(s)) return null;
  return s.split('.')[1]?.length ?? 0;
};

/** floor((2·1000·n + d) / (2·d)) for whole n ≥ 0, d > 0, in exact integers (BigInt past 2^53). */
const halfUpTenths = (n: number, d: number): number => {
  const top = 2000 * n + d;
  if (Number.isSafeInteger(top) && Number.isSafeInteger(2 * d)) return Math.floor(top / (2 * d));
  return Number((2000n * BigInt(n) + BigInt(d)) / (2n * BigInt(d)));
};

/**
 * The product's one rounding of a percentage, in tenths of a percent: the exact fraction numerator ÷ denominator
 * × 100, rounded half up at one decimal. Integer arithmetic, so 149/2000 = 7.45 % exactly gives 75 (7,5), where
 * floating point (149 / 2000 × 100 = 7.4499…) would give 7,4. Null when the population is 0.
 */
export const percentTenths = (numerator: number, denominator: number): number | null => {
  if (!(denominator > 0) || !Number.isFinite(numerator) || !Number.isFinite(denominator)) return null;
  if (Number.isInteger(numerator) && Number.isInteger(denominator) && numerator >= 0)
    return halfUpTenths(numerator, denominator);
  // Counts are whole numbers; a hand-typed decimal is scaled to whole numbers first, exactly.
  const k = Math.max(decimalsOf(numerator) ?? 0, decimalsOf(denominator) ?? 0);
  const scale = 10 ** Math.min(k, 9);
  const n = Math.round(numerator * scale);
  const d = Math.round(denominator * scale);
  if (n < 0) return -halfUpTenths(-n, d);
  return halfUpTenths(n, d);
};

/** Every Ratio is made here: `percent` is already rounded (see percentTenths), so shells only format it. */
export const ratio = (numerator: number, denominator: number): Ratio => {
  const tenths = percentTenths(numerator, denominator);
  return { numerator, denominator, percent: tenths === null ? null : tenths / 10 };
};

export const sumRatios = (ratios: readonly Ratio[]): Ratio =>
  ratio(
    ratios.reduce((s, r) => s + r.numerator, 0),
    ratios.reduce((s, r) => s + r.denominator, 0),
  );

/** Whether the ratio reaches the target; exact integer arithmetic so 90% of 10 is met by 9. */
export const meets = (r: Ratio, percent: number, comparison: '>=' | '>'): boolean | null => {
  if (r.denominator <= 0) return null;
  const lhs = r.numerator * 100;
  const rhs = percent * r.denominator;
  return comparison === '>=' ? lhs >= rhs - 1e-9 : lhs > rhs + 1e-9;
};

/** How many more are needed to reach the target (0 when met). */
export const shortfall = (r: Ratio, percent: number, comparison: '>=' | '>'): number => {
  if (r.denominator <= 0) return 0;
  const exact = (percent * r.denominator) / 100;
  const needed = comparison === '>=' ? Math.ceil(exact - 1e-9) : Math.floor(exact + 1e-9) + 1;
  return Math.max(0, Math.min(needed, r.denominator) - r.numerator);
};

/** A whole count spread over whole years, rounded up: "khoảng 63 hộ mỗi năm" is enough, 62 would fall short. */
export const perYear = (count: number, years: number): number =>
  years > 0 && count > 0 ? Math.ceil(count / years - 1e-9) : 0;

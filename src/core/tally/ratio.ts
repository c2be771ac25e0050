// Ratios and shortfalls: the arithmetic behind every percentage the product shows.
import type { Ratio } from '../result';

export const ratio = (numerator: number, denominator: number): Ratio => ({
  numerator,
  denominator,
  percent: denominator > 0 ? (numerator / denominator) * 100 : null,
});

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

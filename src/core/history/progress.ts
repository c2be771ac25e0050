// Progress toward the plan's targets from the history: the first year is the baseline, the straight line from it
// to each target year is the path, and the latest year is compared with the path. Commune-wide figures: a target
// "every village" is also followed commune-wide here (its villages are named by targets/evaluate.ts).
import { indicatorTerms } from '../i18n/terms';
import type { Ratio } from '../result';
import { summaryIndicators, type SummaryIndicator, type SummaryRow } from '../summary/schema';
import { meets, percentTenths, perYear, ratio, shortfall } from '../tally/ratio';
import type { Target } from '../targets/schema';

export interface YearFigure {
  year: number;
  ratio: Ratio;
}

export type GoalStatus =
  /** No year of the history has a computable figure. */
  | 'noBaseline'
  | 'reached'
  /** The latest year is the baseline: a path needs two years. */
  | 'firstYear'
  | 'onTrack'
  | 'behind'
  /** The latest year is the target year, not reached. */
  | 'due'
  /** The target year is behind the latest year, not reached. */
  | 'passed';

export interface GoalProgress {
  target: Target;
  status: GoalStatus;
  /** The path's percent at the latest year (rounded once, tenths), when there is a path to compare with. */
  pathNow: number | null;
  /** The path's two ends, for the chart: baseline year and percent, target year and percent. */
  path: { year: number; percent: number }[];
  /** Still needed at the latest year's population. */
  shortfall: number;
  /** The shortfall spread over the years left (null when none are left or none is needed). */
  perYear: number | null;
}

export interface IndicatorProgress {
  indicator: SummaryIndicator;
  label: string;
  unit: string;
  /** Each year with a computable commune-wide figure, ascending. */
  figures: YearFigure[];
  baseline: YearFigure | null;
  latest: YearFigure | null;
  goals: GoalProgress[];
}

const figuresOf = (history: readonly SummaryRow[], indicator: SummaryIndicator): YearFigure[] =>
  history
    .filter(
      (r) =>
        r.level === 'commune' &&
        r.indicator === indicator &&
        r.numerator !== null &&
        r.denominator !== null &&
        r.denominator > 0,
    )
    .map((r) => ({ year: r.year, ratio: ratio(r.numerator ?? 0, r.denominator ?? 0) }))
    .sort((a, b) => a.year - b.year);

/** latest ≥ path at the latest year, in exact integers: 100·n·d₀·K ≥ 100·n₀·d·(K−k) + T·d₀·d·k. */
const onPath = (base: YearFigure, latest: YearFigure, target: Target): boolean => {
  const K = target.year - base.year;
  const k = latest.year - base.year;
  const { numerator: n0, denominator: d0 } = base.ratio;
  const { numerator: n, denominator: d } = latest.ratio;
  return 100 * n * d0 * K >= 100 * n0 * d * (K - k) + target.percent * d0 * d * k - 1e-6;
};

const pathAt = (base: YearFigure, target: Target, year: number): number | null => {
  const K = target.year - base.year;
  const k = year - base.year;
  const { numerator: n0, denominator: d0 } = base.ratio;
  const tenths = percentTenths(100 * n0 * (K - k) + target.percent * d0 * k, 100 * d0 * K);
  return tenths === null ? null : tenths / 10;
};

const goalOf = (base: YearFigure | null, latest: YearFigure | null, target: Target): GoalProgress => {
  if (!base || !latest)
    return { target, status: 'noBaseline', pathNow: null, path: [], shortfall: 0, perYear: null };
  const path =
    target.year > base.year
      ? [
          { year: base.year, percent: base.ratio.percent ?? 0 },
          { year: target.year, percent: target.percent },
        ]
      : [];
  const gap = shortfall(latest.ratio, target.percent, target.comparison);
  const common = { target, path, shortfall: gap };
  if (meets(latest.ratio, target.percent, target.comparison) === true)
    return { ...common, status: 'reached', pathNow: null, perYear: null };
  if (target.year < latest.year) return { ...common, status: 'passed', pathNow: null, perYear: null };
  if (target.year === latest.year) return { ...common, status: 'due', pathNow: null, perYear: null };
  const spread = perYear(gap, target.year - latest.year);
  if (latest.year === base.year) return { ...common, status: 'firstYear', pathNow: null, perYear: spread };
  return {
    ...common,
    status: onPath(base, latest, target) ? 'onTrack' : 'behind',
    pathNow: pathAt(base, target, latest.year),
    perYear: spread,
  };
};

/** One entry per summary indicator the plan sets a target for, its targets in year order. */
export const buildProgress = (
  history: readonly SummaryRow[],
  targets: readonly Target[],
): IndicatorProgress[] =>
  summaryIndicators.flatMap((indicator) => {
    const own = targets.filter((t) => t.indicator === indicator).sort((a, b) => a.year - b.year);
    if (own.length === 0) return [];
    const figures = figuresOf(history, indicator);
    const baseline = figures[0] ?? null;
    const latest = figures[figures.length - 1] ?? null;
    return [
      {
        indicator,
        label: indicatorTerms[indicator].label,
        unit: indicatorTerms[indicator].unit,
        figures,
        baseline,
        latest,
        goals: own.map((t) => goalOf(baseline, latest, t)),
      },
    ];
  });

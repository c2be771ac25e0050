// Whether the report year is one of the plan's reviews: the last year is its tổng kết, a target year before it a
// sơ kết (plan 000 sets targets for 2028 and 2030 over 2026–2030 and asks for both reviews).
import type { EngineResult } from '../result';

export interface Milestone {
  kind: 'midterm' | 'final';
  /** The period the review covers: the plan's first year to the report year. */
  start: number;
  end: number;
}

export const milestoneOf = (result: EngineResult): Milestone | null => {
  const year = result.config?.year;
  const period = result.planPeriod;
  if (year === undefined || !period || year <= period.start || year > period.end) return null;
  if (year === period.end) return { kind: 'final', start: period.start, end: year };
  return result.planTargets.some((t) => t.year === year)
    ? { kind: 'midterm', start: period.start, end: year }
    : null;
};

// Criteria points that pass or fail a set on purpose, so the sample shows every way a row is decided.
import type { CriteriaSet } from '../../src/core/criteria/schema';
import { itemsOf } from '../../src/core/criteria/schema';
import type { Random } from './random';

export type Points = Record<string, number>;

/** The set's own rule, restated so the generator never depends on the engine it is meant to test. */
export const passesSet = (set: CriteriaSet, points: Points): boolean => {
  const items = itemsOf(set);
  const total = items.reduce((s, i) => s + (points[i.code] ?? 0), 0);
  if (total < set.rules.passTotal) return false;
  if (set.rules.bands && !(set.rules.bands.find((b) => total >= b.min)?.passes ?? false)) return false;
  return items.every((i) => {
    const p = points[i.code] ?? 0;
    return (i.min === undefined || p >= i.min) && (!i.mandatory || p > 0);
  });
};

const draw = (set: CriteriaSet, rnd: Random, low: number, high: number): Points => {
  const points: Points = {};
  for (const item of itemsOf(set))
    points[item.code] = Math.round(item.max * (low + (high - low) * rnd.next()));
  return points;
};

/**
 * Passing points sit near the maximum; failing ones either fall short on the total or, now and then, miss one
 * item's minimum with a good total (the case officers overlook).
 */
export const pointsFor = (set: CriteriaSet, rnd: Random, pass: boolean): Points => {
  for (let attempt = 0; attempt < 50; attempt++) {
    let points: Points;
    if (pass) points = draw(set, rnd, 0.78, 1);
    else if (rnd.chance(0.2)) {
      points = draw(set, rnd, 0.85, 1);
      const withMin = itemsOf(set).filter((i) => i.min !== undefined && i.min > 0);
      const item = withMin.length > 0 ? rnd.pick(withMin) : undefined;
      if (item?.min !== undefined) points[item.code] = item.min - 1;
    } else points = draw(set, rnd, 0.35, 0.68);
    if (passesSet(set, points) === pass) return points;
  }
  const fallback: Points = {};
  for (const item of itemsOf(set)) fallback[item.code] = pass ? item.max : 0;
  return fallback;
};

export const sumPoints = (points: Points): number => Object.values(points).reduce((s, p) => s + p, 0);

/** A total typed by hand (citizens who self-assessed online): clearly above or below the pass mark. */
export const totalFor = (set: CriteriaSet, rnd: Random, pass: boolean): number =>
  pass
    ? rnd.int(set.rules.passTotal, Math.min(100, set.rules.passTotal + 17))
    : rnd.int(set.rules.passTotal - 25, set.rules.passTotal - 3);

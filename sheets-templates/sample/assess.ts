// Shared pieces of the sample generator: village and unit plans, and the assessment columns of a register row.
import { defaultCriteriaSets } from '../../src/core/criteria/sets/index';
import type { CellValue } from '../../src/core/snapshot';
import { pointsFor, sumPoints, totalFor, type Points } from './points';
import type { Random } from './random';

export type Mode = 'points' | 'decided';

export interface VillagePlan {
  name: string;
  /** Households on the "Gia đình" list. */
  listed: number;
  /** "Tổng số hộ": a few households are never on the list. */
  households: number;
  /** Below the 2028 every-village targets on purpose. */
  weak: boolean;
  mode: Mode;
}

export const shuffle = <T>(rnd: Random, items: T[]): T[] => {
  for (let i = items.length - 1; i > 0; i--) {
    const j = rnd.int(0, i);
    [items[i], items[j]] = [items[j] as T, items[i] as T];
  }
  return items;
};

/** Outcome of a register row: recognised, registered but failing, or not registered at all. */
export type Fate = 'pass' | 'fail' | 'none';

/** Exactly `pass` passes and `fail` failures among `n`, in random order: percentages land where the plan wants them. */
export const fates = (rnd: Random, n: number, pass: number, fail: number): Fate[] =>
  shuffle(
    rnd,
    Array.from({ length: n }, (_, i): Fate => (i < pass ? 'pass' : i < pass + fail ? 'fail' : 'none')),
  );

export type Title = keyof typeof defaultCriteriaSets;

/** Register columns of an assessment: points (and sometimes their sum), or a decided result. */
export const assessment = (
  rnd: Random,
  title: Title,
  fate: Fate,
  mode: Mode,
  writeTotal = false,
): Record<string, CellValue> => {
  if (fate === 'none') return {};
  const pass = fate === 'pass';
  const values: Record<string, CellValue> = { registered: 'x' };
  if (mode === 'decided') {
    values.result = pass ? 'Đạt' : 'Không đạt';
    return values;
  }
  const points: Points = pointsFor(defaultCriteriaSets[title], rnd, pass);
  for (const [code, p] of Object.entries(points)) values[`item:${code}`] = p;
  if (writeTotal) values.totalPoints = sumPoints(points);
  return values;
};

export const totalOnly = (rnd: Random, title: Title, fate: Fate): Record<string, CellValue> =>
  fate === 'none'
    ? {}
    : { registered: 'x', totalPoints: totalFor(defaultCriteriaSets[title], rnd, fate === 'pass') };

export interface UnitPlan {
  name: string;
  staff: number;
  /** Staff on the "Công dân" list (a few are never listed). */
  listed: number;
  pass: boolean;
}

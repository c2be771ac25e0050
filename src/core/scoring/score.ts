// Scoring one assessment against a criteria set: total, pass or fail with the reasons, and the band.
import type { CriteriaSet } from '../criteria/schema';
import { itemsOf } from '../criteria/schema';
import { scoreText as T } from '../i18n/engine';
import { formatDecimal } from '../text/format';

export interface Scored {
  total: number | null;
  outcome: 'pass' | 'fail' | null;
  band: string | null;
  /** Why it failed, in Vietnamese; empty when it passed. */
  reasons: string[];
  /** True when every item carried points (per-item rules could be checked). */
  complete: boolean;
}

export interface ScoreOptions {
  disadvantaged?: boolean;
  /** A total typed by hand, used when no item points are given. */
  total?: number | null;
  /** Share of the unit's staff holding Công dân học tập, for sets with a member-percentage rule. */
  memberPercent?: number | null;
}

// Reasons are worded for every failing row, from the same few scores (0 to 100 in halves): each written once.
const fmtMemo = new Map<number, string>();
const fmt = (n: number): string => {
  let text = fmtMemo.get(n);
  if (text === undefined) {
    if (fmtMemo.size >= 4096) fmtMemo.clear();
    text = formatDecimal(n, 1).replace(/,0$/u, '');
    fmtMemo.set(n, text);
  }
  return text;
};

export const passMarkOf = (set: CriteriaSet, disadvantaged = false): number =>
  disadvantaged && set.rules.disadvantagedPassTotal !== undefined
    ? set.rules.disadvantagedPassTotal
    : set.rules.passTotal;

export const scorePoints = (
  set: CriteriaSet,
  points: Readonly<Record<string, number | null | undefined>>,
  opts: ScoreOptions = {},
): Scored => {
  const items = itemsOf(set);
  const given = items.filter((i) => typeof points[i.code] === 'number');
  const reasons: string[] = [];
  let total: number | null;
  if (given.length > 0) {
    // Pass/fail indicators (max 0) carry 1 for met and 0 for not met: they gate the result, not the total.
    total = given.reduce((s, i) => s + (i.max === 0 ? 0 : (points[i.code] ?? 0)), 0);
    for (const item of items) {
      const p = points[item.code];
      if (typeof p !== 'number') {
        reasons.push(item.max === 0 ? T.indicatorMissing(item.code) : T.pointsMissing(item.code));
        continue;
      }
      if (item.max === 0) {
        if (p < 1) reasons.push(T.indicatorFailed(item.code));
        continue;
      }
      if (item.min !== undefined && p < item.min)
        reasons.push(T.belowItemMin(item.code, fmt(p), fmt(item.min)));
      else if (item.mandatory && p <= 0) reasons.push(T.mandatoryFailed(item.code));
    }
    for (const group of set.groups) {
      if (group.min === undefined) continue;
      const sum = group.items.reduce((s, i) => s + (i.max === 0 ? 0 : (points[i.code] ?? 0)), 0);
      if (sum < group.min) reasons.push(T.belowGroupMin(group.label, fmt(sum), fmt(group.min)));
    }
  } else if (typeof opts.total === 'number') {
    total = opts.total;
  } else {
    return { total: null, outcome: null, band: null, reasons: [], complete: false };
  }
  const pass = passMarkOf(set, opts.disadvantaged);
  if (total < pass) reasons.unshift(T.belowPass(fmt(total), fmt(pass)));
  const memberRule = set.rules.memberPercent;
  if (memberRule !== undefined && typeof opts.memberPercent === 'number' && opts.memberPercent < memberRule) {
    reasons.push(T.fewMembers(fmt(opts.memberPercent), fmt(memberRule)));
  }
  const band = set.rules.bands?.find((b) => total >= b.min) ?? null;
  if (band && !band.passes && reasons.length === 0) reasons.push(T.band(band.label));
  return {
    total,
    outcome: reasons.length === 0 ? 'pass' : 'fail',
    band: band?.label ?? null,
    reasons,
    complete: given.length === items.length,
  };
};

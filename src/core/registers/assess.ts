// Turning a row's registration, points, typed total and decided result into one assessment, with its warnings.
import type { CriteriaSet } from '../criteria/schema';
import { itemsOf, maxPointsOf } from '../criteria/schema';
import type { ItemColumnKey } from '../layout';
import type { RowReader } from '../read/row';
import { isBlank, plainNumber } from '../text/values';
import { scorePoints } from '../scoring/score';
import { scoreText } from '../i18n/engine';
import { formatDecimal } from '../text/format';
import type { Assessment, Outcome } from './schema';

export interface AssessmentInput {
  registeredMark: boolean | null;
  hasRegisterColumn: boolean;
  points: Record<string, number | null>;
  typedTotal: number | null;
  decided: Outcome | null;
  decidedBand: string | null;
  /** A points, total or result cell held something unreadable: already reported, so no follow-on warnings. */
  unreadable: boolean;
}

/** The columns every register has that an assessment reads. */
type AssessedKey = 'registered' | 'totalPoints' | 'result' | ItemColumnKey;

interface ItemColumn {
  code: string;
  key: ItemColumnKey;
  max: number;
}
const itemColumns = new WeakMap<CriteriaSet, { items: ItemColumn[]; max: number }>();
/** Column keys and limits of a set's items, worked out once per set rather than once per row. */
const columnsOf = (set: CriteriaSet) => {
  let cols = itemColumns.get(set);
  if (!cols) {
    cols = {
      items: itemsOf(set).map((i): ItemColumn => ({ code: i.code, key: `item:${i.code}`, max: i.max })),
      max: maxPointsOf(set),
    };
    itemColumns.set(set, cols);
  }
  return cols;
};

const unusable = new WeakSet<CriteriaSet>();
/** Marks a set whose points cannot be read (its error is on the criteria sheet): item cells are left unread. */
export const pointsUnusable = (set: CriteriaSet): CriteriaSet => {
  unusable.add(set);
  return set;
};

export const readAssessment = (r: RowReader<AssessedKey>, set: CriteriaSet): AssessmentInput => {
  const points: Record<string, number | null> = {};
  const { items, max } = columnsOf(set);
  let unreadable = false;
  const lost = (key: AssessedKey, value: unknown) => {
    if (value === null && !isBlank(r.raw(key))) unreadable = true;
  };
  const skipItems = unusable.has(set);
  for (const item of items) {
    if (skipItems) {
      points[item.code] = null;
      lost(item.key, null);
      continue;
    }
    if (!r.has(item.key)) points[item.code] = null;
    else points[item.code] = item.max === 0 ? r.indicator(item.key) : r.points(item.key, item.max);
    lost(item.key, points[item.code]);
  }
  let typedTotal = r.number('totalPoints');
  if (typedTotal !== null && typedTotal > max) {
    r.report('TOTAL_OUT_OF_RANGE', 'totalPoints', { max }, plainNumber(typedTotal));
    typedTotal = null;
  }
  lost('totalPoints', typedTotal);
  const decided = r.result('result');
  lost('result', decided);
  const registeredMark = r.mark('registered');
  lost('registered', registeredMark);
  return {
    unreadable,
    registeredMark,
    hasRegisterColumn: r.has('registered'),
    points,
    typedTotal,
    decided: decided?.outcome ?? null,
    decidedBand: decided?.band ?? null,
  };
};

export interface AssessContext {
  disadvantaged: boolean;
  memberPercent?: number | null;
}

const fmt = (n: number) => formatDecimal(n, 1).replace(/,0$/u, '');

/** The decided result, when there is one, is what counts: it is what the village meeting signed. */
export const finishAssessment = (
  r: RowReader,
  set: CriteriaSet,
  input: AssessmentInput,
  ctx: AssessContext,
): Assessment => {
  const items = itemsOf(set);
  const given = items.filter((i) => input.points[i.code] !== null);
  if (given.length > 0 && given.length < items.length && !input.unreadable) {
    const missing = items
      .filter((i) => input.points[i.code] === null)
      .map((i) => i.code)
      .join(', ');
    r.report('ITEMS_INCOMPLETE', null, { given: given.length, count: items.length, missing });
  }
  const scored = scorePoints(set, input.points, {
    disadvantaged: ctx.disadvantaged,
    total: input.typedTotal,
    ...(ctx.memberPercent !== undefined ? { memberPercent: ctx.memberPercent } : {}),
  });
  if (
    !input.unreadable &&
    given.length > 0 &&
    input.typedTotal !== null &&
    scored.total !== null &&
    Math.abs(scored.total - input.typedTotal) > 1e-6
  ) {
    r.report('TOTAL_MISMATCH', 'totalPoints', { sum: fmt(scored.total) }, fmt(input.typedTotal));
  }
  const computed = scored.outcome;
  let recognised: boolean;
  let basis: Assessment['basis'];
  if (input.decided !== null) {
    recognised = input.decided === 'pass';
    basis = 'decided';
    if (computed !== null && computed !== input.decided && !input.unreadable) {
      r.report(
        'RESULT_CONTRADICTS_POINTS',
        'result',
        {
          computed: computed === 'pass' ? scoreText.computedPass : scoreText.computedFail,
          reason:
            computed === 'pass' ? scoreText.enoughPoints(fmt(scored.total ?? 0)) : (scored.reasons[0] ?? ''),
        },
        input.decided === 'pass' ? scoreText.decidedPass : scoreText.decidedFail,
      );
    }
  } else if (computed !== null) {
    recognised = computed === 'pass';
    basis = given.length > 0 ? 'points' : 'total';
  } else {
    recognised = false;
    basis = 'none';
  }
  const assessed = basis !== 'none';
  let registered =
    input.registeredMark === true ||
    (!input.hasRegisterColumn && assessed) ||
    (assessed && input.registeredMark === null);
  if (recognised && input.hasRegisterColumn && input.registeredMark !== true) {
    if (!input.unreadable) r.report('RECOGNISED_NOT_REGISTERED', 'registered');
    registered = true;
  }
  if (input.registeredMark === true && !assessed && !input.unreadable)
    r.report('REGISTERED_NOT_ASSESSED', 'result');
  return {
    registered,
    points: input.points,
    total: scored.total,
    computed,
    band: input.decidedBand ?? scored.band,
    decided: input.decided,
    recognised,
    basis,
  };
};

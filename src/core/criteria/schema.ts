// Criteria sets are data: groups of items with maximum points, and a pass rule. Validated, never assumed.
import * as z from 'zod/mini';
import { lazySchema } from '../lazy-schema';
import { TitleCode } from '../layout/schema';
import { CitizenGroup } from '../registers/schema';

export const CriteriaItem = /* @__PURE__ */ lazySchema(() =>
  z.object({
    code: z.string().check(z.minLength(1)),
    label: z.string().check(z.minLength(1)),
    /** Maximum points; 0 for a pass/fail indicator that carries no points. */
    max: z.number().check(z.nonnegative()),
    /** Points below this fail the whole assessment (e.g. CDHT: no indicator below 5). */
    min: z.optional(z.number().check(z.nonnegative())),
    /** A veto item: without it (points 0 or below its min, or "không đạt") the title is not earned. */
    mandatory: z._default(z.boolean(), false),
  }),
);
export type CriteriaItem = z.infer<typeof CriteriaItem.schema>;

export const CriteriaGroup = /* @__PURE__ */ lazySchema(() =>
  z.object({
    label: z.string(),
    /** Minimum points for the group as a whole. */
    min: z.optional(z.number().check(z.nonnegative())),
    items: z.array(CriteriaItem.schema).check(z.minLength(1)),
  }),
);
export type CriteriaGroup = z.infer<typeof CriteriaGroup.schema>;

export const Band = /* @__PURE__ */ lazySchema(() =>
  z.object({ label: z.string(), min: z.number(), passes: z.boolean() }),
);
export type Band = z.infer<typeof Band.schema>;

/** The ages a set assesses, in years reached in the report year; outside them a row gets a located warning. */
export const AgeRange = /* @__PURE__ */ lazySchema(() =>
  z.object({
    min: z.optional(z.int().check(z.nonnegative())),
    max: z.optional(z.int().check(z.nonnegative())),
  }),
);
export type AgeRange = z.infer<typeof AgeRange.schema>;

/** Why a set is unusable, as data carried by the zod issue (params), worded by the catalog (i18n/issues.ts). */
export type CriteriaProblem =
  { kind: 'duplicateItem'; item: string } | { kind: 'passAboveMax'; passTotal: number; max: number };

const problem = (p: CriteriaProblem) => ({ code: 'custom' as const, message: p.kind, params: p });

/** The problems of a failed parse that the set's own rules found; other zod issues have no params. */
export const criteriaProblemOf = (issue: { code: string; params?: unknown }): CriteriaProblem | null => {
  const p = issue.params as Partial<CriteriaProblem> | undefined;
  return issue.code === 'custom' && (p?.kind === 'duplicateItem' || p?.kind === 'passAboveMax')
    ? (p as CriteriaProblem)
    : null;
};

export const CriteriaSet = /* @__PURE__ */ lazySchema(() =>
  z
    .object({
      id: z.string(),
      title: TitleCode.schema,
      name: z.string(),
      issuer: z.string(),
      decision: z.optional(z.string()),
      validity: z.optional(z.string()),
      /** An illustrative set: a commune must replace it with its province's set. */
      example: z._default(z.boolean(), false),
      groups: z.array(CriteriaGroup.schema).check(z.minLength(1)),
      rules: z.object({
        passTotal: z.number().check(z.nonnegative()),
        /** Pass mark in remote and disadvantaged areas, where a province allows a lower one. */
        disadvantagedPassTotal: z.optional(z.number().check(z.nonnegative())),
        /** Ordered from the highest; the first whose min the total reaches names the band. */
        bands: z.optional(z.array(Band.schema)),
        /** Units: this share of the unit's staff must hold Công dân học tập. */
        memberPercent: z.optional(z.number().check(z.minimum(0), z.maximum(100))),
        /** Công dân: the ages each group is assessed at (a pupil of 6 is no candidate). */
        ages: z.optional(z.partialRecord(CitizenGroup.schema, AgeRange.schema)),
      }),
    })
    .check(
      z.superRefine((set, ctx) => {
        for (const p of setProblems(set)) ctx.addIssue(problem(p));
      }),
    ),
);
export type CriteriaSet = z.infer<typeof CriteriaSet.schema>;

/** The set's own rules (the schema's and the hand check's, criteria/check.ts): unique codes, a reachable pass. */
export function setProblems(set: Pick<CriteriaSet, 'groups' | 'rules'>): CriteriaProblem[] {
  const out: CriteriaProblem[] = [];
  const seen = new Set<string>();
  for (const code of set.groups.flatMap((g) => g.items.map((i) => i.code))) {
    if (seen.has(code)) out.push({ kind: 'duplicateItem', item: code });
    seen.add(code);
  }
  const max = set.groups.reduce((s, g) => s + g.items.reduce((t, i) => t + i.max, 0), 0);
  if (set.rules.passTotal > max) out.push({ kind: 'passAboveMax', passTotal: set.rules.passTotal, max });
  return out;
}

// Asked for once per register row: computed once per set.
const itemCache = new WeakMap<CriteriaSet, CriteriaItem[]>();
export const itemsOf = (set: CriteriaSet): CriteriaItem[] => {
  let items = itemCache.get(set);
  if (!items) {
    items = set.groups.flatMap((g) => g.items);
    itemCache.set(set, items);
  }
  return items;
};
export const maxPointsOf = (set: CriteriaSet): number => itemsOf(set).reduce((s, i) => s + i.max, 0);

// Criteria sets are data: groups of items with maximum points, and a pass rule. Validated, never assumed.
import * as z from 'zod';
import { TitleCode } from '../layout/schema';

export const CriteriaItem = z.object({
  code: z.string().min(1),
  label: z.string().min(1),
  /** Maximum points; 0 for a pass/fail indicator that carries no points. */
  max: z.number().nonnegative(),
  /** Points below this fail the whole assessment (e.g. CDHT: no indicator below 5). */
  min: z.number().nonnegative().optional(),
  /** A veto item: without it (points 0 or below its min, or "không đạt") the title is not earned. */
  mandatory: z.boolean().default(false),
});
export type CriteriaItem = z.infer<typeof CriteriaItem>;

export const CriteriaGroup = z.object({
  label: z.string(),
  /** Minimum points for the group as a whole. */
  min: z.number().nonnegative().optional(),
  items: z.array(CriteriaItem).min(1),
});
export type CriteriaGroup = z.infer<typeof CriteriaGroup>;

export const Band = z.object({ label: z.string(), min: z.number(), passes: z.boolean() });
export type Band = z.infer<typeof Band>;

export const CriteriaSet = z
  .object({
    id: z.string(),
    title: TitleCode,
    name: z.string(),
    issuer: z.string(),
    decision: z.string().optional(),
    validity: z.string().optional(),
    /** An illustrative set: a commune must replace it with its province's set. */
    example: z.boolean().default(false),
    groups: z.array(CriteriaGroup).min(1),
    rules: z.object({
      passTotal: z.number().nonnegative(),
      /** Pass mark in remote and disadvantaged areas, where a province allows a lower one. */
      disadvantagedPassTotal: z.number().nonnegative().optional(),
      /** Ordered from the highest; the first whose min the total reaches names the band. */
      bands: z.array(Band).optional(),
      /** Units: this share of the unit's staff must hold Công dân học tập. */
      memberPercent: z.number().min(0).max(100).optional(),
    }),
  })
  .superRefine((set, ctx) => {
    const codes = set.groups.flatMap((g) => g.items.map((i) => i.code));
    const seen = new Set<string>();
    for (const code of codes) {
      if (seen.has(code)) ctx.addIssue({ code: 'custom', message: `duplicate item code ${code}` });
      seen.add(code);
    }
    const max = set.groups.reduce((s, g) => s + g.items.reduce((t, i) => t + i.max, 0), 0);
    if (set.rules.passTotal > max) ctx.addIssue({ code: 'custom', message: `passTotal ${set.rules.passTotal} > max ${max}` });
  });
export type CriteriaSet = z.infer<typeof CriteriaSet>;

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

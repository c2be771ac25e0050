// A target: an indicator, a comparison, a percentage, a year and a scope (commune-wide or every village).
import * as z from 'zod/mini';
import { lazySchema } from '../lazy-schema';

/** The years a target may be set for: the reader names a year outside them (a year parses from 1900 on). */
export const TARGET_YEAR_MIN = 2000;
export const TARGET_YEAR_MAX = 2100;

export const indicatorCodes = [
  'family',
  'clan',
  'community',
  'unit',
  'citizenAdults',
  'citizenWorkers',
  'citizenOfficials',
  'citizenAll',
  'citizenDigital',
  'citizenDigitalPro',
  'custom',
] as const;
export const IndicatorCode = /* @__PURE__ */ lazySchema(() => z.enum(indicatorCodes));
export type IndicatorCode = z.infer<typeof IndicatorCode.schema>;

const count = () => z.number().check(z.nonnegative());

export const Target = /* @__PURE__ */ lazySchema(() =>
  z.object({
    indicator: IndicatorCode.schema,
    year: z.int().check(z.minimum(TARGET_YEAR_MIN), z.maximum(TARGET_YEAR_MAX)),
    comparison: z._default(z.enum(['>=', '>']), '>='),
    percent: z.number().check(z.minimum(0), z.maximum(100)),
    scope: z._default(z.enum(['commune', 'everyVillage']), 'commune'),
    /** Free-form indicators: their own wording and hand-entered numbers. */
    label: z.optional(z.string()),
    numerator: z.optional(count()),
    denominator: z.optional(count()),
    source: z.optional(z.string()),
  }),
);
export type Target = z.infer<typeof Target.schema>;

export const TargetPreset = /* @__PURE__ */ lazySchema(() =>
  z.object({
    id: z.string(),
    name: z.string(),
    source: z.string(),
    planStart: z.int(),
    planEnd: z.int(),
    targets: z.array(Target.schema).check(z.minLength(1)),
  }),
);
export type TargetPreset = z.infer<typeof TargetPreset.schema>;

// A target: an indicator, a comparison, a percentage, a year and a scope (commune-wide or every village).
import * as z from 'zod';

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
export const IndicatorCode = z.enum(indicatorCodes);
export type IndicatorCode = z.infer<typeof IndicatorCode>;

export const Target = z.object({
  indicator: IndicatorCode,
  year: z.number().int().min(2000).max(2100),
  comparison: z.enum(['>=', '>']).default('>='),
  percent: z.number().min(0).max(100),
  scope: z.enum(['commune', 'everyVillage']).default('commune'),
  /** Free-form indicators: their own wording and hand-entered numbers. */
  label: z.string().optional(),
  numerator: z.number().nonnegative().optional(),
  denominator: z.number().nonnegative().optional(),
  source: z.string().optional(),
});
export type Target = z.infer<typeof Target>;

export const TargetPreset = z.object({
  id: z.string(),
  name: z.string(),
  source: z.string(),
  planStart: z.number().int(),
  planEnd: z.number().int(),
  targets: z.array(Target).min(1),
});
export type TargetPreset = z.infer<typeof TargetPreset>;

// A target's hand check: the rules of `Target` (./schema.ts) without zod at run time.
import { check, int, number, object, oneOf, string, type Checked } from '../hand-check';
import { indicatorCodes, TARGET_YEAR_MAX, TARGET_YEAR_MIN, type Target } from './schema';

const count = number(0);

const targetRule = object([
  { key: 'indicator', rule: oneOf(indicatorCodes) },
  { key: 'year', rule: int(TARGET_YEAR_MIN, TARGET_YEAR_MAX) },
  { key: 'comparison', rule: oneOf(['>=', '>']), fallback: '>=' },
  { key: 'percent', rule: number(0, 100) },
  { key: 'scope', rule: oneOf(['commune', 'everyVillage']), fallback: 'commune' },
  { key: 'label', rule: string, optional: true },
  { key: 'numerator', rule: count, optional: true },
  { key: 'denominator', rule: count, optional: true },
  { key: 'source', rule: string, optional: true },
]);

export const checkTarget = (input: unknown): Checked<Target> => check<Target>(targetRule, input);

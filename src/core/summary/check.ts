// A summary row's hand check: the rules of `SummaryRow` (./schema.ts) without zod at run time, so the commune's
// add-in can read "Lịch sử" and a copied "Số liệu gửi tỉnh" without carrying zod (tests/core/hand-check.test.ts).
import {
  check,
  int,
  number,
  object,
  oneOf,
  string,
  nonEmpty,
  boolean,
  type Rule,
  type Checked,
} from '../hand-check';
import { SUMMARY_SCHEMA_VERSION, summaryIndicators, type SummaryRow } from './schema';

/** null, or a value passing `rule` (zod: z.nullable). */
const nullable =
  (rule: Rule): Rule =>
  (v, path, f) =>
    v === null ? null : rule(v, path, f);

const count = int(0);

const summaryRowRule = object([
  { key: 'schemaVersion', rule: oneOf([SUMMARY_SCHEMA_VERSION]) },
  { key: 'communeCode', rule: string },
  { key: 'commune', rule: nonEmpty },
  { key: 'province', rule: nonEmpty },
  { key: 'year', rule: int(2000, 2100) },
  { key: 'indicator', rule: oneOf(summaryIndicators) },
  { key: 'label', rule: string },
  { key: 'level', rule: oneOf(['commune', 'village']) },
  { key: 'village', rule: string },
  { key: 'numerator', rule: nullable(count) },
  { key: 'denominator', rule: nullable(count) },
  { key: 'targetPercent', rule: nullable(number(0, 100)) },
  { key: 'targetYear', rule: nullable(int()) },
  { key: 'criteriaSet', rule: string },
  { key: 'criteriaSample', rule: boolean },
  { key: 'errors', rule: count },
  { key: 'warnings', rule: count },
  { key: 'evidence', rule: nullable(count) },
  { key: 'generatedAt', rule: string },
]);

export const checkSummaryRow = (input: unknown): Checked<SummaryRow> =>
  check<SummaryRow>(summaryRowRule, input);

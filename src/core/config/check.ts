// The configuration's hand check: the rules of `Config` (./schema.ts) without zod at run time.
import {
  array,
  boolean,
  check,
  date,
  int,
  nonEmpty,
  object,
  oneOf,
  string,
  type Checked,
} from '../hand-check';
import { communeKindTerms } from '../i18n/terms';
import type { Config } from './schema';

const year = int(2000, 2100);
const strings = array(string);

const configRule = object([
  { key: 'commune', rule: nonEmpty },
  { key: 'communeKind', rule: oneOf(communeKindTerms), fallback: communeKindTerms[0] },
  { key: 'communeCode', rule: string, fallback: '' },
  { key: 'province', rule: nonEmpty },
  { key: 'district', rule: string, optional: true },
  { key: 'year', rule: year },
  { key: 'targetPreset', rule: string, optional: true },
  { key: 'targetYear', rule: year, optional: true },
  { key: 'planStart', rule: int(), optional: true },
  { key: 'planEnd', rule: int(), optional: true },
  { key: 'disadvantaged', rule: boolean, fallback: false },
  { key: 'reportBody', rule: string },
  { key: 'reportParent', rule: string },
  { key: 'reportNumber', rule: string, fallback: '' },
  { key: 'reportDate', rule: date, optional: true },
  { key: 'reportSigner', rule: string, fallback: '' },
  { key: 'reportSignerTitle', rule: strings },
  { key: 'decisionNumber', rule: string, fallback: '' },
  { key: 'decisionSigner', rule: string, fallback: '' },
  { key: 'decisionSignerTitle', rule: strings },
  { key: 'oneDecision', rule: boolean, fallback: false },
  { key: 'recipients', rule: strings },
  { key: 'shareEmails', rule: strings },
  { key: 'shareRole', rule: oneOf(['viewer', 'editor']), fallback: 'viewer' },
  { key: 'deadline', rule: date },
  { key: 'planNumber', rule: string, optional: true },
  { key: 'planDate', rule: date, optional: true },
  { key: 'planTitle', rule: string, optional: true },
  { key: 'planIssuer', rule: string, optional: true },
  { key: 'guidanceNumber', rule: string, optional: true },
  { key: 'guidanceDate', rule: date, optional: true },
  { key: 'guidanceTitle', rule: string, optional: true },
  { key: 'guidanceIssuer', rule: string, optional: true },
]);

export const checkConfig = (input: unknown): Checked<Config> => check<Config>(configRule, input);

// A criteria set's hand check: the rules of `CriteriaSet` (./schema.ts), its own rules included, without zod
// at run time.
import {
  array,
  boolean,
  check,
  int,
  nonEmpty,
  number,
  object,
  oneOf,
  partialRecord,
  string,
  type Checked,
} from '../hand-check';
import { citizenGroupCodes } from '../i18n/terms';
import { titleCodes } from '../layout/schema';
import { setProblems, type CriteriaSet } from './schema';

const points = number(0);

const itemRule = object([
  { key: 'code', rule: nonEmpty },
  { key: 'label', rule: nonEmpty },
  { key: 'max', rule: points },
  { key: 'min', rule: points, optional: true },
  { key: 'mandatory', rule: boolean, fallback: false },
]);

const groupRule = object([
  { key: 'label', rule: string },
  { key: 'min', rule: points, optional: true },
  { key: 'items', rule: array(itemRule, 1) },
]);

const bandRule = object([
  { key: 'label', rule: string },
  { key: 'min', rule: number() },
  { key: 'passes', rule: boolean },
]);

const ageRule = object([
  { key: 'min', rule: int(0), optional: true },
  { key: 'max', rule: int(0), optional: true },
]);

const setRule = object([
  { key: 'id', rule: string },
  { key: 'title', rule: oneOf(titleCodes) },
  { key: 'name', rule: string },
  { key: 'issuer', rule: string },
  { key: 'decision', rule: string, optional: true },
  { key: 'validity', rule: string, optional: true },
  { key: 'example', rule: boolean, fallback: false },
  { key: 'groups', rule: array(groupRule, 1) },
  {
    key: 'rules',
    rule: object([
      { key: 'passTotal', rule: points },
      { key: 'disadvantagedPassTotal', rule: points, optional: true },
      { key: 'bands', rule: array(bandRule), optional: true },
      { key: 'memberPercent', rule: number(0, 100), optional: true },
      { key: 'ages', rule: partialRecord(citizenGroupCodes, ageRule), optional: true },
    ]),
  },
]);

export const checkCriteriaSet = (input: unknown): Checked<CriteriaSet> =>
  check<CriteriaSet>(setRule, input, (set, add) => setProblems(set).forEach(add));

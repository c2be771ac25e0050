// The shipped criteria sets, lookup by id, title code or Vietnamese title name. Plain data: nothing parses them
// at load; tests/core/static-data.test.ts checks them against the schema.
import { titleTerms } from '../../i18n/terms';
import { titleCodes, type TitleCode } from '../../layout/schema';
import { foldKey } from '../../text/normalize';
import type { CriteriaSet } from '../schema';
import { citizen324 } from './citizen-324';
import { clanExample, communityExample, unitExample } from './examples';
import { family448 } from './family-448';

/** The titles' names (i18n/terms.ts), by code. */
export const titleNames = Object.fromEntries(
  titleCodes.map((code) => [code, titleTerms[code].name]),
) as Record<TitleCode, string>;

export const allCriteriaSets: CriteriaSet[] = [
  family448,
  clanExample,
  communityExample,
  unitExample,
  citizen324,
];

const byTitle = (title: TitleCode): CriteriaSet => {
  const set = allCriteriaSets.find((s) => s.title === title);
  if (!set) throw new Error(`no criteria set for ${title}`, { cause: { code: 'NO_CRITERIA_SET' } });
  return set;
};

export const defaultCriteriaSets: Record<TitleCode, CriteriaSet> = {
  family: byTitle('family'),
  clan: byTitle('clan'),
  community: byTitle('community'),
  unit: byTitle('unit'),
  citizen: byTitle('citizen'),
};

/** Accepts a set id ('cdht-324-2023'), a title code ('citizen') or a title name in any spelling ('cong dan hoc tap'). */
export const findCriteriaSet = (idOrTitle: string): CriteriaSet | undefined => {
  const key = foldKey(idOrTitle);
  const byId = allCriteriaSets.find((s) => foldKey(s.id) === key);
  if (byId) return byId;
  for (const [code, name] of Object.entries(titleNames) as [TitleCode, string][]) {
    if (key === code || key === foldKey(name) || key === foldKey(name.replace(' học tập', '')))
      return defaultCriteriaSets[code];
  }
  return undefined;
};

export const titleFromName = (text: string): TitleCode | undefined => {
  const key = foldKey(text);
  return (Object.entries(titleNames) as [TitleCode, string][]).find(
    ([code, name]) => key === code || key === foldKey(name),
  )?.[0];
};

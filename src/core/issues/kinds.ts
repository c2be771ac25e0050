// Which kind of problem each issue code is, for the report's data-quality table: the province reads kinds and
// counts, not sheet names and rows it does not have. A new code must be placed here (the record is exhaustive).
import type { IssueCode } from '../i18n/issues';
import { ISSUE_KINDS } from '../i18n/report';
import type { Issue } from './issue';

export type IssueKind = keyof typeof ISSUE_KINDS;

const KIND_OF: Readonly<Record<IssueCode, IssueKind>> = {
  SHEET_MISSING: 'structure',
  SHEET_OPTIONAL_MISSING: 'structure',
  HEADER_NOT_FOUND: 'structure',
  COLUMN_MISSING: 'structure',
  COLUMN_DUPLICATE: 'structure',
  SHEET_EMPTY: 'structure',
  UNMAPPED_COLUMN: 'structure',
  UNMAPPED_RESULT_COLUMN: 'structure',
  SHEET_ALIAS_USED: 'structure',
  SHEET_CONFLICT: 'structure',
  SHEET_FOUND_BY_CONTENT: 'structure',
  VILLAGES_SHEET_MISSING: 'structure',
  REQUIRED_EMPTY: 'format',
  NOT_A_NUMBER: 'format',
  NOT_AN_INTEGER: 'format',
  NEGATIVE_NUMBER: 'format',
  BAD_MARK: 'format',
  BAD_RESULT: 'format',
  BAD_DATE: 'format',
  BAD_YEAR: 'format',
  BIRTH_YEAR_IMPLAUSIBLE: 'format',
  CITIZEN_AGE_OUT_OF_RANGE: 'consistency',
  BAD_OPTION: 'format',
  BAD_URL: 'format',
  SPREADSHEET_ERROR: 'format',
  LEGACY_TEXT: 'format',
  LEGACY_COLUMN: 'format',
  COUNT_IMPLAUSIBLE: 'format',
  DUPLICATE_VILLAGE: 'duplicate',
  DUPLICATE_FAMILY: 'duplicate',
  DUPLICATE_CITIZEN: 'duplicate',
  DUPLICATE_CLAN: 'duplicate',
  DUPLICATE_UNIT: 'duplicate',
  UNKNOWN_VILLAGE: 'place',
  UNKNOWN_UNIT: 'place',
  CITIZEN_NO_VILLAGE: 'place',
  CITIZEN_NO_UNIT: 'place',
  POINTS_OUT_OF_RANGE: 'scoring',
  TOTAL_OUT_OF_RANGE: 'scoring',
  TOTAL_MISMATCH: 'scoring',
  ITEMS_INCOMPLETE: 'scoring',
  RESULT_CONTRADICTS_POINTS: 'scoring',
  RECOGNISED_NOT_REGISTERED: 'scoring',
  REGISTERED_NOT_ASSESSED: 'scoring',
  FAMILIES_EXCEED_HOUSEHOLDS: 'consistency',
  REGISTERED_EXCEED_TOTAL: 'consistency',
  CLANS_EXCEED_TOTAL: 'consistency',
  CITIZENS_EXCEED_POPULATION: 'consistency',
  ADULTS_EXCEED_POPULATION: 'consistency',
  OFFICIALS_EXCEED_STAFF: 'consistency',
  ZERO_TOTAL: 'consistency',
  DIGITAL_NOT_RECORDED: 'consistency',
  CRITERIA_EXAMPLE: 'sampleCriteria',
  CONFIG_MISSING: 'settings',
  CONFIG_BAD_VALUE: 'settings',
  CONFIG_UNKNOWN_KEY: 'settings',
  BAD_COMMUNE_CODE: 'settings',
  CONFIG_DOC_NUMBER: 'settings',
  CONFIG_DOC_DATE: 'settings',
  BAD_EMAIL: 'settings',
  UNKNOWN_PRESET: 'settings',
  YEAR_OUTSIDE_PLAN: 'settings',
  TARGET_YEAR_OUTSIDE_PLAN: 'settings',
  NO_TARGETS_FOR_YEAR: 'settings',
  TARGET_BAD_PERCENT: 'settings',
  TARGET_BAD_YEAR: 'settings',
  TARGET_UNKNOWN_INDICATOR: 'settings',
  TARGET_DUPLICATE: 'settings',
  TARGET_CUSTOM_NUMBERS: 'settings',
  TARGET_NUMERATOR_EXCEEDS: 'settings',
  CRITERIA_BAD: 'settings',
  CRITERIA_ZERO_MAX: 'settings',
};

export interface KindCount {
  kind: IssueKind;
  errors: number;
  warnings: number;
}

/** Errors and warnings per kind, in the order of ISSUE_KINDS; kinds with neither are left out. */
export const countByKind = (issues: readonly Issue[]): KindCount[] => {
  const counts = new Map<IssueKind, KindCount>();
  for (const i of issues) {
    const kind = KIND_OF[i.code];
    const c = counts.get(kind) ?? { kind, errors: 0, warnings: 0 };
    if (i.severity === 'error') c.errors++;
    else c.warnings++;
    counts.set(kind, c);
  }
  return (Object.keys(ISSUE_KINDS) as IssueKind[]).flatMap((k) => {
    const c = counts.get(k);
    return c ? [c] : [];
  });
};

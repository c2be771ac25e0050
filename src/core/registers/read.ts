// Reading the five registers into typed rows: each row's fields coerced and its place resolved.
import { layout, type RegisterColumnKey } from '../layout';
import { UNIT_KINDS } from '../layout/registers/units';
import { VILLAGE_KINDS } from '../layout/registers/villages';
import type { CriteriaSet } from '../criteria/schema';
import type { IssueLog } from '../issues/make';
import { registerColumns } from '../layout/columns';
import type { RegisterKey, RegisterSpec, TitleCode } from '../layout/schema';
import { RowReader } from '../read/row';
import {
  describeFound,
  locateRegisters,
  peekTable,
  registerWords,
  type SheetCandidate,
} from '../read/sheets';
import { readTable, type Table } from '../read/table';
import type { WorkbookSnapshot } from '../snapshot';
import { titleNames } from '../criteria/sets';
import { closestMatch } from '../text/similar';
import type { UnmappedColumn } from '../read/table';
import {
  citizenGroupCodes,
  citizenGroupTerms,
  digitalTerms,
  unitKindTerms,
  villageKindTerms,
} from '../i18n/terms';
import { foldKey } from '../text/normalize';
import { villageKey } from '../text/village';
import { readAssessment, type AssessmentInput } from './assess';
import type { PlaceIndex } from './places';
import type { CitizenGroup } from './schema';

export interface Draft<T, K extends string = string> {
  reader: RowReader<K>;
  input: AssessmentInput;
  fields: T;
  /** A minh chứng link of web-address form is on the row. */
  evidence: boolean;
}

export const registerSpec = (key: RegisterKey): RegisterSpec => {
  const spec = layout.registers.find((r) => r.key === key);
  if (!spec) throw new Error(`layout has no register ${key}`, { cause: { code: 'LAYOUT_REGISTER_MISSING' } });
  return spec;
};

/** Candidates are worked out once per workbook, for all five registers together. */
const locatedOf = new WeakMap<WorkbookSnapshot, Record<RegisterSpec['key'], SheetCandidate[]>>();
const located = (snapshot: WorkbookSnapshot, criteria: Record<TitleCode, CriteriaSet>) => {
  let l = locatedOf.get(snapshot);
  if (!l) locatedOf.set(snapshot, (l = locateRegisters(snapshot, criteria)));
  return l;
};

/** The one sheet to read a register from, or null with the reason reported. */
const chooseSheet = (
  snapshot: WorkbookSnapshot,
  spec: RegisterSpec,
  criteria: Record<TitleCode, CriteriaSet>,
  issues: IssueLog,
): string | null => {
  const all = located(snapshot, criteria);
  const candidates = all[spec.key];
  const words = registerWords[spec.key];
  if (candidates.length === 0) {
    if (spec.key === 'villages') {
      const found = describeFound(snapshot, criteria, all);
      issues.add(
        'VILLAGES_SHEET_MISSING',
        { sheet: found.length > 0 ? (Object.values(all).flat()[0]?.sheet ?? spec.sheet) : spec.sheet },
        {
          expected: spec.sheet,
          found: found.length > 0 ? `${found.join('; ')}.` : 'Tệp chưa có danh sách nào nhận ra được.',
        },
      );
    } else issues.add('SHEET_OPTIONAL_MISSING', { sheet: spec.sheet }, { title: titleNames[spec.title] });
    return null;
  }
  const first = candidates[0]!;
  if (candidates.length === 1) {
    if (first.byContent)
      issues.add(
        'SHEET_FOUND_BY_CONTENT',
        { sheet: first.sheet },
        { register: words.list, expected: spec.sheet },
      );
    return first.sheet;
  }
  const peeked = candidates.map((c) => ({
    ...c,
    rows: peekTable(snapshot, c.sheet, spec, criteria[spec.title])?.rows.length ?? 0,
  }));
  const filled = peeked.filter((c) => c.rows > 0);
  if (filled.length === 0) return first.sheet;
  const [a, b] = filled;
  if (a && b) {
    issues.add(
      'SHEET_CONFLICT',
      { sheet: a.sheet },
      { register: words.list, rows: a.rows, other: b.sheet, otherRows: b.rows },
    );
    return null;
  }
  const empty = peeked.find((c) => c.rows === 0);
  if (a && empty)
    issues.add(
      'SHEET_ALIAS_USED',
      { sheet: a.sheet },
      { register: words.list, rows: a.rows, other: empty.sheet },
    );
  return a?.sheet ?? null;
};

export const openRegister = (
  snapshot: WorkbookSnapshot,
  key: RegisterKey,
  criteria: Record<TitleCode, CriteriaSet>,
  issues: IssueLog,
): Table | null => {
  const spec = registerSpec(key);
  const sheet = chooseSheet(snapshot, spec, criteria, issues);
  if (sheet === null) return null;
  const table = readTable(snapshot, sheet, registerColumns(spec, criteria[spec.title]), issues);
  if (table && table.rows.length === 0) issues.add('SHEET_EMPTY', { sheet });
  if (table) reportUnmapped(table, issues);
  return table;
};

/** What an unmapped column most likely is, to tell the officer what to rename it to. */
const renameFor = (c: UnmappedColumn, table: Table): string | null => {
  if (c.resultLike && table.specs.has('result')) return table.specs.get('result')?.header ?? null;
  if (c.pointLike && table.specs.has('totalPoints')) return table.specs.get('totalPoints')?.header ?? null;
  return closestMatch(
    c.header,
    [...table.specs.values()].filter((s) => !table.columns.has(s.key)).map((s) => s.header),
  );
};

const reportUnmapped = (table: Table, issues: IssueLog): void => {
  const free = [...table.specs.values()].filter(
    (s) => !table.columns.has(s.key) && !s.key.startsWith('item:'),
  );
  for (const c of table.unmapped) {
    const rename = renameFor(c, table);
    issues.add(
      'UNMAPPED_COLUMN',
      { sheet: table.sheet, row: table.headerRow, col: c.col },
      { header: c.header, rename: rename ?? '', options: free.map((s) => `"${s.header}"`).join(', ') },
    );
  }
};

/** Rows are produced one at a time so that each can be scored and dropped before the next is read. */
function* drafts<R extends RegisterKey, T>(
  _register: R,
  table: Table | null,
  set: CriteriaSet,
  issues: IssueLog,
  read: (r: RowReader<RegisterColumnKey<R>>) => T | null,
): Generator<Draft<T, RegisterColumnKey<R>>> {
  if (!table) return;
  const telling = table.unmapped.find(
    (c) =>
      (c.resultLike && !table.columns.has('result')) || (c.pointLike && !table.columns.has('totalPoints')),
  );
  let unassessed = 0;
  for (const data of table.rows) {
    const reader = new RowReader<RegisterColumnKey<R>>(table, data, issues);
    const fields = read(reader);
    const input = readAssessment(reader, set);
    // Registered with nothing to judge by, beside a column of results the header hides: one error for the
    // column instead of a warning on every row.
    if (telling && input.registeredMark === true && isUnassessed(input)) {
      unassessed++;
      input.unreadable = true;
    }
    const evidence = reader.url('evidence') !== null;
    if (fields !== null) yield { reader, input, fields, evidence };
  }
  if (telling && unassessed > 0) {
    const rename = telling.resultLike
      ? (table.specs.get('result')?.header ?? 'Kết quả')
      : (table.specs.get('totalPoints')?.header ?? 'Tổng điểm');
    issues.add(
      'UNMAPPED_RESULT_COLUMN',
      { sheet: table.sheet, row: table.headerRow, col: telling.col },
      { header: telling.header, count: unassessed, kind: telling.resultLike ? 'kết quả' : 'điểm', rename },
    );
  }
}

const isUnassessed = (input: AssessmentInput): boolean =>
  input.decided === null && input.typedTotal === null && Object.values(input.points).every((p) => p === null);
const [, residentialGroup, , , quarter] = villageKindTerms;
const VILLAGE = { residentialGroup, quarter } as const;
const [, school, enterprise, , organisation, other] = unitKindTerms;
const UNIT = { school, enterprise, organisation, other } as const;

export const readVillages = (table: Table | null, set: CriteriaSet, issues: IssueLog) =>
  drafts('villages', table, set, issues, (r) => {
    const name = r.text('name', true);
    const kind = r.option('kind', VILLAGE_KINDS, false, {
      tdp: VILLAGE.residentialGroup,
      to: VILLAGE.residentialGroup,
      kp: VILLAGE.quarter,
    });
    const households = r.integer('households', true);
    const fields = {
      clans: r.integer('clans'),
      population: r.integer('population'),
      adults: r.integer('adults'),
      workers: r.integer('workers'),
    };
    // A bad count is reported on its cell; the village stays, so its households, clans and citizens still match.
    if (name === null) return null;
    return { name, key: villageKey(name), kind: kind ?? guessKind(name), households, ...fields };
  });

const guessKind = (name: string): string => {
  const k = foldKey(name);
  return VILLAGE_KINDS.find((kind) => k.startsWith(foldKey(kind))) ?? villageKindTerms[0];
};

const resolvePlace = <K extends string>(
  r: RowReader<K>,
  key: K,
  text: string | null,
  index: PlaceIndex,
  code: 'UNKNOWN_VILLAGE' | 'UNKNOWN_UNIT',
): string | null => {
  if (text === null) return null;
  // Without a village list (its absence is one error already) no name can be checked: no error per row.
  if (code === 'UNKNOWN_VILLAGE' && index.names.length === 0) return null;
  const place = index.resolve(text);
  if (place) return place.key;
  const sheetParam =
    code === 'UNKNOWN_VILLAGE'
      ? { villagesSheet: registerSpec('villages').sheet }
      : { unitsSheet: registerSpec('units').sheet };
  r.report(code, key, { suggestion: index.suggest(text), ...sheetParam }, text);
  return null;
};

export const readFamilies = (table: Table | null, set: CriteriaSet, issues: IssueLog, villages: PlaceIndex) =>
  drafts('families', table, set, issues, (r) => {
    const head = r.text('head', true);
    const villageKey = resolvePlace(r, 'village', r.text('village', true), villages, 'UNKNOWN_VILLAGE');
    const members = r.integer('members');
    if (head === null || villageKey === null) return null;
    return { head, villageKey, members };
  });

export const readClans = (table: Table | null, set: CriteriaSet, issues: IssueLog, villages: PlaceIndex) =>
  drafts('clans', table, set, issues, (r) => {
    const name = r.text('name', true);
    const leader = r.text('leader') ?? '';
    const listed = r.text('villages', true);
    const households = r.integer('households');
    if (name === null || listed === null) return null;
    const keys: string[] = [];
    for (const part of listed
      .split(/[,;+]|\s-\s/u)
      .map((p) => p.trim())
      .filter((p) => p.length > 0)) {
      const key = resolvePlace(r, 'villages', part, villages, 'UNKNOWN_VILLAGE');
      if (key === null) return null;
      if (!keys.includes(key)) keys.push(key);
    }
    return keys.length > 0 ? { name, leader, villageKeys: keys, households } : null;
  });

export const readUnits = (table: Table | null, set: CriteriaSet, issues: IssueLog, villages: PlaceIndex) =>
  drafts('units', table, set, issues, (r) => {
    const name = r.text('name', true);
    const kind =
      r.option('kind', UNIT_KINDS, false, {
        truong: UNIT.school,
        'cong ty': UNIT.enterprise,
        'hop tac xa': UNIT.organisation,
      }) ?? UNIT.other;
    const villageText = r.text('village');
    const villageKey =
      villageText === null ? null : resolvePlace(r, 'village', villageText, villages, 'UNKNOWN_VILLAGE');
    const staff = r.integer('staff', true);
    if (name === null || staff === null) return null;
    return { name, key: foldKey(name), kind, villageKey, staff };
  });

/** Words officers type for a group, folded; the options themselves and the groups' labels are matched too. */
const GROUP_WORDS: Record<string, CitizenGroup> = {
  'nguoi dan': 'resident',
  'nong dan': 'resident',
  'cu dan': 'resident',
  dan: 'resident',
  'lao dong': 'worker',
  'cong nhan': 'worker',
  nld: 'worker',
  'can bo': 'official',
  'cong chuc': 'official',
  'vien chuc': 'official',
  'can bo cong chuc vien chuc': 'official',
  cbcc: 'official',
  'doanh nhan': 'official',
  'hoc sinh': 'student',
  'sinh vien': 'student',
  hs: 'student',
  sv: 'student',
  'hoc sinh sinh vien': 'student',
};
const GROUP_OPTIONS = citizenGroupCodes.map((g) => citizenGroupTerms[g].option);
const GROUP_CODES = new Map(citizenGroupCodes.map((g) => [citizenGroupTerms[g].option, g]));
const GROUP_ALIASES: Record<string, string> = Object.fromEntries([
  ...citizenGroupCodes.map((g) => [foldKey(citizenGroupTerms[g].label), citizenGroupTerms[g].option]),
  ...Object.entries(GROUP_WORDS).map(([word, g]) => [word, citizenGroupTerms[g].option]),
]);
const DIGITAL: Record<string, keyof typeof digitalTerms> = Object.fromEntries(
  (Object.keys(digitalTerms) as (keyof typeof digitalTerms)[]).map((k) => [digitalTerms[k], k]),
);

export const readCitizens = (
  table: Table | null,
  set: CriteriaSet,
  issues: IssueLog,
  villages: PlaceIndex,
  units: PlaceIndex,
  year: number | null,
) =>
  drafts('citizens', table, set, issues, (r) => {
    const name = r.text('name', true);
    const birthYear = r.year('birthYear');
    const groupText = r.option('group', GROUP_OPTIONS, true, GROUP_ALIASES);
    const villageText = r.text('village');
    const unitText = r.text('unit');
    const digitalText = r.option('digital', Object.keys(DIGITAL), false, {
      co: digitalTerms.basic,
      x: digitalTerms.basic,
      'thanh thao': digitalTerms.proficient,
    });
    const villageKey =
      villageText === null ? null : resolvePlace(r, 'village', villageText, villages, 'UNKNOWN_VILLAGE');
    const unitKey = unitText === null ? null : resolvePlace(r, 'unit', unitText, units, 'UNKNOWN_UNIT');
    if (name === null || groupText === null) return null;
    const group = GROUP_CODES.get(groupText) ?? 'resident';
    if (group === 'official' && unitText === null) r.report('CITIZEN_NO_UNIT', 'unit');
    if (group !== 'official' && villageText === null)
      r.report('CITIZEN_NO_VILLAGE', 'village', { group: groupText });
    if (birthYear !== null && year !== null) {
      const age = year - birthYear;
      // A plausible person may still be one the set does not assess in this group (a pupil of 6).
      const range = set.rules.ages?.[group];
      const bound =
        range?.min !== undefined && age < range.min
          ? ('min' as const)
          : range?.max !== undefined && age > range.max
            ? ('max' as const)
            : null;
      if (age < 6 || age > 110)
        r.report('BIRTH_YEAR_IMPLAUSIBLE', 'birthYear', { age, year }, String(birthYear));
      else if (bound !== null)
        r.report(
          'CITIZEN_AGE_OUT_OF_RANGE',
          'birthYear',
          { age, year, group: groupText, bound, limit: range?.[bound] ?? '', set: set.name },
          String(birthYear),
        );
    }
    if ((villageText !== null && villageKey === null) || (unitText !== null && unitKey === null)) return null;
    if (villageKey === null && unitKey === null) return null;
    return {
      name,
      birthYear,
      group,
      villageKey,
      unitKey,
      digital: digitalText ? (DIGITAL[digitalText] ?? null) : null,
    };
  });

// From drafts to scored register rows: duplicates dropped (and reported), assessments finished, in dependency order.
import type { CriteriaSet } from '../criteria/schema';
import type { IssueLog } from '../issues/make';
import type { RegisterKey, TitleCode } from '../layout/schema';
import type { WorkbookSnapshot } from '../snapshot';
import { cleanText } from '../text/normalize';
import { finishAssessment, pointsUnusable } from './assess';
import { itemsOf } from '../criteria/schema';
import { titleNames } from '../criteria/sets';
import { layout } from '../layout';
import type { Table } from '../read/table';
import { formatInt } from '../text/format';
import { parseNumber } from '../text/values';
import { villageIndex, unitIndex } from './places';
import {
  openRegister,
  registerSpec,
  readCitizens,
  readClans,
  readFamilies,
  readUnits,
  readVillages,
  type Draft,
} from './read';
import type { Citizen, Clan, Family, Registers, Unit, Village } from './schema';
import type { EvidenceColumns } from '../tally/evidence';

/** Keeps the first row of each key; later ones are reported with the first row's number. */
function* dedupe<T>(
  items: Iterable<Draft<T>>,
  keyOf: (d: Draft<T>) => string | null,
  report: (d: Draft<T>, firstRow: number) => void,
): Generator<Draft<T>> {
  const first = new Map<string, number>();
  for (const d of items) {
    const key = keyOf(d);
    const row = key === null ? undefined : first.get(key);
    if (row !== undefined) {
      report(d, row);
      continue;
    }
    if (key !== null) first.set(key, d.reader.row);
    yield d;
  }
}

const finishAll = <T, E>(items: Iterable<Draft<T>>, finish: (d: Draft<T>) => E): E[] => {
  const out: E[] = [];
  for (const d of items) out.push(finish(d));
  return out;
};

/** A column that says who registered or how a row was assessed; without any, a title's figures are unknown. */
const isAssessmentColumn = (key: string): boolean =>
  key === 'registered' || key === 'result' || key === 'totalPoints' || key.startsWith('item:');

/**
 * A set from the "Bộ tiêu chí" sheet whose maximums are all 0 reads every item as a pass/fail mark. When the
 * register holds points under those items, the set is what is wrong: one error on the criteria sheet, and the
 * points are left unread rather than each reported as an invalid result.
 */
const usableSet = (table: Table | null, set: CriteriaSet, issues: IssueLog): CriteriaSet => {
  const items = itemsOf(set);
  if (!table || set.example || items.length === 0 || items.some((i) => i.max !== 0)) return set;
  let cells = 0;
  for (const row of table.rows) {
    for (const item of items) {
      const col = table.columns.get(`item:${item.code}`);
      const n = col === undefined ? null : parseNumber(row.cells[col]);
      if (n?.ok && n.value !== 0 && n.value !== 1) cells++;
    }
  }
  if (cells === 0) return set;
  issues.add(
    'CRITERIA_ZERO_MAX',
    { sheet: layout.criteria.sheet },
    { title: titleNames[set.title], register: table.sheet, count: formatInt(cells) },
  );
  return pointsUnusable({ ...set });
};

/** Duplicates compare names as typed but for case and spacing: "Dũng" and "Dung" are two people. */
const personKey = (name: string): string => cleanText(name).toLowerCase();

// Entities are built field by field: spreading two objects into one is the slow path in V8 at this row count.

export const buildRegisters = (
  snapshot: WorkbookSnapshot,
  criteria: Record<TitleCode, CriteriaSet>,
  issues: IssueLog,
  opts: { year: number | null; disadvantaged: boolean },
): {
  registers: Registers;
  columnOf: (sheet: string, key: string) => number | null;
  assessed: Record<TitleCode, boolean>;
  /** The sheet of each register found, and whether it has a "Minh chứng" column. */
  evidenceColumn: EvidenceColumns;
} => {
  const ctx = { disadvantaged: opts.disadvantaged };
  const tables = new Map<string, ReadonlyMap<string, number>>();
  const assessed: Record<TitleCode, boolean> = {
    family: false,
    clan: false,
    community: false,
    unit: false,
    citizen: false,
  };
  const evidenceColumn: Record<RegisterKey, { sheet: string; hasColumn: boolean } | null> = {
    villages: null,
    families: null,
    clans: null,
    units: null,
    citizens: null,
  };
  const open = (key: RegisterKey) => {
    const table = openRegister(snapshot, key, criteria, issues);
    if (table) {
      tables.set(table.sheet, table.columns);
      evidenceColumn[key] = { sheet: table.sheet, hasColumn: table.columns.has('evidence') };
      assessed[registerSpec(key).title] = [...table.columns.keys()].some(isAssessmentColumn);
    }
    return table;
  };
  const columnOf = (sheet: string, key: string) => tables.get(sheet)?.get(key) ?? null;
  const withSet = (table: Table | null, title: TitleCode): [Table | null, CriteriaSet] => [
    table,
    usableSet(table, criteria[title], issues),
  ];
  const villageDrafts = [
    ...dedupe(
      readVillages(...withSet(open('villages'), 'community'), issues),
      (d) => d.fields.key,
      (d, firstRow) => d.reader.report('DUPLICATE_VILLAGE', 'name', { firstRow }, d.fields.name),
    ),
  ];
  const villagePlaces = villageIndex(villageDrafts.map((d) => d.fields));
  const villageName = new Map(villageDrafts.map((d) => [d.fields.key, d.fields.name]));
  const unitDrafts = [
    ...dedupe(
      readUnits(...withSet(open('units'), 'unit'), issues, villagePlaces),
      (d) => d.fields.key,
      (d, firstRow) => d.reader.report('DUPLICATE_UNIT', 'name', { firstRow }, d.fields.name),
    ),
  ];
  const unitPlaces = unitIndex(unitDrafts.map((d) => d.fields));
  const familyDrafts = dedupe(
    readFamilies(...withSet(open('families'), 'family'), issues, villagePlaces),
    (d) => `${personKey(d.fields.head)}|${d.fields.villageKey}`,
    (d, firstRow) =>
      d.reader.report(
        'DUPLICATE_FAMILY',
        'head',
        { firstRow, village: villageName.get(d.fields.villageKey) ?? '' },
        d.fields.head,
      ),
  );
  const clanDrafts = dedupe(
    readClans(...withSet(open('clans'), 'clan'), issues, villagePlaces),
    (d) => `${personKey(d.fields.name)}|${d.fields.villageKeys[0] ?? ''}`,
    (d, firstRow) =>
      d.reader.report(
        'DUPLICATE_CLAN',
        'name',
        { firstRow, village: villageName.get(d.fields.villageKeys[0] ?? '') ?? '' },
        d.fields.name,
      ),
  );
  const citizenDrafts = dedupe(
    readCitizens(...withSet(open('citizens'), 'citizen'), issues, villagePlaces, unitPlaces, opts.year),
    (d) =>
      d.fields.birthYear === null
        ? null
        : `${personKey(d.fields.name)}|${d.fields.birthYear}|${d.fields.villageKey ?? d.fields.unitKey ?? ''}`,
    (d, firstRow) =>
      d.reader.report(
        'DUPLICATE_CITIZEN',
        'name',
        {
          firstRow,
          birthYear: d.fields.birthYear ?? '',
          place: villageName.get(d.fields.villageKey ?? '') ?? d.fields.unitKey ?? '',
        },
        d.fields.name,
      ),
  );

  const citizens: Citizen[] = finishAll(citizenDrafts, ({ reader, input, fields: f, evidence }) => ({
    sheet: reader.sheet,
    row: reader.row,
    label: f.name,
    name: f.name,
    birthYear: f.birthYear,
    group: f.group,
    villageKey: f.villageKey,
    unitKey: f.unitKey,
    digital: f.digital,
    assessment: finishAssessment(reader, criteria.citizen, input, ctx),
    evidence,
  }));
  // A unit's member-percentage rule needs its staff's Công dân học tập results first.
  const officialsRecognised = new Map<string, number>();
  for (const c of citizens) {
    if (c.group === 'official' && c.unitKey && c.assessment.recognised)
      officialsRecognised.set(c.unitKey, (officialsRecognised.get(c.unitKey) ?? 0) + 1);
  }
  const units: Unit[] = unitDrafts.map(({ reader, input, fields: f, evidence }) => ({
    sheet: reader.sheet,
    row: reader.row,
    label: f.name,
    key: f.key,
    name: f.name,
    kind: f.kind,
    villageKey: f.villageKey,
    staff: f.staff,
    assessment: finishAssessment(reader, criteria.unit, input, {
      ...ctx,
      memberPercent: f.staff > 0 ? ((officialsRecognised.get(f.key) ?? 0) / f.staff) * 100 : null,
    }),
    evidence,
  }));
  const families: Family[] = finishAll(familyDrafts, ({ reader, input, fields: f, evidence }) => ({
    sheet: reader.sheet,
    row: reader.row,
    label: f.head,
    head: f.head,
    villageKey: f.villageKey,
    members: f.members,
    assessment: finishAssessment(reader, criteria.family, input, ctx),
    evidence,
  }));
  const clans: Clan[] = finishAll(clanDrafts, ({ reader, input, fields: f, evidence }) => ({
    sheet: reader.sheet,
    row: reader.row,
    label: f.name,
    name: f.name,
    leader: f.leader,
    villageKeys: f.villageKeys,
    households: f.households,
    assessment: finishAssessment(reader, criteria.clan, input, ctx),
    evidence,
  }));
  const villages: Village[] = villageDrafts.map(({ reader, input, fields: f, evidence }) => ({
    sheet: reader.sheet,
    row: reader.row,
    label: f.name,
    key: f.key,
    name: f.name,
    kind: f.kind,
    households: f.households,
    clans: f.clans,
    population: f.population,
    adults: f.adults,
    workers: f.workers,
    assessment: finishAssessment(reader, criteria.community, input, ctx),
    evidence,
  }));
  return { registers: { villages, families, clans, units, citizens }, columnOf, assessed, evidenceColumn };
};

// The lists of the recognised, one table per title, grouped by village: annexes of the decisions and the
// lists read out at village meetings.
import { titleNames } from '../criteria/sets';
import { ANNEX, CITIZEN_GROUPS, TITLE_SUBJECTS, TITLE_UNITS } from '../i18n/report';
import { digitalTerms } from '../i18n/terms';
import type { TitleCode } from '../layout/schema';
import type { Registers } from '../registers/schema';
import type { EngineResult } from '../result';
import type { Orientation } from './layout';
import type { HeaderCell, TableBlock, TableColumn, TableRow } from './model';
import { int } from './parts';

export interface Annex {
  title: TitleCode;
  /** "Gia đình học tập" */
  titleName: string;
  /** "hộ gia đình" */
  subject: string;
  count: number;
  orientation: Orientation;
  table: TableBlock;
  /** Some rows are grouped under their workplace, not a village (people who belong to no village). */
  byUnit: boolean;
}

const C = ANNEX.columns;
const col = (weight: number, align: TableColumn['align'] = 'center'): TableColumn => ({ weight, align });
const points = (total: number | null): string => (total === null ? '' : int(total));

/** What a title's builder makes; the title's names and `byUnit` (false unless said) are added by `annexes`. */
type Built = Omit<Annex, 'title' | 'titleName' | 'subject' | 'byUnit'> & { byUnit?: boolean };

interface Item {
  group: string;
  cells: (order: number) => string[];
}

/** Groups keep the register's village order; items keep their row order within a group. */
const grouped = (items: readonly Item[], unit: string): TableRow[] => {
  const groups = new Map<string, Item[]>();
  for (const it of items) {
    const list = groups.get(it.group);
    if (list) list.push(it);
    else groups.set(it.group, [it]);
  }
  const rows: TableRow[] = [];
  let order = 0;
  for (const [group, list] of groups) {
    rows.push({ group: ANNEX.group(group, int(list.length), unit) });
    for (const it of list) rows.push({ cells: it.cells(++order) });
  }
  return rows;
};

const flat = (items: readonly Item[]): TableRow[] => items.map((it, i) => ({ cells: it.cells(i + 1) }));

const header = (...texts: string[]): HeaderCell[][] => [texts.map((text) => ({ text }))];

const villageNames = (
  reg: Registers,
): { name: (key: string | null) => string; rank: (key: string | null) => number } => {
  const byKey = new Map(reg.villages.map((v, i) => [v.key, { name: v.name, i }]));
  return {
    name: (key) => (key === null ? ANNEX.noVillage : (byKey.get(key)?.name ?? key)),
    rank: (key) =>
      key === null ? Number.MAX_SAFE_INTEGER : (byKey.get(key)?.i ?? Number.MAX_SAFE_INTEGER - 1),
  };
};

/** Stable sort by village rank, so the list follows the order of the "Thôn" sheet. */
const byVillage = <T>(
  rows: readonly T[],
  key: (t: T) => string | null,
  rank: (k: string | null) => number,
): T[] =>
  rows
    .map((r, i) => ({ r, i, k: rank(key(r)) }))
    .sort((a, b) => a.k - b.k || a.i - b.i)
    .map((x) => x.r);

const familyAnnex = (reg: Registers): Built => {
  const v = villageNames(reg);
  const rows = byVillage(
    reg.families.filter((f) => f.assessment.recognised),
    (f) => f.villageKey,
    v.rank,
  );
  return {
    count: rows.length,
    orientation: 'portrait',
    table: {
      kind: 'table',
      columns: [col(8), col(52, 'left'), col(18), col(18), col(24, 'left')],
      header: header(C.order, C.head, C.members, C.total, C.band),
      rows: grouped(
        rows.map((f) => ({
          group: v.name(f.villageKey),
          cells: (n) => [
            String(n),
            f.head,
            f.members === null ? '' : int(f.members),
            points(f.assessment.total),
            f.assessment.band ?? '',
          ],
        })),
        TITLE_UNITS.family,
      ),
      size: 'table',
    },
  };
};

const clanAnnex = (reg: Registers): Built => {
  const v = villageNames(reg);
  const rows = byVillage(
    reg.clans.filter((c) => c.assessment.recognised),
    (c) => c.villageKeys[0] ?? null,
    v.rank,
  );
  return {
    count: rows.length,
    orientation: 'portrait',
    table: {
      kind: 'table',
      columns: [col(8), col(40, 'left'), col(36, 'left'), col(14), col(16)],
      header: header(C.order, C.clan, C.leader, C.households, C.total),
      rows: grouped(
        rows.map((c) => ({
          group: v.name(c.villageKeys[0] ?? null),
          cells: (n) => [
            String(n),
            c.name,
            c.leader,
            c.households === null ? '' : int(c.households),
            points(c.assessment.total),
          ],
        })),
        TITLE_UNITS.clan,
      ),
      size: 'table',
    },
  };
};

const communityAnnex = (reg: Registers): Built => {
  const rows = reg.villages.filter((v) => v.assessment.recognised);
  return {
    count: rows.length,
    orientation: 'portrait',
    table: {
      kind: 'table',
      columns: [col(8), col(50, 'left'), col(20), col(20), col(22)],
      header: header(C.order, C.villageName, C.villageHouseholds, C.total, C.band),
      rows: flat(
        rows.map((v) => ({
          group: '',
          cells: (n) => [
            String(n),
            v.name,
            v.households === null ? '' : int(v.households),
            points(v.assessment.total),
            v.assessment.band ?? '',
          ],
        })),
      ),
      size: 'table',
    },
  };
};

const unitAnnex = (reg: Registers): Built => {
  const rows = reg.units.filter((u) => u.assessment.recognised);
  return {
    count: rows.length,
    orientation: 'portrait',
    table: {
      kind: 'table',
      columns: [col(8), col(56, 'left'), col(24, 'left'), col(18), col(16)],
      header: header(C.order, C.unit, C.unitKind, C.staff, C.total),
      rows: flat(
        rows.map((u) => ({
          group: '',
          cells: (n) => [String(n), u.name, u.kind, int(u.staff), points(u.assessment.total)],
        })),
      ),
      size: 'table',
    },
  };
};

/** Officials belong to their unit, everybody else to their village: the list is read out where people live or work. */
const citizenAnnex = (reg: Registers): Built => {
  const v = villageNames(reg);
  const units = new Map(reg.units.map((u, i) => [u.key, { name: u.name, i }]));
  const groupOf = (c: Registers['citizens'][number]): { name: string; rank: number; unit: boolean } => {
    if (c.villageKey !== null) return { name: v.name(c.villageKey), rank: v.rank(c.villageKey), unit: false };
    const u = c.unitKey === null ? undefined : units.get(c.unitKey);
    return u
      ? { name: u.name, rank: reg.villages.length + u.i, unit: true }
      : { name: ANNEX.noVillage, rank: Number.MAX_SAFE_INTEGER, unit: false };
  };
  const recognised = reg.citizens
    .filter((c) => c.assessment.recognised)
    .map((c, i) => ({ c, i, g: groupOf(c) }));
  recognised.sort((a, b) => a.g.rank - b.g.rank || a.i - b.i);
  return {
    count: recognised.length,
    byUnit: recognised.some(({ g }) => g.unit),
    orientation: 'landscape',
    table: {
      kind: 'table',
      // TT holds up to 5 digits ("12.345") on one line; landscape leaves room for the workplace.
      columns: [col(14), col(52, 'left'), col(14), col(40, 'left'), col(48, 'left'), col(20), col(16)],
      header: header(C.order, C.name, C.birthYear, C.group, C.citizenUnit, C.digital, C.total),
      rows: grouped(
        recognised.map(({ c, g }) => ({
          group: g.name,
          cells: (n) => [
            String(n),
            c.name,
            c.birthYear === null ? '' : String(c.birthYear),
            CITIZEN_GROUPS[c.group],
            c.unitKey === null ? '' : (units.get(c.unitKey)?.name ?? ''),
            c.digital === null ? '' : digitalTerms[c.digital],
            points(c.assessment.total),
          ],
        })),
        TITLE_UNITS.citizen,
      ),
      size: 'wideTable',
    },
  };
};

const builders: Record<TitleCode, (reg: Registers) => Built> = {
  family: familyAnnex,
  clan: clanAnnex,
  community: communityAnnex,
  unit: unitAnnex,
  citizen: citizenAnnex,
};

export const TITLE_ORDER: readonly TitleCode[] = ['family', 'clan', 'community', 'unit', 'citizen'];

/** One annex per title, in the order titles appear in reports; titles nobody earned have count 0. */
export const annexes = (result: EngineResult): Annex[] =>
  TITLE_ORDER.map((title) => {
    const built = builders[title](result.registers);
    return {
      title,
      titleName: titleNames[title],
      subject: TITLE_SUBJECTS[title],
      ...built,
      byUnit: built.byUnit ?? false,
      table: dropEmptyColumns(markDecidedByVote(built.table), 2),
    };
  });

/**
 * Where some rows have points and others none, the blank ones were decided at a meeting without scoring:
 * "Bình xét" says so instead of an empty cell. A list with no points at all loses the column (below).
 */
export const markDecidedByVote = (t: TableBlock): TableBlock => {
  const at = t.header.length === 1 ? (t.header[0]?.findIndex((h) => h.text === C.total) ?? -1) : -1;
  if (at < 0) return t;
  const data = t.rows.flatMap((r) => ('cells' in r ? [r.cells] : []));
  if (!data.some((cells) => (cells[at] ?? '') !== '')) return t;
  return {
    ...t,
    rows: t.rows.map((r) =>
      'cells' in r && (r.cells[at] ?? '') === ''
        ? { ...r, cells: r.cells.map((c, i) => (i === at ? ANNEX.byVote : c)) }
        : r,
    ),
  };
};

/** Columns after the first `keep` that no row fills (no points when villages decide by meeting, no bands) go. */
export const dropEmptyColumns = (t: TableBlock, keep: number): TableBlock => {
  const data = t.rows.flatMap((r) => ('cells' in r ? [r.cells] : []));
  const used = t.columns.map((_, c) => c < keep || data.some((cells) => (cells[c] ?? '') !== ''));
  if (used.every(Boolean) || t.header.length !== 1) return t;
  const pick = <T>(xs: readonly T[]): T[] => xs.filter((_, c) => used[c]);
  return {
    ...t,
    columns: pick(t.columns),
    header: t.header.map(pick),
    rows: t.rows.map((r) => ('cells' in r ? { ...r, cells: pick(r.cells) } : r)),
  };
};

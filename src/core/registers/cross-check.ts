// Checks across sheets: counts on the other registers must fit the totals on the villages and units sheets.
import { crossCheckText } from '../i18n/engine';
import type { IssueLog } from '../issues/make';
import { isAdult, isWorker } from '../tally/population';
import type { Registers } from './schema';
import { registerSpec } from './read';
import { a1 } from '../text/a1';
import { formatInt } from '../text/format';

const countBy = <T>(items: readonly T[], key: (t: T) => string | null): Map<string, number> => {
  const m = new Map<string, number>();
  for (const t of items) {
    const k = key(t);
    if (k !== null) m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
};

const headerOf = (register: 'villages' | 'units', key: string): string =>
  registerSpec(register).columns.find((c) => c.key === key)?.header ?? key;

export const crossCheck = (
  reg: Registers,
  issues: IssueLog,
  columnOf: (sheet: string, key: string) => number | null,
  year: number | null,
): void => {
  const families = countBy(reg.families, (f) => f.villageKey);
  const registeredFamilies = countBy(reg.families, (f) => (f.assessment.registered ? f.villageKey : null));
  const clans = countBy(
    reg.clans.flatMap((c) => c.villageKeys),
    (k) => k,
  );
  const recognised = reg.citizens.filter((c) => c.assessment.recognised);
  const adults = countBy(
    recognised.filter((c) => isAdult(c, year)),
    (c) => c.villageKey,
  );
  const workers = countBy(
    recognised.filter((c) => isWorker(c, year)),
    (c) => c.villageKey,
  );
  const everyone = countBy(recognised, (c) => c.villageKey);
  const familySheet = registerSpec('families').sheet;
  const clanSheet = registerSpec('clans').sheet;
  const citizenSheet = registerSpec('citizens').sheet;
  for (const v of reg.villages) {
    const at = (key: string) => ({ sheet: v.sheet, row: v.row, col: columnOf(v.sheet, key) });
    const listed = families.get(v.key) ?? 0;
    if (v.households === null) {
      // Unreadable, already reported on its cell: nothing to compare with.
    } else if (listed > v.households) {
      issues.add(
        'FAMILIES_EXCEED_HOUSEHOLDS',
        at('households'),
        { village: v.name, other: familySheet, count: listed },
        String(v.households),
      );
    } else if ((registeredFamilies.get(v.key) ?? 0) > v.households) {
      issues.add(
        'REGISTERED_EXCEED_TOTAL',
        at('households'),
        { village: v.name, what: crossCheckText.households, count: registeredFamilies.get(v.key) ?? 0 },
        String(v.households),
      );
    }
    if (v.households === 0)
      issues.add('ZERO_TOTAL', at('households'), { what: crossCheckText.householdsOf(v.name) }, '0');
    const clanCount = clans.get(v.key) ?? 0;
    if (v.clans !== null && clanCount > v.clans) {
      issues.add(
        'CLANS_EXCEED_TOTAL',
        at('clans'),
        { village: v.name, other: clanSheet, count: clanCount },
        String(v.clans),
      );
    }
    for (const [key, count, what] of [
      ['adults', adults.get(v.key) ?? 0, crossCheckText.adults],
      ['workers', workers.get(v.key) ?? 0, crossCheckText.workers],
      ['population', everyone.get(v.key) ?? 0, crossCheckText.population],
    ] as const) {
      const total = v[key];
      if (total !== null && count > total) {
        issues.add(
          'CITIZENS_EXCEED_POPULATION',
          at(key),
          { village: v.name, count, what, header: headerOf('villages', key) },
          String(total),
        );
      }
    }
    if (v.population !== null) {
      for (const key of ['adults', 'workers'] as const) {
        const n = v[key];
        if (n !== null && n > v.population) {
          issues.add(
            'ADULTS_EXCEED_POPULATION',
            at(key),
            { what: headerOf('villages', key), population: v.population },
            String(n),
          );
        }
      }
    }
  }
  const staffListed = countBy(
    reg.citizens.filter((c) => c.group === 'official'),
    (c) => c.unitKey,
  );
  for (const u of reg.units) {
    const listed = staffListed.get(u.key) ?? 0;
    if (listed > u.staff) {
      issues.add(
        'OFFICIALS_EXCEED_STAFF',
        { sheet: u.sheet, row: u.row, col: columnOf(u.sheet, 'staff') },
        { other: citizenSheet, count: listed },
        String(u.staff),
      );
    }
  }
};

/** Cells named in a grouped warning before "…": enough to find the first ones, short enough to read. */
export const FIRST_CELLS = 5;

export const listCells = (cells: readonly string[], total = cells.length): string =>
  cells.slice(0, FIRST_CELLS).join(', ') + (total > FIRST_CELLS ? ', …' : '');

/**
 * Recognised citizens with a blank "Kỹ năng số" are outside the base of the digital-skills figures: one warning
 * says how many and where the first are, rather than one per cell (or, worse, counting them as "Không").
 */
export const checkDigitalRecorded = (
  reg: Registers,
  issues: IssueLog,
  columnOf: (sheet: string, key: string) => number | null,
): void => {
  const recognised = reg.citizens.filter((c) => c.assessment.recognised);
  const blank = recognised.filter((c) => c.digital === null);
  const recorded = recognised.length - blank.length;
  const first = blank[0];
  if (!first || recorded === 0) return;
  const col = columnOf(first.sheet, 'digital');
  if (col === null) return;
  issues.add(
    'DIGITAL_NOT_RECORDED',
    { sheet: first.sheet, row: first.row, col },
    {
      count: formatInt(blank.length),
      recorded: formatInt(recorded),
      cells: listCells(
        blank.slice(0, FIRST_CELLS).map((c) => a1(c.row, col)),
        blank.length,
      ),
      header: headerOfCitizens('digital'),
    },
  );
};

const headerOfCitizens = (key: string): string =>
  registerSpec('citizens').columns.find((c) => c.key === key)?.header ?? key;

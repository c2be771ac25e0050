// The "Công dân" sheet of the sample: residents, workers and pupils by village, then officials by unit; and the
// village head-counts (population, adults, workers) that make the percentages plausible.
import { CITIZEN_GROUPS } from '../../src/core/layout';
import type { CellValue } from '../../src/core/snapshot';
import {
  assessment,
  fates,
  totalOnly,
  type Fate,
  type Mode,
  type UnitPlan,
  type VillagePlan,
} from './assess';
import { personName } from './names';
import type { Random } from './random';
import { registerShape, rowOf } from './sheets';

export interface CitizenCounts {
  population: number;
  adults: number;
  workers: number;
}

const [RESIDENT, WORKER, OFFICIAL, STUDENT] = CITIZEN_GROUPS as [string, string, string, string];

type CitizenMode = Mode | 'total';
const MODES: readonly CitizenMode[] = ['points', 'total', 'decided'];

const digital = (rnd: Random, fate: Fate, official: boolean): string => {
  const x = rnd.next();
  if (fate === 'pass') return x < (official ? 0.7 : 0.62) ? 'Thành thạo' : x < 0.87 ? 'Có' : 'Không';
  return x < 0.3 ? 'Thành thạo' : x < 0.6 ? 'Có' : 'Không';
};

const assessCitizen = (rnd: Random, fate: Fate, mode: CitizenMode): Record<string, CellValue> =>
  mode === 'total' ? totalOnly(rnd, 'citizen', fate) : assessment(rnd, 'citizen', fate, mode);

/** Split the rest of a list between failures and the unregistered. */
const split = (rest: number, failShare: number): number => Math.round(rest * failShare);

export const citizenRows = (
  rnd: Random,
  villages: readonly VillagePlan[],
  units: readonly UnitPlan[],
  total: number,
  year: number,
): { rows: CitizenRows; counts: CitizenCounts[] } => {
  const { columns } = registerShape('citizens');
  const rows: CellValue[][] = [];
  const counts: CitizenCounts[] = [];
  const officials = units.reduce((s, u) => s + u.listed, 0);
  const others = Math.max(0, total - officials);
  const households = villages.reduce((s, v) => s + v.listed, 0);
  const seen = new Set<string>();
  const uniqueName = (male: boolean, born: number, place: string): string => {
    let name = personName(rnd, male);
    while (seen.has(`${name}|${born}|${place}`)) name = personName(rnd, male);
    seen.add(`${name}|${born}|${place}`);
    return name;
  };

  let left = others;
  villages.forEach((v, i) => {
    const n = i === villages.length - 1 ? left : Math.round((others * v.listed) / Math.max(households, 1));
    left -= n;
    const groups = Array.from({ length: n }, () => {
      const x = rnd.next();
      return x < 0.12 ? STUDENT : x < 0.52 ? WORKER : RESIDENT;
    });
    const adultsListed = groups.filter((g) => g !== STUDENT).length;
    const workersListed = groups.filter((g) => g === WORKER).length;
    const studentsListed = n - adultsListed;
    const adults = Math.round(adultsListed / (0.86 + 0.1 * rnd.next()));
    const workers = Math.max(workersListed, Math.round(adults * (0.74 + 0.08 * rnd.next())));
    const population = adults + Math.max(studentsListed, Math.round(adults * (0.3 + 0.15 * rnd.next())));
    counts.push({ population, adults, workers });

    // 2028 target: 65% of adults in every village; weak villages stay below it.
    const rate = v.weak ? 0.55 + 0.08 * rnd.next() : 0.68 + 0.12 * rnd.next();
    const pass = Math.min(adultsListed, v.weak ? Math.floor(rate * adults) : Math.ceil(rate * adults));
    const adultFates = fates(rnd, adultsListed, pass, split(adultsListed - pass, 0.6));
    const studentPass = Math.round(studentsListed * 0.8);
    const studentFates = fates(rnd, studentsListed, studentPass, split(studentsListed - studentPass, 0.5));
    const mode = MODES[i % MODES.length] ?? 'points';
    for (const group of groups) {
      const student = group === STUDENT;
      const fate = (student ? studentFates.pop() : adultFates.pop()) ?? 'none';
      const born = student
        ? year - rnd.int(11, 17)
        : group === WORKER
          ? year - rnd.int(18, 55)
          : year - rnd.int(18, 80);
      const male = rnd.chance(0.5);
      rows.push(
        rowOf(columns, {
          order: rows.length + 1,
          name: uniqueName(male, born, v.name),
          birthYear: born,
          group,
          village: v.name,
          digital: student ? null : digital(rnd, fate, false),
          ...assessCitizen(rnd, fate, mode),
        }),
      );
    }
  });

  for (const u of units) {
    // A recognised unit needs 90% of its staff holding "Công dân học tập" (Thông tư 24/2023 shape).
    const need = Math.ceil(0.9 * u.staff);
    const pass = u.pass
      ? Math.min(u.listed, need + rnd.int(0, Math.max(0, u.listed - need)))
      : Math.round(u.listed * (0.55 + 0.3 * rnd.next()));
    for (const fate of fates(rnd, u.listed, pass, split(u.listed - pass, 0.7))) {
      const born = year - rnd.int(23, 58);
      rows.push(
        rowOf(columns, {
          order: rows.length + 1,
          name: uniqueName(rnd.chance(0.5), born, u.name),
          birthYear: born,
          group: OFFICIAL,
          unit: u.name,
          digital: digital(rnd, fate, true),
          ...assessCitizen(rnd, fate, rnd.chance(0.75) ? 'points' : 'total'),
        }),
      );
    }
  }
  return { rows, counts };
};

type CitizenRows = CellValue[][];

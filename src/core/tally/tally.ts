// Per village and commune-wide counts for every title: totals, registered, recognised and their percentages.
import type { CitizenTally, CommuneTally, TitleTally, VillageTally } from '../result';
import type { Assessment, Citizen, CitizenGroup, Registers } from '../registers/schema';
import { isAdult, isOfficial, isWorker } from './population';
import { ratio, sumRatios } from './ratio';

const titleTally = (total: number, rows: readonly { assessment: Assessment }[]): TitleTally => {
  let registered = 0;
  let recognised = 0;
  for (const { assessment } of rows) {
    if (assessment.registered) registered++;
    if (assessment.recognised) recognised++;
  }
  return {
    total,
    registered,
    recognised,
    recognisedRatio: ratio(recognised, total),
    registeredRatio: ratio(registered, total),
  };
};

const groups: CitizenGroup[] = ['resident', 'worker', 'official', 'student'];

const citizenTally = (
  citizens: readonly Citizen[],
  year: number | null,
  populations: { adults: number | null; workers: number | null; population: number | null },
): CitizenTally => {
  const byGroup = Object.fromEntries(
    groups.map((g) => [g, { registered: 0, recognised: 0 }]),
  ) as CitizenTally['byGroup'];
  let registered = 0;
  let recognised = 0;
  let adults = 0;
  let workers = 0;
  let residents = 0;
  for (const c of citizens) {
    const g = byGroup[c.group];
    if (c.assessment.registered) {
      registered++;
      g.registered++;
    }
    if (!c.assessment.recognised) continue;
    recognised++;
    g.recognised++;
    if (isAdult(c, year)) adults++;
    if (isWorker(c, year)) workers++;
    if (c.villageKey !== null) residents++;
  }
  const of = (n: number, d: number | null) => ratio(d === null ? 0 : n, d ?? 0);
  return {
    registered,
    recognised,
    adults: of(adults, populations.adults),
    workers: of(workers, populations.workers),
    citizens: of(residents, populations.population),
    byGroup,
  };
};

const groupBy = <T>(items: readonly T[], key: (t: T) => readonly string[]): Map<string, T[]> => {
  const m = new Map<string, T[]>();
  for (const t of items) {
    for (const k of key(t)) {
      const list = m.get(k);
      if (list) list.push(t);
      else m.set(k, [t]);
    }
  }
  return m;
};

export const tally = (
  reg: Registers,
  year: number | null,
): { villages: VillageTally[]; commune: CommuneTally } => {
  const familiesBy = groupBy(reg.families, (f) => [f.villageKey]);
  const clansBy = groupBy(reg.clans, (c) => c.villageKeys);
  const citizensBy = groupBy(reg.citizens, (c) => (c.villageKey ? [c.villageKey] : []));
  const villages: VillageTally[] = reg.villages.map((v) => {
    const clans = clansBy.get(v.key) ?? [];
    return {
      key: v.key,
      name: v.name,
      kind: v.kind,
      row: v.row,
      family: titleTally(v.households, familiesBy.get(v.key) ?? []),
      clan: titleTally(v.clans ?? clans.length, clans),
      community: { registered: v.assessment.registered, recognised: v.assessment.recognised },
      citizen: citizenTally(citizensBy.get(v.key) ?? [], year, v),
    };
  });
  const villageCitizens = villages.map((v) => v.citizen);
  const recognised = reg.citizens.filter((c) => c.assessment.recognised);
  const officials = recognised.filter(isOfficial).length;
  const staff = reg.units.reduce((s, u) => s + u.staff, 0);
  const withDigital = recognised.filter((c) => c.digital !== null);
  const anyDigital = reg.citizens.some((c) => c.digital !== null);
  const allCitizens = citizenTally(reg.citizens, year, { adults: null, workers: null, population: null });
  const commune: CommuneTally = {
    family: titleTally(
      reg.villages.reduce((s, v) => s + v.households, 0),
      reg.families,
    ),
    clan: titleTally(reg.clans.length, reg.clans),
    community: titleTally(reg.villages.length, reg.villages),
    unit: titleTally(reg.units.length, reg.units),
    citizen: {
      ...allCitizens,
      // Villages that left a population blank drop out of that ratio rather than count as zero.
      adults: sumRatios(villageCitizens.map((c) => c.adults)),
      workers: sumRatios(villageCitizens.map((c) => c.workers)),
      citizens: sumRatios(villageCitizens.map((c) => c.citizens)),
      officials: ratio(officials, staff),
      digital: ratio(
        withDigital.filter((c) => c.digital !== 'none').length,
        anyDigital ? recognised.length : 0,
      ),
      digitalPro: ratio(
        withDigital.filter((c) => c.digital === 'proficient').length,
        anyDigital ? recognised.length : 0,
      ),
    },
    recognisedVillages: reg.villages.filter((v) => v.assessment.recognised).map((v) => v.name),
    recognisedUnits: reg.units.filter((u) => u.assessment.recognised).map((u) => u.name),
  };
  return { villages, commune };
};

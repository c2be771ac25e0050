// Per village and commune-wide counts for every title: totals, registered, recognised and their percentages.
import type { CitizenTally, ClanBasis, CommuneTally, TitleTally, VillageTally } from '../result';
import type { Assessment, Citizen, CitizenGroup, Registers } from '../registers/schema';
import { isAdult, isOfficial, isWorker } from './population';
import { ratio, sumRatios } from './ratio';
import type { TitleCode } from '../layout/schema';

const ALL_ASSESSED: Readonly<Record<TitleCode, boolean>> = {
  family: true,
  clan: true,
  community: true,
  unit: true,
  citizen: true,
};

/** Where the register's sheet has no registration, points or result column, nothing says who took part. */
const unknownRatio = { numerator: 0, denominator: 0, percent: null };

const titleTally = (
  total: number,
  rows: readonly { assessment: Assessment }[],
  assessed = true,
): TitleTally => {
  if (!assessed)
    return {
      total,
      registered: 0,
      recognised: 0,
      assessed,
      recognisedRatio: unknownRatio,
      registeredRatio: unknownRatio,
    };
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
    assessed,
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

/**
 * The commune's clans, each counted once: every village's total (or, where it is blank, the clans listed there)
 * counts a clan of k villages k times, so k − 1 is taken off for each; never fewer than the clans listed.
 */
export const communeClanTotal = (reg: Registers, listedIn: ReadonlyMap<string, number>): ClanBasis => {
  const villages = reg.villages.reduce((s, v) => s + Math.max(v.clans ?? 0, listedIn.get(v.key) ?? 0), 0);
  const repeated = reg.clans.reduce((s, c) => s + c.villageKeys.length - 1, 0);
  const listed = reg.clans.length;
  return { total: Math.max(listed, villages - repeated), villages, repeated, listed };
};

export const tally = (
  reg: Registers,
  year: number | null,
  assessed: Readonly<Record<TitleCode, boolean>> = ALL_ASSESSED,
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
      family: titleTally(v.households ?? 0, familiesBy.get(v.key) ?? [], assessed.family),
      clan: titleTally(v.clans ?? clans.length, clans, assessed.clan),
      community: {
        assessed: assessed.community,
        registered: v.assessment.registered,
        recognised: v.assessment.recognised,
      },
      citizen: citizenTally(citizensBy.get(v.key) ?? [], year, v),
    };
  });
  const villageCitizens = villages.map((v) => v.citizen);
  const recognised = reg.citizens.filter((c) => c.assessment.recognised);
  const officials = recognised.filter(isOfficial).length;
  const staff = reg.units.reduce((s, u) => s + u.staff, 0);
  // A blank "Kỹ năng số" is not known, not "Không": the base is the recognised citizens whose skills are recorded.
  const withDigital = recognised.filter((c) => c.digital !== null);
  const allCitizens = citizenTally(reg.citizens, year, { adults: null, workers: null, population: null });
  const clanBasis = communeClanTotal(reg, new Map([...clansBy].map(([k, list]) => [k, list.length])));
  const commune: CommuneTally = {
    family: titleTally(
      reg.villages.reduce((s, v) => s + (v.households ?? 0), 0),
      reg.families,
      assessed.family,
    ),
    clan: titleTally(clanBasis.total, reg.clans, assessed.clan),
    clanBasis,
    community: titleTally(reg.villages.length, reg.villages, assessed.community),
    unit: titleTally(reg.units.length, reg.units, assessed.unit),
    citizen: {
      ...allCitizens,
      // Villages that left a population blank drop out of that ratio rather than count as zero.
      adults: sumRatios(villageCitizens.map((c) => c.adults)),
      workers: sumRatios(villageCitizens.map((c) => c.workers)),
      citizens: sumRatios(villageCitizens.map((c) => c.citizens)),
      officials: ratio(officials, staff),
      digital: ratio(withDigital.filter((c) => c.digital !== 'none').length, withDigital.length),
      digitalPro: ratio(withDigital.filter((c) => c.digital === 'proficient').length, withDigital.length),
      digitalUnrecorded: recognised.length - withDigital.length,
    },
    recognisedVillages: reg.villages.filter((v) => v.assessment.recognised).map((v) => v.name),
    recognisedUnits: reg.units.filter((u) => u.assessment.recognised).map((u) => u.name),
  };
  return { villages, commune };
};

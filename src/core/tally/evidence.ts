// Minh chứng coverage: per register and village, how many recognised entries carry a link to their evidence.
// Links are judged by form only (registers/read.ts): a value that is not an http(s) address is warned about and
// does not count.
import type { RegisterKey } from '../layout/schema';
import type { Registers } from '../registers/schema';
import type { EvidenceCoverage, Ratio } from '../result';
import { ratio } from './ratio';

interface Entry {
  evidence: boolean;
  assessment: { recognised: boolean };
}

const cover = (entries: readonly Entry[]): Ratio => {
  let recognised = 0;
  let linked = 0;
  for (const e of entries) {
    if (!e.assessment.recognised) continue;
    recognised++;
    if (e.evidence) linked++;
  }
  return ratio(linked, recognised);
};

/** Entries of each village; an entry of several villages (a clan) counts in each, and once for the commune. */
const byVillage = <T>(items: readonly T[], keys: (t: T) => readonly (string | null)[]): Map<string, T[]> => {
  const m = new Map<string, T[]>();
  for (const t of items)
    for (const k of keys(t)) {
      if (k === null) continue;
      const list = m.get(k);
      if (list) list.push(t);
      else m.set(k, [t]);
    }
  return m;
};

/** The sheet each register was read from (null: not found) and whether it has a "Minh chứng" column. */
export type EvidenceColumns = Readonly<Record<RegisterKey, { sheet: string; hasColumn: boolean } | null>>;

/** One entry per register, in the order of the titles on "Tổng hợp" (GĐHT, DHHT, CĐHT, ĐVHT, CDHT). */
export const evidenceCoverage = (reg: Registers, columns: EvidenceColumns): EvidenceCoverage[] => {
  const one = <T extends Entry>(
    register: RegisterKey,
    entries: readonly T[],
    keys: (e: T) => readonly (string | null)[],
  ): EvidenceCoverage => {
    const grouped = byVillage(entries, keys);
    return {
      register,
      sheet: columns[register]?.sheet ?? null,
      hasColumn: columns[register]?.hasColumn ?? false,
      commune: cover(entries),
      villages: reg.villages.map((v) => ({ key: v.key, ratio: cover(grouped.get(v.key) ?? []) })),
    };
  };
  return [
    one('families', reg.families, (f) => [f.villageKey]),
    one('clans', reg.clans, (c) => c.villageKeys),
    one('villages', reg.villages, (v) => [v.key]),
    one('units', reg.units, (u) => [u.villageKey]),
    one('citizens', reg.citizens, (c) => [c.villageKey]),
  ];
};

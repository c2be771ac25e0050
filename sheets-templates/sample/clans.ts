// The "Dòng họ" sheet of the sample: a few clans per village, some spanning two villages; weak villages lose one.
import type { CellValue } from '../../src/core/snapshot';
import { assessment, fates, type VillagePlan } from './assess';
import { clanName, personName } from './names';
import type { Random } from './random';
import { registerShape, rowOf } from './sheets';

export interface ClanPlan {
  name: string;
  /** Indexes of the villages the clan lives in; the first is where it is assessed. */
  villages: number[];
  pass: boolean;
}

export const clanRows = (
  rnd: Random,
  villages: readonly VillagePlan[],
  count: number,
): { rows: CellValue[][]; plans: ClanPlan[] } => {
  const { columns } = registerShape('clans');
  const rows: CellValue[][] = [];
  const plans: ClanPlan[] = [];
  const names = new Set<string>();
  villages.forEach((v, i) => {
    const here = Math.floor(count / villages.length) + (i < count % villages.length ? 1 : 0);
    // With a handful of clans per village, the 90% every-village target means all of them: a weak village misses one.
    const fail = v.weak && here > 0 ? 1 : 0;
    for (const fate of fates(rnd, here, here - fail, fail)) {
      let name = clanName(rnd);
      for (let branch = 2; names.has(name); branch++)
        name = `${name.replace(/ \(chi \d+\)$/u, '')} (chi ${branch})`;
      names.add(name);
      const family = name.replace(/^Họ /u, '').split(' ')[0] ?? 'Nguyễn';
      const neighbour = villages[(i + 1) % villages.length];
      // A failing clan stays in one village, so only the weak village misses its target.
      const spans = fate === 'pass' && neighbour !== undefined && neighbour !== v && rnd.chance(0.2);
      plans.push({ name, villages: spans ? [i, (i + 1) % villages.length] : [i], pass: fate === 'pass' });
      rows.push(
        rowOf(columns, {
          order: rows.length + 1,
          name,
          leader: personName(rnd, true, family),
          villages: spans ? `${v.name}, ${neighbour.name}` : v.name,
          households: rnd.int(8, 60),
          ...assessment(rnd, 'clan', fate, rows.length % 2 === 0 ? 'points' : 'decided'),
        }),
      );
    }
  });
  return { rows, plans };
};

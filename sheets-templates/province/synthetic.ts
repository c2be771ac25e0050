// A synthetic province of 170 communes (the bench's "province.rollup170.ms"): a master listing them and each
// commune's output workbook with a "Gia đình" register of a few hundred rows and its "Số liệu gửi tỉnh" (ten
// commune rows, five per village). Most are read; a few of each other state, as a real province's list has.
import { join } from 'node:path';
import { summaryIndicators, villageIndicators, type SummaryIndicator } from '../../src/core/summary/schema';
import { createRandom } from '../sample/random';
import {
  writeCommuneOutput,
  writeDamagedOutput,
  writeMaster,
  writeOldSchemaOutput,
  type CommuneSpec,
  type Figures,
} from './generate';

export const SYNTHETIC_MASTER = 'tinh-170.xlsx';

type Kind = 'read' | 'notRunThisYear' | 'hasErrors' | 'oldSchema' | 'damaged' | 'notFound';
/** Every 17th commune from the 3rd on is not read, by turns: 10 communes of 170 left out. */
const kindOf = (i: number): Kind => {
  if (i % 17 !== 3) return 'read';
  const kinds: Kind[] = ['notRunThisYear', 'hasErrors', 'oldSchema', 'damaged', 'notFound'];
  return kinds[Math.floor(i / 17) % kinds.length] ?? 'read';
};

export interface SyntheticProvince {
  master: string;
  /** Communes' kinds in list order, for checks. */
  kinds: Kind[];
}

export const writeSyntheticProvince = async (
  dir: string,
  communes = 170,
  households = 300,
): Promise<SyntheticProvince> => {
  const random = createRandom(170_2026);
  const kinds: Kind[] = [];
  const listed: { name: string; source: string }[] = [];
  for (let i = 0; i < communes; i++) {
    const kind = kindOf(i);
    kinds.push(kind);
    const name = `Xã Số ${i + 1}`;
    const file = `xa-${String(i + 1).padStart(3, '0')}-tong-hop.xlsx`;
    listed.push({ name, source: file });
    if (kind === 'notFound') continue;
    const figure = (base: number): [number, number] => {
      const d = base + random.int(0, base);
      return [random.int(Math.floor(d / 2), d), d];
    };
    const figures: Figures = Object.fromEntries(
      summaryIndicators.map((k: SummaryIndicator) => [k, figure(k === 'clan' ? 20 : 800)]),
    );
    const villages = Array.from({ length: random.int(6, 14) }, (_, v) => ({
      name: `Thôn ${v + 1}`,
      figures: Object.fromEntries(villageIndicators.map((k) => [k, figure(80)])) as Figures,
    }));
    const spec: CommuneSpec = {
      commune: name,
      code: String(16000 + i + 1),
      province: 'Tỉnh Mẫu',
      year: kind === 'notRunThisYear' ? 2025 : 2026,
      figures,
      villages,
      errors: kind === 'hasErrors' ? 3 : 0,
    };
    const path = join(dir, file);
    if (kind === 'oldSchema') await writeOldSchemaOutput(path, spec);
    else if (kind === 'damaged') await writeDamagedOutput(path, spec, 3, 9, 'không rõ');
    else await writeCommuneOutput(path, { ...spec, households });
  }
  const master = join(dir, SYNTHETIC_MASTER);
  await writeMaster(master, {
    communes: listed,
    settings: { province: 'Tỉnh Mẫu', year: 2026 },
    targets: [
      ['Gia đình học tập (% hộ)', 2030, '≥', 85, 'Toàn xã'],
      ['Công dân học tập (% người lớn)', 2030, '≥', 70, 'Toàn xã'],
    ],
  });
  return { master, kinds };
};

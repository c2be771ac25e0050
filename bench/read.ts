// The direct reader on the synthetic 20,000-household commune against its floor, measured in the same run: a
// minimal pass that inflates every sheet and touches every cell (finds it and slices its raw value), nothing more.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { BENCH_OPTIONS, generateCommune, type CommuneOptions } from '../sheets-templates/sample/generate';
import { readWorkbook } from '../src/node/xlsx/read';
import { buildTemplateWorkbook } from '../src/node/xlsx/template';
import { saveWorkbook } from '../src/node/xlsx/write';
import { ZipArchive } from '../src/node/xlsx/zip-read';
import type { Metric } from './metric';

const RUNS = 5;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};

/** Writes the 20,000-household commune as an .xlsx (untimed: making the input is not part of a run). */
export const writeCommune = async (dir: string, options: CommuneOptions = BENCH_OPTIONS): Promise<string> => {
  const path = join(dir, `xa-${Math.round(options.households / 1000)}k.xlsx`);
  await saveWorkbook(buildTemplateWorkbook(generateCommune(options)), path);
  return path;
};

/** The floor: every worksheet and the shared strings inflated and decoded, every cell's raw value sliced out. */
export const floorPass = async (path: string): Promise<number> => {
  const zip = new ZipArchive(await readFile(path));
  let touched = 0;
  for (const name of zip.entries.keys()) {
    if (!/^xl\/(worksheets\/sheet\d+|sharedStrings)\.xml$/u.test(name)) continue;
    const xml = zip.text(name);
    for (let at = xml.indexOf('<c ', 0); at >= 0; at = xml.indexOf('<c ', at + 3)) {
      const end = xml.indexOf('</c>', at);
      const v = xml.indexOf('<v>', at);
      if (v >= 0 && v < end) touched += xml.slice(v + 3, xml.indexOf('<', v + 3)).length > 0 ? 1 : 0;
      if (end < 0) break;
    }
    for (let at = xml.indexOf('<t', 0); at >= 0; at = xml.indexOf('<t', at + 2))
      touched += xml.slice(xml.indexOf('>', at) + 1, xml.indexOf('<', at + 2)).length > 0 ? 1 : 0;
  }
  return touched;
};

export async function benchRead(dir: string, input: string): Promise<Metric[]> {
  void dir;
  const mine: number[] = [];
  const floor: number[] = [];
  await readWorkbook(input); // warm-up
  await floorPass(input);
  // Alternating, so both see the same machine load.
  for (let i = 0; i < RUNS; i++) {
    let t0 = performance.now();
    await readWorkbook(input);
    mine.push(performance.now() - t0);
    t0 = performance.now();
    await floorPass(input);
    floor.push(performance.now() - t0);
  }
  const [m, f] = [median(mine), median(floor)];
  return [
    { name: 'read.commune20k.ms', value: Math.round(m), unit: 'ms' },
    { name: 'read.commune20k.floorMs', value: Math.round(f), unit: 'ms' },
    { name: 'read.commune20k.ratioToFloor', value: Math.round((m / f) * 100) / 100, unit: 'x' },
  ];
}

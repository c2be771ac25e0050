// The local shell on the synthetic 20,000-household commune: read the .xlsx, run the engine, write the copy (zip
// surgery: the input's parts copied as they are, the owned sheets added), in-process; then the whole command line
// as a user runs it (the prebuilt bundle, every .docx included) in a fresh process, and its start-up alone.
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runEngine } from '../src/core/engine';
import { readWorkbook } from '../src/node/xlsx/read';
import { writeCopyWithOwnedSheets } from '../src/node/xlsx/write';
import { benchCliScale, BUNDLE, runBundle } from './cli-scale';
import type { Metric } from './metric';
import { benchRead, writeCommune } from './read';

const STARTS = 7;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};

/** `--help` of the prebuilt bundle in a fresh process: what every command pays before its work starts. */
const startupMs = (): number => {
  const times: number[] = [];
  for (let i = 0; i < STARTS; i++) {
    const t0 = performance.now();
    const child = spawnSync(process.execPath, [BUNDLE, '--help'], { encoding: 'utf8' });
    times.push(performance.now() - t0);
    if (child.status !== 0) throw new Error(`${BUNDLE} --help failed: ${child.stderr}`);
  }
  return Math.round(median(times));
};

export async function benchCli(): Promise<Metric[]> {
  const dir = await mkdtemp(join(tmpdir(), 'khuyenhoc-bench-'));
  try {
    // Untimed: writing the input file is not part of a run.
    const input = await writeCommune(dir);
    const t0 = performance.now();
    const result = runEngine(await readWorkbook(input));
    const t1 = performance.now();
    const tables = [result.tables.summary, result.tables.problems];
    await writeCopyWithOwnedSheets(input, join(dir, 'xa-20k-tong-hop.xlsx'), tables);
    const t2 = performance.now();
    const copies: number[] = [];
    for (let i = 0; i < 5; i++) {
      const c0 = performance.now();
      await writeCopyWithOwnedSheets(input, join(dir, `xa-20k-tong-hop-${i}.xlsx`), tables);
      copies.push(performance.now() - c0);
    }
    const read = await benchRead(dir, input);
    const outDir = join(dir, 'out-20k');
    await mkdir(outDir, { recursive: true });
    const full = runBundle(input, outDir);
    if (full.status !== 0) throw new Error(`tong-hop on the 20k commune failed: ${full.stderr.slice(-2000)}`);
    return [
      { name: 'cli.commune20k.ms', value: Math.round(t2 - t0), unit: 'ms' },
      { name: 'cli.commune20k.copyMs', value: Math.round(median([t2 - t1, ...copies])), unit: 'ms' },
      ...read,
      { name: 'cli.commune20k.full.ms', value: Math.round(full.ms), unit: 'ms' },
      { name: 'cli.commune20k.peakMB', value: full.peakMB, unit: 'MB' },
      { name: 'cli.startup.ms', value: startupMs(), unit: 'ms' },
    ];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** The 40k and 100k communes under a 1 GB heap (bench section "cli-scale"). */
export async function benchCliAtScale(): Promise<Metric[]> {
  const dir = await mkdtemp(join(tmpdir(), 'khuyenhoc-bench-scale-'));
  try {
    return await benchCliScale(dir);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

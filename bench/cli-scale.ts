// The command line at scale: the 40,000- and 100,000-household communes through the prebuilt bundle under a 1 GB
// heap (`node --max-old-space-size=1024`), each in a fresh process; its exit status and peak resident memory.
import { spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { BENCH_OPTIONS, type CommuneOptions } from '../sheets-templates/sample/generate';
import type { Metric } from './metric';
import { writeCommune } from './read';

export const BUNDLE = 'build/cli/khuyenhoc.mjs';
export const HEAP_MB = 1024;

/** The 20k bench commune scaled: villages, clans, units and citizens grow with the households. */
export const scaledCommune = (households: number): CommuneOptions => {
  const k = households / BENCH_OPTIONS.households;
  return {
    ...BENCH_OPTIONS,
    seed: households,
    households,
    villages: Math.round(BENCH_OPTIONS.villages * k),
    clans: Math.round(BENCH_OPTIONS.clans * k),
    units: Math.round(BENCH_OPTIONS.units * k),
    citizens: Math.round(BENCH_OPTIONS.citizens * k),
  };
};

// Prints the process's peak resident memory when it exits, whatever the exit code.
const PEAK_HOOK = `data:text/javascript,process.on('exit',()=>process.stderr.write('\\nPEAK_RSS_KB='+process.resourceUsage().maxRSS+'\\n'))`;

export interface CliRun {
  status: number | null;
  ms: number;
  peakMB: number;
  stderr: string;
}

/** One `tong-hop` run of the bundle in a fresh process (all .docx included), with its time and peak memory. */
export const runBundle = (input: string, outDir: string, heapMB?: number): CliRun => {
  const t0 = performance.now();
  const child = spawnSync(
    process.execPath,
    [
      ...(heapMB ? [`--max-old-space-size=${heapMB}`] : []),
      '--import',
      PEAK_HOOK,
      BUNDLE,
      'tong-hop',
      input,
      '--out',
      outDir,
    ],
    { encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  const ms = performance.now() - t0;
  const kb = Number(/PEAK_RSS_KB=(\d+)/u.exec(child.stderr)?.[1] ?? Number.NaN);
  return { status: child.status, ms, peakMB: Math.round(kb / 1024), stderr: child.stderr };
};

export async function benchCliScale(dir: string): Promise<Metric[]> {
  const out: Metric[] = [];
  for (const households of [40_000, 100_000]) {
    const input = await writeCommune(dir, scaledCommune(households));
    const outDir = join(dir, `out-${households}`);
    await mkdir(outDir, { recursive: true });
    const run = runBundle(input, outDir, HEAP_MB);
    const name = `cli.commune${households / 1000}k`;
    if (run.status !== 0) process.stderr.write(`${name}: exit ${run.status}\n${run.stderr.slice(-2000)}\n`);
    out.push(
      { name: `${name}.ok`, value: run.status === 0 ? 1 : 0, unit: 'bool' },
      { name: `${name}.peakMB`, value: run.peakMB, unit: 'MB' },
      { name: `${name}.ms`, value: Math.round(run.ms), unit: 'ms' },
    );
  }
  return out;
}

// Engine speed and memory on the synthetic 20,000-household commune.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { BENCH_OPTIONS, generateCommune } from '../sheets-templates/sample/generate';
import { runEngine } from '../src/core/engine';
import type { Metric } from './metric';

const RUNS = 7;

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};

/** Peak memory is measured in a fresh plain-Node process (no TypeScript loader) that generates the commune and runs the engine once. */
const peakMB = (): number => {
  const outfile = 'build/bench-engine-peak.mjs';
  buildSync({
    entryPoints: [fileURLToPath(new URL('./engine-peak.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile,
    logLevel: 'error',
  });
  const child = spawnSync(process.execPath, ['--expose-gc', outfile], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`engine-peak failed: ${child.stderr}`);
  return JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}').peakMB as number;
};

export const benchEngine = async (): Promise<Metric[]> => {
  const snapshot = generateCommune(BENCH_OPTIONS);
  runEngine(snapshot); // warm-up: JIT and lazily built schemas
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    runEngine(snapshot);
    times.push(performance.now() - t0);
  }
  return [
    { name: 'engine.commune20k.ms', value: Math.round(median(times)), unit: 'ms' },
    { name: 'engine.commune20k.peakMB', value: peakMB(), unit: 'MB' },
  ];
};

// Cold figures, each measured in fresh processes: the Apps Script bundle's uncached load, and the engine's first
// run on the 20k commune against its floor (a cold single pass folding every string of the same snapshot).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { ensureBuilt } from '../tests/gas/sandbox/sandbox';
import type { Metric } from './metric';

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};
const round1 = (x: number): number => Math.round(x * 10) / 10;

const OUTFILE = 'build/bench-cold.mjs';

interface ChildRun {
  ms: number;
  /** CPU time of the whole process over the same span (every thread: GC and compiler helpers included). */
  cpuMs: number;
}

const child = (mode: string): ChildRun => {
  const run = spawnSync(process.execPath, ['--expose-gc', OUTFILE, mode], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`bench-cold ${mode} failed: ${run.stderr}`);
  return JSON.parse(run.stdout.trim().split('\n').pop() ?? '{}') as ChildRun;
};

export const benchCold = async (): Promise<Metric[]> => {
  ensureBuilt();
  buildSync({
    entryPoints: [fileURLToPath(new URL('./cold-child.ts', import.meta.url))],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: OUTFILE,
    logLevel: 'error',
  });
  const loads = Array.from({ length: 7 }, () => child('load').ms);
  // Engine and floor alternate so machine load hits both alike.
  const engine: ChildRun[] = [];
  const floor: ChildRun[] = [];
  for (let i = 0; i < 5; i++) {
    engine.push(child('engine'));
    floor.push(child('floor'));
  }
  const cold = median(engine.map((r) => r.ms));
  const cpu = (runs: ChildRun[]) => median(runs.map((r) => r.cpuMs));
  return [
    { name: 'gas.load.freshMs', value: round1(median(loads)), unit: 'ms' },
    { name: 'engine.commune20k.coldMs', value: Math.round(cold), unit: 'ms' },
    {
      name: 'engine.commune20k.coldRatioToFloor',
      value: round1(cold / median(floor.map((r) => r.ms))),
      unit: 'x',
    },
    // On a shared machine wall time waits for the CPU; the CPU-time ratio is the steadier figure there.
    {
      name: 'engine.commune20k.coldCpuRatioToFloor',
      value: round1(cpu(engine) / cpu(floor)),
      unit: 'x (CPU time)',
    },
  ];
};

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const m of await benchCold()) process.stdout.write(`${m.name}\t${m.value} ${m.unit}\n`);
}

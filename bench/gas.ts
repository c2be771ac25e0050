// Apps Script figures: service calls of a full "Chấm điểm và tổng hợp" on the synthetic commune, bundle size,
// and the time to load the bundle (paid again by every custom-function call).
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_OPTIONS, generateCommune } from '../sheets-templates/sample/generate';
import { BUILD, createSandbox, ensureBuilt } from '../tests/gas/sandbox/sandbox';
import type { Metric } from './metric';

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
};

export async function benchGas(): Promise<Metric[]> {
  ensureBuilt();
  const sb = createSandbox({ snapshot: generateCommune(BENCH_OPTIONS) });
  const calls = sb.count(() => sb.call('menuTongHop'));
  if (sb.ui.alerts.length > 0)
    throw new Error(`menuTongHop failed in the sandbox: ${sb.ui.alerts[0]?.prompt ?? ''}`);
  // The first load also compiles; the median of fresh contexts is what a custom-function call costs.
  const loads = Array.from({ length: 9 }, () => createSandbox().loadMs);
  return [
    { name: 'gas.calls.tongHop', value: calls, unit: 'calls' },
    {
      name: 'gas.bundle.kB',
      value: Math.round((statSync(join(BUILD, 'Code.js')).size / 1024) * 10) / 10,
      unit: 'kB',
    },
    { name: 'gas.load.ms', value: Math.round(median(loads) * 10) / 10, unit: 'ms' },
  ];
}

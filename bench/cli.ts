// The local shell on the synthetic 20,000-household commune: read the .xlsx, run the engine, write the copy
// (zip surgery: the input's parts copied as they are, the owned sheets added).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCH_OPTIONS, generateCommune } from '../sheets-templates/sample/generate';
import { runEngine } from '../src/core/engine';
import { readWorkbook } from '../src/node/xlsx/read';
import { buildTemplateWorkbook } from '../src/node/xlsx/template';
import { saveWorkbook, writeCopyWithOwnedSheets } from '../src/node/xlsx/write';
import type { Metric } from './metric';

export async function benchCli(): Promise<Metric[]> {
  const dir = await mkdtemp(join(tmpdir(), 'khuyenhoc-bench-'));
  try {
    const input = join(dir, 'xa-20k.xlsx');
    // Untimed: writing the input file is not part of a run.
    await saveWorkbook(buildTemplateWorkbook(generateCommune(BENCH_OPTIONS)), input);
    const t0 = performance.now();
    const result = runEngine(await readWorkbook(input));
    await writeCopyWithOwnedSheets(input, join(dir, 'xa-20k-tong-hop.xlsx'), [
      result.tables.summary,
      result.tables.problems,
    ]);
    return [{ name: 'cli.commune20k.ms', value: Math.round(performance.now() - t0), unit: 'ms' }];
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

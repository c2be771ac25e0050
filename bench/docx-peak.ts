// Run alone by bench/docx.ts, bundled to plain JavaScript under a 1 GB heap: peak resident memory of a process that
// generates the synthetic commune, runs the engine and writes every .docx (argv[2]: households, default the bench's).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BENCH_OPTIONS, generateCommune } from '../sheets-templates/sample/generate';
import { runEngine } from '../src/core/engine';
import { writeReports } from '../src/node/docx/write';

const households = Number(process.argv[2] ?? BENCH_OPTIONS.households);
const scale = households / BENCH_OPTIONS.households;
const result = runEngine(
  generateCommune({
    ...BENCH_OPTIONS,
    households,
    citizens: Math.round(BENCH_OPTIONS.citizens * scale),
    villages: Math.round(BENCH_OPTIONS.villages * scale),
  }),
);
(globalThis as { gc?: () => void }).gc?.();
const beforeMB = Math.round(process.memoryUsage().rss / 2 ** 20);
const dir = mkdtempSync(join(tmpdir(), 'khuyenhoc-docx-peak-'));
try {
  const written = await writeReports(result, dir, { draft: true });
  const peakMB = Math.round(process.resourceUsage().maxRSS / 1024);
  process.stdout.write(`${JSON.stringify({ beforeMB, peakMB, files: written.length })}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

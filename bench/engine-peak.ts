// Run alone by bench/engine.ts: the process's peak resident memory for generating and scoring the 20k commune.
import { BENCH_OPTIONS, generateCommune } from '../sheets-templates/sample/generate';
import { runEngine } from '../src/core/engine';

const result = runEngine(generateCommune(BENCH_OPTIONS));
const peakMB = Math.round(process.resourceUsage().maxRSS / 1024);
process.stdout.write(`${JSON.stringify({ peakMB, issues: result.issues.length })}\n`);

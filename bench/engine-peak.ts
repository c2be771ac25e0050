// Run alone by bench/engine.ts, bundled to plain JavaScript: peak resident memory of a process that holds the
// synthetic 20k commune and runs the engine on it once.
import { BENCH_OPTIONS, generateCommune } from '../sheets-templates/sample/generate';
import { runEngine } from '../src/core/engine';

const snapshot = generateCommune(BENCH_OPTIONS);
// Drop the generator's own garbage so the figure is the snapshot plus the engine's run.
(globalThis as { gc?: () => void }).gc?.();
const result = runEngine(snapshot);
const peakMB = Math.round(process.resourceUsage().maxRSS / 1024);
process.stdout.write(`${JSON.stringify({ peakMB, issues: result.issues.length })}\n`);

// Run alone, bundled to plain JavaScript, one mode per fresh process (bench/cold.ts): what a first run costs
// before V8 has compiled, optimised or cached anything. Prints one JSON line.
import { BENCH_OPTIONS, generateCommune } from '../sheets-templates/sample/generate';
import { runEngine } from '../src/core/engine';
import { cleanText, stripDiacritics } from '../src/core/text/normalize';
import { createSandbox } from '../tests/gas/sandbox/sandbox';

const mode = process.argv[2];
const out = (o: object): void => void process.stdout.write(`${JSON.stringify(o)}\n`);

if (mode === 'load') {
  // The sandbox compiles Code.js from source: nothing of it is in this process's code cache yet.
  const c0 = process.cpuUsage();
  const ms = createSandbox().loadMs;
  const cpu = process.cpuUsage(c0);
  out({ ms, cpuMs: (cpu.user + cpu.system) / 1000 });
} else {
  const snapshot = generateCommune(BENCH_OPTIONS);
  (globalThis as { gc?: () => void }).gc?.();
  if (mode === 'engine') {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const result = runEngine(snapshot);
    const cpu = process.cpuUsage(c0);
    out({ ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000, issues: result.issues.length });
  } else if (mode === 'floor') {
    // The floor: one cold pass that folds every string of the same snapshot (NFC, then the product's folding).
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    let chars = 0;
    for (const rows of Object.values(snapshot))
      for (const row of rows)
        for (const v of row)
          if (typeof v === 'string')
            chars += stripDiacritics(cleanText(v.normalize('NFC')).toLowerCase()).length;
    const cpu = process.cpuUsage(c0);
    out({ ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000, chars });
  } else throw new Error(`unknown mode ${mode}`);
}

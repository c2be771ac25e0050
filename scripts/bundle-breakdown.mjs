// Prints what each source file puts in the Apps Script bundle (esbuild's metafile, minified bytes), largest first,
// so a change aimed at `gas.bundle.kB` knows where the bytes are. Usage: node scripts/bundle-breakdown.mjs [xa|tinh] [top]
// It bundles the whole project as one file: the commune's build splits it (scripts/split.mjs), and `npm run build`
// prints what Code.js and each module file weigh.
import process from 'node:process';
import * as esbuild from 'esbuild';
import { bundleOptions } from './build.mjs';

const { stdout } = process;

const project = process.argv[2] ?? 'xa';
const top = Number(process.argv[3] ?? 30);
const result = await esbuild.build(bundleOptions(project));
const rows = Object.values(result.metafile.outputs)
  .flatMap((o) => Object.entries(o.inputs))
  .filter(([, v]) => v.bytesInOutput > 0)
  .sort((a, b) => b[1].bytesInOutput - a[1].bytesInOutput);
const kB = (bytes) => (bytes / 1000).toFixed(1).padStart(6);
const total = rows.reduce((s, [, v]) => s + v.bytesInOutput, 0);
for (const [file, v] of rows.slice(0, top)) stdout.write(`${kB(v.bytesInOutput)} kB  ${file}\n`);
stdout.write(`${kB(total)} kB  total of ${rows.length} files\n`);

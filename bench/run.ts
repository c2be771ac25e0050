// npm run bench: every area's figures into build/bench.json, an array of { name, value, unit }.
import { mkdirSync, writeFileSync } from 'node:fs';
import { benchCli, benchCliAtScale } from './cli';
import { benchCold } from './cold';
import { benchCorpus } from './corpus';
import { benchDocx } from './docx';
import { benchEngine } from './engine';
import { benchGas } from './gas';
import { benchTargets } from './targets';
import type { Metric } from './metric';

const sections: [string, () => Promise<Metric[]>][] = [
  ['engine', benchEngine],
  ['cli', benchCli],
  ['docx', benchDocx],
  ['gas', benchGas],
  ['cold', benchCold],
  ['corpus', benchCorpus],
  ['targets', benchTargets],
  // Last: generating the 40,000- and 100,000-household communes takes the longest.
  ['cli-scale', benchCliAtScale],
];

const all: Metric[] = [];
for (const [name, run] of sections) {
  process.stderr.write(`bench: ${name}…\n`);
  all.push(...(await run()));
}
mkdirSync('build', { recursive: true });
writeFileSync('build/bench.json', `${JSON.stringify(all, null, 2)}\n`);
for (const m of all) process.stdout.write(`${m.name}\t${m.value} ${m.unit}\n`);

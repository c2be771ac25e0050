// npm run bench: every area's figures into build/bench.json, an array of { name, value, unit }.
import { mkdirSync, writeFileSync } from 'node:fs';
import { benchCli, benchCliAtScale } from './cli';
import { benchCold } from './cold';
import { benchCorpus } from './corpus';
import { benchDocx } from './docx';
import { benchEngine } from './engine';
import { benchGas } from './gas';
import { benchProvince } from './province';
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
  ['province', benchProvince],
  // Last: generating the 40,000- and 100,000-household communes takes the longest.
  ['cli-scale', benchCliAtScale],
];

// `npm run bench -- engine docx`: only the named sections (the whole bench, with the 100,000-household commune,
// takes long on a 2-core machine).
const only = process.argv.slice(2);
const unknown = only.filter((n) => !sections.some(([name]) => name === n));
if (unknown.length > 0) throw new Error(`unknown bench sections: ${unknown.join(', ')}`);
const all: Metric[] = [];
for (const [name, run] of sections.filter(([n]) => only.length === 0 || only.includes(n))) {
  process.stderr.write(`bench: ${name}…\n`);
  all.push(...(await run()));
}
mkdirSync('build', { recursive: true });
writeFileSync('build/bench.json', `${JSON.stringify(all, null, 2)}\n`);
for (const m of all) process.stdout.write(`${m.name}\t${m.value} ${m.unit}\n`);

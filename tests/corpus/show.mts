import { fixtureIds, runFixture } from './corpus.ts';
for (const id of fixtureIds()) {
  const r = await runFixture(id);
  console.log(`${id}\t${r.verdict}\tcli=${r.cli.verdict}\tgas=${r.gas?.verdict ?? '-'}`);
  for (const x of r.cli.reasons.slice(0, 4)) console.log(`   cli: ${x}`);
  for (const x of r.gas?.reasons.slice(0, 4) ?? []) console.log(`   gas: ${x}`);
}

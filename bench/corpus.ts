// Reading real-shaped workbooks: the share of the corpus (tests/fixtures/corpus) on which both shells give every
// hand-counted figure or a located refusal, and how many runs exit 0 with a wrong figure. Each fixture's verdict
// and first reasons go to stderr, so the bench log says what goes wrong where.
import { pathToFileURL } from 'node:url';
import { fixtureIds, runFixture } from '../tests/corpus/corpus';
import { ensureBuilt } from '../tests/gas/sandbox/sandbox';
import type { Metric } from './metric';

export async function benchCorpus(): Promise<Metric[]> {
  ensureBuilt();
  const ids = fixtureIds();
  let right = 0;
  let wrongExit0 = 0;
  for (const id of ids) {
    const r = await runFixture(id);
    if (r.verdict === 'right') right++;
    for (const j of [r.cli, r.gas]) if (j?.verdict === 'wrong-exit0') wrongExit0++;
    const why = [
      ...r.cli.reasons.slice(0, 2).map((x) => `cli: ${x}`),
      ...(r.gas?.reasons.slice(0, 1) ?? []).map((x) => `gas: ${x}`),
    ];
    process.stderr.write(
      `  ${id}: ${r.verdict} (cli ${r.cli.verdict}, gas ${r.gas?.verdict ?? 'không chạy'})${why.length ? `\n      ${why.join('\n      ')}` : ''}\n`,
    );
  }
  return [
    { name: 'reading.corpus.right', value: Math.round((right / ids.length) * 1000) / 1000, unit: 'share' },
    { name: 'reading.corpus.wrongExit0', value: wrongExit0, unit: 'runs' },
  ];
}

// `npx tsx bench/corpus.ts`: this section alone (after `npm run build`), with the per-fixture lines.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const m of await benchCorpus()) process.stdout.write(`${m.name}\t${m.value} ${m.unit}\n`);
}

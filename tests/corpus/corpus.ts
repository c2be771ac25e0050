// The corpus run: each workbook through the command line and the Apps Script sandbox, judged against the
// hand-counted expectation beside it.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpus } from '../fixtures/corpus/index';
import { readExpectation, type Expectation } from './expectation';
import { judge, type Judgement, type Verdict } from './judge';
import { runAppsScript, runCommandLine } from './shells';
import { writeSpec, type WorkbookSpec } from './workbook-spec';

const ROOT = typeof __dirname === 'string' ? join(__dirname, '..', '..') : process.cwd();
export const CORPUS_DIR = join(ROOT, 'tests', 'fixtures', 'corpus');

export const fixtureIds = (): string[] => Object.keys(corpus).sort();

export const expectationOf = (id: string): Expectation =>
  readExpectation(join(CORPUS_DIR, `${id}.expected.json`));

export const specOf = (id: string): WorkbookSpec => {
  const build = corpus[id];
  if (!build) throw new Error(`corpus: no fixture ${id}`);
  return build();
};

export interface FixtureResult {
  id: string;
  cli: Judgement;
  /** null when the expectation leaves the sandbox out (a file Google could not import). */
  gas: Judgement | null;
  verdict: Verdict;
}

const worst = (a: Verdict, b: Verdict | undefined): Verdict =>
  a === 'wrong-exit0' || b === 'wrong-exit0'
    ? 'wrong-exit0'
    : a === 'other' || b === 'other'
      ? 'other'
      : 'right';

/** Runs the committed .xlsx on the command line, the builder's sheets in the sandbox. */
export const runFixture = async (id: string): Promise<FixtureResult> => {
  const e = expectationOf(id);
  const cli = judge(e, await runCommandLine(join(CORPUS_DIR, `${id}.xlsx`)));
  const gas = e.shells.includes('gas') ? judge(e, runAppsScript(specOf(id))) : null;
  return { id, cli, gas, verdict: worst(cli.verdict, gas?.verdict) };
};

/** The same, for a workbook built on the fly (the metamorphic variants): written to a temporary file first. */
export const runSpec = async (
  spec: WorkbookSpec,
  e: Expectation,
  name = 'so-theo-doi',
): Promise<{ cli: Judgement; gas: Judgement | null }> => {
  const dir = await mkdtemp(join(tmpdir(), 'khuyenhoc-variant-'));
  try {
    const file = join(dir, `${name}.xlsx`);
    await writeFile(file, await writeSpec(spec));
    const cli = judge(e, await runCommandLine(file));
    const gas = e.shells.includes('gas') ? judge(e, runAppsScript(spec)) : null;
    return { cli, gas };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
};

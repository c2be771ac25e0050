// The hand-written expectations, and the one way tests and the bench compare a parse with them.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ImportedTarget, PlanImport } from '../../src/core/targets/import';

export interface ExpectedTarget {
  line: number;
  indicator: string;
  comparison: string;
  percent: number;
  year: number;
  scope: string;
  label?: string;
}
export interface Expected {
  file?: string;
  period: PlanImport['period'];
  targets: ExpectedTarget[];
  unresolved: { line: number; reason: string }[];
}
export interface Case {
  name: string;
  text: string;
  expected: Expected;
  real: boolean;
}

// Jest runs this as CommonJS (__dirname); the bench runs it as ESM from the repository root.
const HERE = typeof __dirname === 'string' ? __dirname : join(process.cwd(), 'tests/targets-import');
const ROOT = resolve(HERE, '../..');
const FIXTURES = join(HERE, 'fixtures');
// Beside the repository; a worktree under /work/wt/<name> finds it one level further up.
export const PLANS =
  [resolve(ROOT, '../shared/plans'), resolve(ROOT, '../../shared/plans')].find((p) => existsSync(p)) ??
  resolve(ROOT, '../shared/plans');

export const writtenCases = (): Case[] =>
  readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => ({
      name: f,
      text: readFileSync(join(FIXTURES, f), 'utf8'),
      expected: JSON.parse(
        readFileSync(join(FIXTURES, f.replace(/\.txt$/u, '.expected.json')), 'utf8'),
      ) as Expected,
      real: false,
    }));

/** The real plans, when ../shared/plans is there (a clone without it skips them). */
export const realCases = (): Case[] =>
  readdirSync(join(HERE, 'real'))
    .map((f) => JSON.parse(readFileSync(join(HERE, 'real', f), 'utf8')) as Expected)
    .filter((e) => e.file !== undefined && existsSync(join(PLANS, e.file)))
    .map((e) => ({
      name: e.file ?? '',
      text: readFileSync(join(PLANS, e.file ?? ''), 'utf8'),
      expected: e,
      real: true,
    }));

export const targetKey = (t: ExpectedTarget | ImportedTarget, withLine = true): string =>
  [withLine ? t.line : '', t.indicator, t.comparison, t.percent, t.year, t.scope].join('|');

/** Precision and recall of extracted targets against the expectation, as true/false positive counts. */
export const score = (
  got: readonly ImportedTarget[],
  expected: readonly ExpectedTarget[],
  withLine = true,
) => {
  const want = new Set(expected.map((t) => targetKey(t, withLine)));
  const have = new Set(got.map((t) => targetKey(t, withLine)));
  const tp = [...have].filter((k) => want.has(k)).length;
  return { tp, fp: have.size - tp, fn: want.size - tp };
};

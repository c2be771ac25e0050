// Targets read from plans: F1 of extracted targets against the hand-written expectations (written plans, their
// stripped and OCR-damaged copies, the real plans when ../shared/plans is there), and the time for a 30-page plan.
import { parsePlan } from '../src/core/targets/import';
import { stripDiacritics } from '../src/core/text/normalize';
import { ocrDamage } from '../tests/targets-import/damage';
import { realCases, score, writtenCases } from '../tests/targets-import/expected';
import type { Metric } from './metric';

const f1 = (tp: number, fp: number, fn: number): number =>
  tp === 0 ? 0 : Math.round(((2 * tp) / (2 * tp + fp + fn)) * 1000) / 1000;

/** About 3,000 characters a page: the written plans again and again, each copy with other years and figures. */
export const thirtyPagePlan = (): string => {
  const base = writtenCases().map((c) => c.text);
  const parts: string[] = [];
  for (let k = 0; parts.join('\n').length < 90_000; k++) {
    const text = base[k % base.length] ?? '';
    parts.push(
      text
        .replace(/20(2\d|3\d)/gu, (_m, y: string) => String(2000 + ((Number(y) + k) % 40) + 20))
        .replace(/(\d{1,2})%/gu, (_m, n: string) => `${(Number(n) + k) % 100}%`),
    );
  }
  return parts.join('\n');
};

export async function benchTargets(): Promise<Metric[]> {
  const totals = { tp: 0, fp: 0, fn: 0 };
  const real = { tp: 0, fp: 0, fn: 0 };
  const add = (into: typeof totals, s: typeof totals) => {
    into.tp += s.tp;
    into.fp += s.fp;
    into.fn += s.fn;
  };
  for (const c of writtenCases()) {
    add(totals, score(parsePlan(c.text).targets, c.expected.targets));
    add(totals, score(parsePlan(stripDiacritics(c.text)).targets, c.expected.targets));
    for (const seed of [1, 2, 3, 4, 5])
      add(totals, score(parsePlan(ocrDamage(c.text, seed)).targets, c.expected.targets, false));
  }
  const plans = realCases();
  for (const c of plans) {
    const s = score(parsePlan(c.text).targets, c.expected.targets);
    add(totals, s);
    add(real, s);
  }
  const plan = thirtyPagePlan();
  parsePlan(plan);
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    parsePlan(plan);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return [
    { name: 'targets.import.f1', value: f1(totals.tp, totals.fp, totals.fn), unit: 'F1' },
    ...(plans.length > 0
      ? [{ name: 'targets.import.f1.real', value: f1(real.tp, real.fp, real.fn), unit: 'F1' }]
      : []),
    { name: 'targets.import.ms', value: Math.round(times[2] ?? 0), unit: 'ms' },
  ];
}

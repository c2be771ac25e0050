// Every menu item on the 20,000-household, 60,000-citizen commune (BENCH_OPTIONS) in the enforcing sandbox:
// shared by the full-size test and the benchmark, so both measure the same runs.
import { BENCH_OPTIONS, generateCommune } from '../../sheets-templates/sample/generate';
import { plantMistakes, MISTAKES_SEED } from '../../sheets-templates/sample/mistakes';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { ExecutionTimeout, totalMs, type Execution } from './sandbox/clock';
import { type Sandbox } from './sandbox/sandbox';

const memo = <T>(f: () => T): (() => T) => {
  let v: T | undefined;
  return () => (v ??= f());
};

export const bigCommune = memo(() => generateCommune(BENCH_OPTIONS));

/** The big commune with the planted mistakes, and every citizen's birth year unreadable: one problem per row. */
export const bigWithProblems = memo((): WorkbookSnapshot => {
  const planted = plantMistakes(bigCommune(), MISTAKES_SEED).snapshot;
  const citizens = (planted['Công dân'] ?? []).map((row, i) =>
    i === 0 ? row : row.map((v, k) => (k === 2 ? 'không rõ' : v)),
  );
  return { ...planted, 'Công dân': citizens };
});

export const EMAILS = 'hkh.tinh@example.org; van.phong@example.org';

export const withEmails = (sb: Sandbox, emails: string): void => {
  const config = sb.ss.sheet('Cấu hình');
  const row = config.dump().findIndex((r) => r[0] === 'Email gửi báo cáo') + 1;
  config.write(row, 2, `'${emails}`);
};

export interface StepAnswer {
  ok: boolean;
  busy?: boolean;
  message?: string;
  value?: { done: boolean; completed: number; total: number; message: string };
}

export interface ReportRun {
  executions: Execution[];
  interrupted: number;
  answers: StepAnswer[];
}

/**
 * "Tạo báo cáo" as the progress sidebar drives it: the menu, then one `reportStep` execution after another
 * until done; `interruptAt` gives one step a short budget so Google stops it mid-document.
 */
export const driveReport = (
  sb: Sandbox,
  opts: { interruptAt?: number; interruptMs?: number } = {},
): ReportRun => {
  const from = sb.clock.executions.length;
  sb.call('menuTaoBaoCao');
  let interrupted = 0;
  const answers: StepAnswer[] = [];
  if (sb.ui.sidebars.at(-1)?.title === 'Tạo báo cáo') {
    for (let step = 0; step < 40; step += 1) {
      if (step === opts.interruptAt) sb.clock.nextBudgetMs = opts.interruptMs ?? 60_000;
      try {
        const a = sb.call('reportStep') as StepAnswer;
        answers.push(a);
        if (!a.ok) throw new Error(`reportStep failed: ${a.message ?? ''}`);
        if (a.value?.done) break;
      } catch (err) {
        if (!(err instanceof ExecutionTimeout)) throw err;
        interrupted += 1;
      }
    }
  }
  return { executions: sb.clock.executions.slice(from), interrupted, answers };
};

export const seconds = (e: Execution): number => Math.round(totalMs(e) / 100) / 10;

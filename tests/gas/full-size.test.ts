// Done when (issue 10): every menu item finishes on the 20,000-household commune inside Apps Script's limits,
// in the sandbox that enforces them (tests/gas/sandbox/cost-model.ts). Nothing here ran on Google.
import { layout } from '../../src/core/layout';
import { LIMITS } from './sandbox/cost-model';
import { totalMs } from './sandbox/clock';
import type { FakeElement } from './sandbox/docs';
import { createSandbox, type Sandbox } from './sandbox/sandbox';
import { bigCommune, bigWithProblems, driveReport, EMAILS, withEmails, type ReportRun } from './full-size';
import { DOC_CHAR_BUDGET } from '../../src/core/report/split';

const within = (sb: Sandbox) => {
  const e = sb.last();
  expect(e.timedOut).toBe(false);
  expect(totalMs(e)).toBeLessThan(e.budgetMs);
  expect(sb.ui.alerts.filter((a) => a.title.startsWith('Không chạy được'))).toEqual([]);
};

describe('a clean 20,000-household commune', () => {
  let sb: Sandbox;
  let run: ReportRun;
  beforeAll(() => {
    sb = createSandbox({ snapshot: bigCommune() });
    withEmails(sb, EMAILS);
  }, 120_000);

  test('Thiết lập', () => {
    sb.call('menuThietLap');
    within(sb);
  });

  test('Chấm điểm và tổng hợp', () => {
    sb.call('menuTongHop');
    within(sb);
    expect(
      sb.ss
        .sheet(layout.owned.summary)
        .dump()
        .some((r) => r[0] === 'Toàn xã'),
    ).toBe(true);
  });

  test('Tạo báo cáo: several executions, one stopped by the time limit, resumed without duplicates or orphans', () => {
    run = driveReport(sb, { interruptAt: 0, interruptMs: 60_000 });
    expect(run.interrupted).toBe(1);
    const last = run.answers.at(-1)?.value;
    expect(last?.done).toBe(true);
    for (const e of run.executions.filter((x) => !x.timedOut))
      expect(totalMs(e)).toBeLessThan(LIMITS.executionMs);
    const saved = JSON.parse(sb.properties.document.getProperty('kh.reports') ?? '[]') as {
      id: string;
      name: string;
    }[];
    // Every document created is in the set, once: the interrupted one was reused, none was left behind.
    expect(saved.map((d) => d.id).sort()).toEqual([...sb.documents.docs.keys()].sort());
    expect(new Set(saved.map((d) => d.name)).size).toBe(saved.length);
    expect(saved.length).toBe(last?.total);
    for (const doc of sb.documents.docs.values())
      expect(doc.body.chars).toBeLessThanOrEqual(DOC_CHAR_BUDGET * 1.05);
    // The citizens' list, across its parts: numbers 1…N once each, in order.
    const parts = saved.filter((d) => d.name.startsWith('Quyết định công nhận Công dân học tập'));
    expect(parts.length).toBeGreaterThan(1);
    const numbers = parts.flatMap((d) =>
      (sb.documents.docs.get(d.id)?.body.children ?? [])
        .filter((e: FakeElement) => e.kind === 'Table' && !e.removed)
        .flatMap((e) => (e.content as string[][]).map((r) => r[0] ?? ''))
        .filter((c) => /^\d[\d.]*$/u.test(c))
        .map((c) => Number(c.replace(/\./gu, ''))),
    );
    expect(numbers.length).toBeGreaterThan(40_000);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    expect(sb.documents.docs.get(parts[0]?.id ?? '')?.body.text()).toMatch(/được lập thành \d+ phần/u);
  });

  test('Gửi Hội Khuyến học tỉnh shares exactly the complete set, and its log grows past 1,000 rows', () => {
    const saved = JSON.parse(sb.properties.document.getProperty('kh.reports') ?? '[]') as { id: string }[];
    sb.ui.answers = ['YES'];
    sb.call('menuGuiTinh');
    within(sb);
    for (const d of saved) expect(sb.documents.docs.get(d.id)?.viewers).toHaveLength(2);
    const log = sb.ss.sheet(layout.owned.shareLog);
    // An officer who sent many times: the log already fills a new sheet's 1,000 rows.
    log.getRange(2, 1, 999, 5).setValues(Array.from({ length: 999 }, () => ['x', 'x', 'x', 'x', 'x']));
    sb.ui.answers = ['YES'];
    sb.call('menuGuiTinh');
    within(sb);
    // One row per document and recipient.
    expect(log.getLastRow()).toBe(1000 + 2 * saved.length);
  });

  test('Hướng dẫn', () => {
    sb.call('menuHuongDan');
    within(sb);
  });
});

describe('the same commune with 60,000 problems', () => {
  let sb: Sandbox;
  beforeAll(() => {
    sb = createSandbox({ snapshot: bigWithProblems() });
  }, 120_000);

  test('Kiểm tra dữ liệu: "Lỗi dữ liệu" grows to hold every problem, marks stay capped, the sidebar pages', () => {
    sb.call('menuKiemTra');
    within(sb);
    const problems = sb.ss.sheet(layout.owned.problems);
    expect(problems.getLastRow()).toBeGreaterThan(60_000);
    const sidebar = sb.ui.sidebars.at(-1);
    expect(sidebar?.getContent()).toContain('"pageSize":50');
    expect(sb.ss.toasts.at(-1)).toMatch(/đã tô màu 5000 ô/u);
  });

  test('Xóa đánh dấu', () => {
    sb.call('menuXoaDanhDau');
    within(sb);
    expect(sb.ss.toasts.at(-1)).toMatch(/^Đã xóa đánh dấu ở 5000 ô/u);
  });
});

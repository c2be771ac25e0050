// Progress toward 2028 and 2030 from the history, on figures counted by hand: baseline, path, verdict, sentence.
import { goalSentence } from '../../src/core/i18n/history';
import { buildProgress } from '../../src/core/history/progress';
import type { SummaryRow } from '../../src/core/summary/schema';
import type { Target } from '../../src/core/targets/schema';
import { summaryRow } from '../helpers/summary-row';

const fig = (year: number, numerator: number | null, denominator: number | null, indicator = 'family') =>
  summaryRow({
    commune: 'Quảng Ngọc',
    year,
    indicator: indicator as SummaryRow['indicator'],
    numerator,
    denominator,
  });
const target = (year: number, percent: number, indicator: Target['indicator'] = 'family'): Target => ({
  indicator,
  year,
  percent,
  comparison: '>=',
  scope: 'commune',
});
const plan = [target(2028, 90), target(2030, 95)];
const progressOf = (rows: SummaryRow[], targets = plan) => {
  const p = buildProgress(rows, targets)[0];
  if (!p) throw new Error('no progress');
  return { p, goals: p.goals, sentences: p.goals.map((g) => goalSentence(p, g)) };
};

describe('progress toward the targets', () => {
  it('on track: 70% in 2026 is above the path from 40% in 2024 (65% toward 2028, 58.3% toward 2030)', () => {
    // 2028: path 40 + (90 − 40)·2/4 = 65; 900 − 700 = 200 hộ over 2 years = 100 a year.
    // 2030: path 40 + (95 − 40)·2/6 = 58.33…; 950 − 700 = 250 over 4 years = 62.5, so about 63.
    const { p, goals, sentences } = progressOf([fig(2024, 400, 1000), fig(2026, 700, 1000)]);
    expect([p.baseline?.year, p.latest?.year]).toEqual([2024, 2026]);
    expect(goals.map((g) => [g.status, g.pathNow, g.shortfall, g.perYear])).toEqual([
      ['onTrack', 65, 200, 100],
      ['onTrack', 58.3, 250, 63],
    ]);
    expect(sentences[0]).toBe(
      'đúng lộ trình (lộ trình năm 2026: 65%); cần thêm khoảng 100 hộ mỗi năm để đạt 90% năm 2028',
    );
    expect(goals[1]?.path).toEqual([
      { year: 2024, percent: 40 },
      { year: 2030, percent: 95 },
    ]);
  });

  it('behind: 620 of 1,200 households in 2026 (51.7%) is under the 65% path; 460 more over 2 years', () => {
    // 90% of 1,200 = 1,080; 1,080 − 620 = 460; 460 / 2 = 230 a year.
    const { goals, sentences } = progressOf([fig(2024, 400, 1000), fig(2026, 620, 1200)]);
    expect([goals[0]?.status, goals[0]?.shortfall, goals[0]?.perYear]).toEqual(['behind', 460, 230]);
    expect(sentences[0]).toBe(
      'chậm so với lộ trình (lộ trình năm 2026: 65%); cần thêm khoảng 230 hộ mỗi năm để đạt 90% năm 2028',
    );
  });

  it('a figure exactly on the path is on track (integer comparison, no floating point)', () => {
    // Baseline 1/3 in 2025, 90% in 2028: the path at 2026 is 33.33… + (90 − 33.33…)/3 = 52.22…%;
    // 47/90 = 52.22…% exactly on it.
    const { goals } = progressOf([fig(2025, 1, 3), fig(2026, 47, 90)], [target(2028, 90)]);
    expect([goals[0]?.status, goals[0]?.pathNow]).toEqual(['onTrack', 52.2]);
    const below = progressOf([fig(2025, 1, 3), fig(2026, 46, 90)], [target(2028, 90)]);
    expect(below.goals[0]?.status).toBe('behind');
  });

  it('already reached: 920 of 1,000 meets 90% for 2028, not yet 95% for 2030', () => {
    const { goals, sentences } = progressOf([fig(2024, 400, 1000), fig(2026, 920, 1000)]);
    expect(goals.map((g) => g.status)).toEqual(['reached', 'onTrack']);
    expect(sentences[0]).toBe('đã đạt chỉ tiêu 90% năm 2028');
    // 950 − 920 = 30 over 4 years = 7.5, so about 8.
    expect(goals[1]?.perYear).toBe(8);
  });

  it('fewer missing than years left asks for the total before the target year, not a yearly figure', () => {
    // 95% of 12 = 11.4, so 12; 11 recognised: 1 more over 4 years. Path: 83.33 + (95 − 83.33)/5 = 85.67.
    const { goals, sentences } = progressOf([fig(2025, 10, 12), fig(2026, 11, 12)], [target(2030, 95)]);
    expect([goals[0]?.shortfall, goals[0]?.perYear]).toEqual([1, 1]);
    expect(sentences[0]).toBe(
      'đúng lộ trình (lộ trình năm 2026: 85,7%); cần thêm 1 hộ trước năm 2030 để đạt 95%',
    );
  });

  it('no baseline: no year has a computable figure', () => {
    const { p, goals, sentences } = progressOf([fig(2025, null, null), fig(2026, null, 1000)]);
    expect([p.baseline, p.latest, p.figures]).toEqual([null, null, []]);
    expect(goals.map((g) => g.status)).toEqual(['noBaseline', 'noBaseline']);
    expect(sentences[0]).toBe('chưa có số liệu năm nào để theo dõi chỉ tiêu 90% năm 2028');
  });

  it('target year passed: 2029 at 800 of 1,000 has missed 2028 by 100 and needs 150 in 2030', () => {
    const { goals, sentences } = progressOf([fig(2026, 700, 1000), fig(2029, 800, 1000)]);
    expect(goals.map((g) => [g.status, g.shortfall, g.perYear])).toEqual([
      ['passed', 100, null],
      ['behind', 150, 150],
    ]);
    expect(sentences[0]).toBe('đã qua năm chỉ tiêu 2028 mà chưa đạt 90%, còn thiếu 100 hộ');
  });

  it('the target year itself, not reached, says what is missing this year', () => {
    const { goals, sentences } = progressOf([fig(2026, 700, 1000), fig(2028, 850, 1000)]);
    expect([goals[0]?.status, goals[0]?.shortfall]).toEqual(['due', 50]);
    expect(sentences[0]).toBe('năm nay là năm chỉ tiêu: còn thiếu 50 hộ để đạt 90%');
  });

  it('one year only gives the yearly need without a verdict on the path', () => {
    // 900 − 600 = 300 over 2 years.
    const { goals, sentences } = progressOf([fig(2026, 600, 1000)]);
    expect([goals[0]?.status, goals[0]?.perYear, goals[0]?.pathNow]).toEqual(['firstYear', 150, null]);
    expect(sentences[0]).toBe(
      'cần thêm khoảng 150 hộ mỗi năm để đạt 90% năm 2028 (mới có số liệu một năm, chưa so được với lộ trình)',
    );
  });

  it('follows only indicators the plan sets a target for, in the summary order, village rows ignored', () => {
    const rows = [
      fig(2026, 5, 10, 'clan'),
      fig(2026, 600, 1000),
      { ...fig(2026, 1, 500), level: 'village', village: 'Thôn Đông' } as SummaryRow,
    ];
    const progress = buildProgress(rows, [
      target(2028, 90, 'clan'),
      target(2028, 90),
      target(2028, 80, 'unit'),
    ]);
    expect(progress.map((p) => p.indicator)).toEqual(['family', 'clan', 'unit']);
    expect(progress[0]?.figures.map((f) => f.ratio.numerator)).toEqual([600]);
    expect(progress[2]?.goals[0]?.status).toBe('noBaseline');
  });
});

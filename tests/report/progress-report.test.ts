// The annual report with the history: a progress section (figures by year, path, yearly need) and its chart, and
// the sơ kết (2028) / tổng kết (2030) variants of the title, period note and closing.
import { buildProgress } from '../../src/core/history/progress';
import { buildAnnualReport } from '../../src/core/report';
import { allBlocks, blockText } from '../../src/core/report/model';
import { buildProgressChartModel, progressChartSvg } from '../../src/core/report/progress-chart';
import type { SummaryRow } from '../../src/core/summary/schema';
import type { Target } from '../../src/core/targets/schema';
import { configOf, smallResult, withConfig } from './fixtures/commune';
import { summaryRow } from '../helpers/summary-row';

const fig = (year: number, numerator: number, denominator: number): SummaryRow =>
  summaryRow({ year, numerator, denominator });
const target = (year: number, percent: number): Target => ({
  indicator: 'family',
  year,
  percent,
  comparison: '>=',
  scope: 'commune',
});
// 40% in 2024, 70% in 2026; 90% in 2028 and 95% in 2030 (the figures of tests/core/history-progress.test.ts).
const progress = buildProgress(
  [fig(2024, 400, 1000), fig(2026, 700, 1000)],
  [target(2028, 90), target(2030, 95)],
);
const texts = (doc: ReturnType<typeof buildAnnualReport>) => allBlocks(doc).map(blockText);
const withPlan = (year: number) => ({
  ...withConfig(smallResult(), { year }),
  planPeriod: { start: 2026, end: 2030 },
  planTargets: [target(2028, 90), target(2030, 95)],
});

describe('the progress section of the annual report', () => {
  const doc = buildAnnualReport(smallResult(), { progress });
  const all = texts(doc);

  it('follows the chart as section 6 with the period, one sentence per indicator and the chart', () => {
    const at = all.indexOf('6. Tiến độ thực hiện chỉ tiêu của kế hoạch');
    expect(at).toBeGreaterThan(all.indexOf('5. Biểu đồ tỷ lệ Gia đình học tập theo thôn'));
    expect(all[at + 1]).toBe(
      'Số liệu các năm 2024–2026, lấy năm 2024 làm năm gốc; lộ trình là đường thẳng từ năm gốc đến chỉ tiêu của từng năm.',
    );
    expect(all[at + 2]).toBe(
      'Gia đình học tập (% hộ): 2024: 40%; 2026: 70%; đúng lộ trình (lộ trình năm 2026: 65%); cần thêm khoảng 100 hộ mỗi năm để đạt 90% năm 2028; đúng lộ trình (lộ trình năm 2026: 58,3%); cần thêm khoảng 63 hộ mỗi năm để đạt 95% năm 2030.',
    );
    expect(allBlocks(doc)[at + 3]).toMatchObject({ kind: 'image', key: 'progressChart' });
  });

  it('is section 5 without the village chart, and absent without a history', () => {
    expect(texts(buildAnnualReport(smallResult(), { progress, chart: false }))).toContain(
      '5. Tiến độ thực hiện chỉ tiêu của kế hoạch',
    );
    expect(texts(buildAnnualReport(smallResult())).join('\n')).not.toContain('Tiến độ thực hiện');
  });

  it('draws each year as a point, the targets as diamonds and the paths dashed, over 2024–2030', () => {
    const model = buildProgressChartModel(progress);
    expect(model?.years).toEqual([2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    expect(model?.lines[0]?.points).toEqual([
      { year: 2024, percent: 40 },
      { year: 2026, percent: 70 },
    ]);
    const svg = model ? progressChartSvg(model) : '';
    expect(svg.match(/<circle /gu)).toHaveLength(2);
    expect(svg.match(/<polygon /gu)).toHaveLength(2);
    expect(svg.match(/stroke-dasharray/gu)).toHaveLength(2);
    expect(svg).toContain('Gia đình học tập (% hộ)');
  });
});

describe('the sơ kết and tổng kết variants', () => {
  it('2028, a target year inside the plan, is the sơ kết of 2026–2028', () => {
    const doc = buildAnnualReport(withPlan(2028), { progress });
    const all = texts(doc);
    const place = `xã ${configOf(smallResult()).commune}`;
    expect(all[1]).toBe(
      `BÁO CÁO\nSơ kết giai đoạn 2026–2028 xây dựng các mô hình học tập\ntrên địa bàn ${place}`,
    );
    expect(doc.name).toBe(`Báo cáo sơ kết giai đoạn 2026–2028 xây dựng các mô hình học tập - ${place}`);
    expect(all).toContain(
      'Năm 2028 là năm sơ kết giai đoạn 2026–2028 của kế hoạch: ngoài kết quả năm 2028, mục 6 đánh giá tiến độ cả giai đoạn so với chỉ tiêu.',
    );
    expect(all).toContain(
      `Trên đây là báo cáo sơ kết giai đoạn 2026–2028 xây dựng các mô hình học tập trên địa bàn ${place}./.`,
    );
  });

  it("2030, the plan's last year, is the tổng kết of 2026–2030; 2027 is a yearly report", () => {
    expect(texts(buildAnnualReport(withPlan(2030), { progress }))[1]).toContain(
      'Tổng kết giai đoạn 2026–2030 xây dựng các mô hình học tập',
    );
    expect(texts(buildAnnualReport(withPlan(2027), { progress }))[1]).toContain(
      'Kết quả xây dựng các mô hình học tập năm 2027',
    );
  });
});

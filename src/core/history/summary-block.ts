// The progress block under "Tổng hợp": per followed indicator a row of figures by year and a row of its targets,
// the sentences, and a line chart drawn from those rows. Appended to the engine's table by the shells that have
// read "Lịch sử", so the engine's own "Tổng hợp" is unchanged without a history.
import { indicatorTerms } from '../i18n/terms';
import { REPORT_PROGRESS, goalSentence } from '../i18n/history';
import { pct, TableBuilder, type StyledCell } from '../output/builder';
import type { OutputTable } from '../result';
import type { IndicatorProgress } from './progress';

/** One colour per charted indicator, its figures line and its target points alike (both shells draw with them). */
export const PROGRESS_LINE_COLORS = ['2E75B6', 'C55A11', '548235', '7030A0', 'BF9000'] as const;
/** Each series' colour: a figures row opens the next colour, its targets row (points) takes the same one. */
export const progressSeriesColors = (series: readonly { points: boolean }[]): string[] => {
  let line = -1;
  return series.map((s) => {
    if (!s.points) line++;
    return PROGRESS_LINE_COLORS[Math.max(0, line) % PROGRESS_LINE_COLORS.length] ?? '000000';
  });
};

/** At most this many indicators in the chart (one per colour); every one gets its rows. */
const CHARTED = PROGRESS_LINE_COLORS.length;

export const withProgressBlock = (
  table: OutputTable,
  progress: readonly IndicatorProgress[],
): OutputTable => {
  const followed = progress.filter((p) => p.figures.length > 0);
  const width = table.values[0]?.length ?? 0;
  if (followed.length === 0 || width < 2) return table;
  const all = followed.flatMap((p) => [
    ...p.figures.map((f) => f.year),
    ...p.goals.map((g) => g.target.year),
  ]);
  // As many years as the sheet has columns after the label, the latest ones when the plan is longer.
  const last = Math.max(...all);
  const first = Math.max(Math.min(...all), last - (width - 2));
  const years: number[] = [];
  for (let y = first; y <= last; y++) years.push(y);
  const t = new TableBuilder(table.sheet, width);
  t.blank();
  t.section(REPORT_PROGRESS.sheetHeading(Math.min(...followed.map((p) => p.baseline?.year ?? last))));
  const header = t.header([REPORT_PROGRESS.sheetIndicator, ...years]);
  const series: { row: number; points: boolean }[] = [];
  for (const [i, p] of followed.entries()) {
    const byYear = new Map(p.figures.map((f) => [f.year, f.ratio.percent]));
    const targets = new Map(p.goals.map((g) => [g.target.year, g.target.percent]));
    // The one percent cell of the product: a fraction under '0.0%', as everywhere on "Tổng hợp".
    const cell = (v: number | null | undefined): StyledCell => (v === null || v === undefined ? '' : pct(v));
    const figures = t.add([p.label, ...years.map((y) => cell(byYear.get(y)))]);
    const goals = t.add([
      REPORT_PROGRESS.sheetTargets(indicatorTerms[p.indicator].short),
      ...years.map((y) => cell(targets.get(y))),
    ]);
    if (i < CHARTED) series.push({ row: figures, points: false }, { row: goals, points: true });
  }
  t.blank();
  for (const p of followed) for (const g of p.goals) t.title(`${p.label}: ${goalSentence(p, g)}`, {});
  const block = t.build([], 0);
  const offset = table.values.length;
  return {
    ...table,
    values: [...table.values, ...block.values],
    backgrounds: [...table.backgrounds, ...block.backgrounds],
    bold: [...table.bold, ...block.bold],
    numberFormats: [...table.numberFormats, ...block.numberFormats],
    links: [...table.links, ...block.links],
    alignments: [...table.alignments, ...block.alignments],
    wraps: [...table.wraps, ...block.wraps],
    borders: [...table.borders, ...block.borders.map((b) => ({ ...b, row: b.row + offset }))],
    merges: [...table.merges, ...block.merges.map((b) => ({ ...b, row: b.row + offset }))],
    mergedRows: [...table.mergedRows, ...block.mergedRows.map((r) => r + offset)],
    sectionRows: [...(table.sectionRows ?? []), ...(block.sectionRows ?? []).map((r) => r + offset)],
    lineChart: {
      title: REPORT_PROGRESS.chartTitle,
      headerRow: header + offset,
      firstCol: 1,
      lastCol: years.length,
      labelColumn: 0,
      series: series.map((s) => ({ ...s, row: s.row + offset })),
    },
  };
};

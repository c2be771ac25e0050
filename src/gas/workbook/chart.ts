// The charts on "Tổng hợp", replaced on every run: the column chart of per-village percentages and, with a progress
// block, the line chart of figures by year.
import { progressSeriesColors } from '../../core/history/summary-block';
import { chartTitleText } from '../../core/i18n/common';
import { chartPlaces } from '../../core/output/chart-place';
import type { OutputChart, OutputLineChart, OutputTable } from '../../core/result';
import type { Sheet } from '../services';

/** Adjacent value columns share one data range: fewer calls, same chart. */
export const columnRuns = (cols: readonly number[]): { start: number; count: number }[] => {
  const runs: { start: number; count: number }[] = [];
  for (const c of [...cols].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last.start + last.count === c) last.count += 1;
    else runs.push({ start: c, count: 1 });
  }
  return runs;
};

/**
 * Every chart goes under the table, one below the other at the rows the .xlsx copy anchors it to, so the sheet
 * prints one page wide.
 */
export const replaceCharts = (sheet: Sheet, table: OutputTable): void => {
  for (const old of sheet.getCharts()) sheet.removeChart(old);
  const { chart, lineChart } = table;
  for (const { kind, row } of chartPlaces(table)) {
    if (kind === 'column' && chart) insertColumnChart(sheet, chart, row + 1);
    if (kind === 'line' && lineChart) insertLineChart(sheet, lineChart, row + 1);
  }
};

const insertColumnChart = (sheet: Sheet, chart: OutputChart, at: number): void => {
  const top = chart.headerRow + 1;
  const rows = chart.lastRow - chart.headerRow + 1;
  const title = chartTitleText(chart.title, chart.targetPercent);
  let builder = sheet
    .newChart()
    .asColumnChart()
    .setTitle(title)
    .addRange(sheet.getRange(top, chart.labelColumn + 1, rows, 1));
  for (const run of columnRuns(chart.valueColumns))
    builder = builder.addRange(sheet.getRange(top, run.start + 1, rows, run.count));
  sheet.insertChart(builder.setNumHeaders(1).setPosition(at, 1, 0, 0).build());
};

/**
 * Series are the block's rows (years across the header row), so rows and columns are transposed. A figures row is a
 * line with points that spans the years without a figure; its targets row is points only, in the same colour.
 */
const insertLineChart = (sheet: Sheet, chart: OutputLineChart, at: number): void => {
  const cols = chart.lastCol - chart.labelColumn + 1;
  // The block's rows come one under the other after its header: one range, however many indicators.
  const rowRuns = columnRuns([chart.headerRow, ...chart.series.map((s) => s.row)]);
  let builder: GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder = sheet
    .newChart()
    .asLineChart()
    .setTitle(chart.title);
  for (const run of rowRuns)
    builder = builder.addRange(sheet.getRange(run.start + 1, chart.labelColumn + 1, run.count, cols));
  const series: Record<number, { color: string; lineWidth: number; pointSize: number; pointShape: string }> =
    {};
  const colors = progressSeriesColors(chart.series);
  for (const [i, s] of chart.series.entries()) {
    const color = `#${colors[i] ?? '000000'}`;
    series[i] = s.points
      ? { color, lineWidth: 0, pointSize: 9, pointShape: 'diamond' }
      : { color, lineWidth: 2, pointSize: 7, pointShape: 'circle' };
  }
  sheet.insertChart(
    builder
      .setTransposeRowsAndColumns(true)
      .setNumHeaders(1)
      .setOption('series', series)
      .setOption('interpolateNulls', true)
      // The figures are fractions under a percent format, as in the column chart: 0 to 1 shown as 0% to 100%.
      .setOption('vAxis', { format: 'percent', viewWindow: { min: 0, max: 1 } })
      .setPosition(at, 1, 0, 0)
      .build(),
  );
};

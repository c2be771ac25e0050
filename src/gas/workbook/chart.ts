// The column chart of per-village percentages on "Tổng hợp", replaced on every run.
import { chartTitleText } from '../../core/i18n/common';
import type { OutputChart } from '../../core/result';
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

/** The chart goes under the table, as in the .xlsx copy, so the sheet prints on one page width. */
export const replaceChart = (sheet: Sheet, chart: OutputChart | null, tableRows: number): void => {
  for (const old of sheet.getCharts()) sheet.removeChart(old);
  if (!chart || chart.lastRow < chart.firstRow) return;
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
  sheet.insertChart(
    builder
      .setNumHeaders(1)
      .setPosition(tableRows + 2, 1, 0, 0)
      .build(),
  );
};

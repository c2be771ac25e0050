// Where a table's charts go: under the table, one below the other. The .xlsx anchors them to these rows, its manual
// page breaks keep each one on a single page, and the Apps Script side puts its charts at the same rows.
import type { OutputTable } from '../result';

/** Rows a chart spans, at the default row height: 300 pt, under half of any printed page. */
export const CHART_ROWS = 20;

export interface ChartPlace {
  kind: 'column' | 'line';
  /** 0-based row the chart's top edge is on. */
  row: number;
  /** Rows it spans: its bottom edge is the top of row `row + rows`. */
  rows: number;
}

/**
 * The table's charts in order, the per-village column chart first: one blank row under the table, then each chart,
 * a blank row between two. A chart without a row or column to draw is left out.
 */
export const chartPlaces = (table: OutputTable): ChartPlace[] => {
  const kinds: ChartPlace['kind'][] = [];
  const { chart, lineChart } = table;
  if (chart && chart.lastRow >= chart.firstRow) kinds.push('column');
  if (lineChart && lineChart.series.length > 0 && lineChart.lastCol >= lineChart.firstCol) kinds.push('line');
  return kinds.map((kind, i) => ({
    kind,
    row: table.values.length + 1 + i * (CHART_ROWS + 1),
    rows: CHART_ROWS,
  }));
};

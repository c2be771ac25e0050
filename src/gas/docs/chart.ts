// The per-village chart for Google Docs, drawn by Apps Script's Charts service from the same chart model.
// Why Charts and not the SVG: Apps Script has no SVG rasteriser and Docs accepts only PNG/JPEG/GIF images;
// Charts needs no extra OAuth scope and returns a PNG blob directly. A ColumnChart cannot draw a horizontal
// line, so the target is a second series of columns (labelled "Chỉ tiêu (%)") beside each village's bar.
import { CHART } from '../../core/i18n/report';
import { CHART_SIZE, type ChartModel } from '../../core/report/chart';

type C = GoogleAppsScript.Charts.Charts;

export interface DataTableLike {
  addColumn(type: GoogleAppsScript.Charts.ColumnType, label: string): DataTableLike;
  addRow(values: unknown[]): DataTableLike;
}
export interface ColumnChartLike {
  setDataTable(table: GoogleAppsScript.Charts.DataTableBuilder): ColumnChartLike;
  setTitle(title: string): ColumnChartLike;
  setRange(start: number, end: number): ColumnChartLike;
  setDimensions(width: number, height: number): ColumnChartLike;
  setColors(colors: string[]): ColumnChartLike;
  setYAxisTitle(title: string): ColumnChartLike;
  build(): { getAs(contentType: string): GoogleAppsScript.Base.Blob };
}
export interface ChartsLike {
  ColumnType: Pick<C['ColumnType'], 'STRING' | 'NUMBER'>;
  newDataTable(): DataTableLike;
  newColumnChart(): ColumnChartLike;
}

/** One addRow per village (≤ ~50), then one chart build: constant in the number of households or citizens. */
export const chartBlob = (model: ChartModel, Charts: ChartsLike): GoogleAppsScript.Base.Blob => {
  const data = Charts.newDataTable()
    .addColumn(Charts.ColumnType.STRING, CHART.labelColumn)
    .addColumn(Charts.ColumnType.NUMBER, CHART.series);
  if (model.target) data.addColumn(Charts.ColumnType.NUMBER, CHART.targetSeries);
  for (const b of model.bars) {
    // b.percent is the engine's rounded figure (tally/ratio.ts): the bar shows the digits the tables show.
    data.addRow(model.target ? [b.label, b.percent, model.target.percent] : [b.label, b.percent]);
  }
  return Charts.newColumnChart()
    .setDataTable(data as GoogleAppsScript.Charts.DataTableBuilder)
    .setTitle(model.title)
    .setYAxisTitle(model.axisLabel)
    .setRange(0, 100)
    .setDimensions(CHART_SIZE.width, CHART_SIZE.height)
    .setColors(model.target ? ['#2e75b6', '#c00000'] : ['#2e75b6'])
    .build()
    .getAs('image/png');
};

// Compile-time proof that the real service fits the slice (never called).
export const fitsRealCharts = (c: C): ChartsLike => c;

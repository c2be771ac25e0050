// The "Tổng hợp" chart as DrawingML parts beside the owned sheet: the same column chart of per-village percentages
// the Apps Script side inserts, drawn by Excel and LibreOffice from the sheet's cells (values cached for viewers
// that do not recalculate).
import type { OutputChart, OutputLineChart, OutputTable } from '../../core/result';
import { chartTitleText } from '../../core/i18n/common';
import { chartPlaces } from '../../core/output/chart-place';
import { PERCENT_FORMAT } from '../../core/output/builder';
import { progressSeriesColors } from '../../core/history/summary-block';
import { sheetRef } from './cells';
import { columnName } from './sheet-xml';
import { escapeXml } from './xml';

export const DRAWING_TYPE = 'application/vnd.openxmlformats-officedocument.drawing+xml';
export const CHART_TYPE = 'application/vnd.openxmlformats-officedocument.drawingml.chart+xml';
export const DRAWING_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing';
export const CHART_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart';

const C = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XDR = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';
const BAR = '2E75B6';

const range = (sheet: string, col: number, first: number, last: number) =>
  `${sheetRef(sheet)}!$${columnName(col)}$${first + 1}:$${columnName(col)}$${last + 1}`;

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
const num = (v: unknown): string | null => (typeof v === 'number' && Number.isFinite(v) ? String(v) : null);

const strCache = (values: readonly string[]): string =>
  `<c:strCache><c:ptCount val="${values.length}"/>${values
    .map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`)
    .join('')}</c:strCache>`;

const numCache = (values: readonly (string | null)[]): string =>
  `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${values
    .map((v, i) => (v === null ? '' : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`))
    .join('')}</c:numCache>`;

const titleXml = (title: string, size: number): string =>
  `<c:title><c:tx><c:rich><a:bodyPr/><a:p><a:pPr><a:defRPr sz="${size}" b="1"/></a:pPr><a:r><a:rPr lang="vi-VN" sz="${size}" b="1"/><a:t>${escapeXml(title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;

/** The chart part: one column series per value column, categories from the label column. */
export const chartXml = (table: OutputTable, chart: OutputChart): string => {
  const rows = table.values;
  const labels: string[] = [];
  for (let r = chart.firstRow; r <= chart.lastRow; r++) labels.push(text(rows[r]?.[chart.labelColumn]));
  const series = chart.valueColumns
    .map((col, i) => {
      const values: (string | null)[] = [];
      for (let r = chart.firstRow; r <= chart.lastRow; r++) values.push(num(rows[r]?.[col]));
      const name = text(rows[chart.headerRow]?.[col]);
      const nameRef = `${sheetRef(table.sheet)}!$${columnName(col)}$${chart.headerRow + 1}`;
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx><c:strRef><c:f>${escapeXml(nameRef)}</c:f>${strCache([name])}</c:strRef></c:tx>` +
        `<c:spPr><a:solidFill><a:srgbClr val="${BAR}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>` +
        `<c:dLbls><c:numFmt formatCode="${PERCENT_FORMAT}" sourceLinked="0"/>` +
        '<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>' +
        '<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/>' +
        '<c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>' +
        `<c:cat><c:strRef><c:f>${escapeXml(range(table.sheet, chart.labelColumn, chart.firstRow, chart.lastRow))}</c:f>${strCache(labels)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escapeXml(range(table.sheet, col, chart.firstRow, chart.lastRow))}</c:f>${numCache(values)}</c:numRef></c:val>` +
        '</c:ser>'
      );
    })
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${R}">` +
    '<c:roundedCorners val="0"/>' +
    `<c:chart>${titleXml(chartTitleText(chart.title, chart.targetPercent), 1200)}<c:autoTitleDeleted val="0"/>` +
    '<c:plotArea><c:layout/>' +
    `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}` +
    '<c:gapWidth val="80"/><c:axId val="1001"/><c:axId val="1002"/></c:barChart>' +
    '<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>' +
    '<c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/>' +
    '<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="1002"/><c:crosses val="autoZero"/>' +
    '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    '<c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/><c:max val="1"/><c:min val="0"/></c:scaling>' +
    '<c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="0%" sourceLinked="0"/>' +
    '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="1001"/>' +
    '<c:crosses val="autoZero"/><c:crossBetween val="between"/><c:majorUnit val="0.2"/></c:valAx>' +
    '</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>' +
    '<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1000"><a:latin typeface="Times New Roman"/></a:defRPr></a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>' +
    '</c:chartSpace>'
  );
};

const rowRange = (sheet: string, row: number, first: number, last: number) =>
  `${sheetRef(sheet)}!$${columnName(first)}$${row + 1}:$${columnName(last)}$${row + 1}`;

/**
 * The progress chart: years across a header row, one series per row. A figures row is a line with round markers
 * that spans the years without a figure; a targets row (the row under it) is diamonds only, in the same colour.
 */
export const lineChartXml = (table: OutputTable, chart: OutputLineChart): string => {
  const rows = table.values;
  const years: string[] = [];
  for (let c = chart.firstCol; c <= chart.lastCol; c++) years.push(text(rows[chart.headerRow]?.[c]));
  const catRef = rowRange(table.sheet, chart.headerRow, chart.firstCol, chart.lastCol);
  const colors = progressSeriesColors(chart.series);
  const series = chart.series
    .map(({ row, points }, i) => {
      const color = colors[i] ?? '000000';
      const values: (string | null)[] = [];
      for (let c = chart.firstCol; c <= chart.lastCol; c++) values.push(num(rows[row]?.[c]));
      const nameRef = `${sheetRef(table.sheet)}!$${columnName(chart.labelColumn)}$${row + 1}`;
      const look = points
        ? '<c:spPr><a:ln w="28575"><a:noFill/></a:ln></c:spPr>' +
          `<c:marker><c:symbol val="diamond"/><c:size val="9"/><c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill><a:ln w="9525"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></a:ln></c:spPr></c:marker>`
        : `<c:spPr><a:ln w="28575"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></a:ln></c:spPr>` +
          `<c:marker><c:symbol val="circle"/><c:size val="7"/><c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr></c:marker>`;
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/>` +
        `<c:tx><c:strRef><c:f>${escapeXml(nameRef)}</c:f>${strCache([text(rows[row]?.[chart.labelColumn])])}</c:strRef></c:tx>` +
        look +
        `<c:cat><c:strRef><c:f>${escapeXml(catRef)}</c:f>${strCache(years)}</c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${escapeXml(rowRange(table.sheet, row, chart.firstCol, chart.lastCol))}</c:f>${numCache(values)}</c:numRef></c:val>` +
        '<c:smooth val="0"/></c:ser>'
      );
    })
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<c:chartSpace xmlns:c="${C}" xmlns:a="${A}" xmlns:r="${R}">` +
    '<c:roundedCorners val="0"/>' +
    `<c:chart>${titleXml(chart.title, 1200)}<c:autoTitleDeleted val="0"/>` +
    '<c:plotArea><c:layout/>' +
    `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}` +
    '<c:marker val="1"/><c:axId val="2001"/><c:axId val="2002"/></c:lineChart>' +
    '<c:catAx><c:axId val="2001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>' +
    '<c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/>' +
    '<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="2002"/><c:crosses val="autoZero"/>' +
    '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>' +
    // The figures are fractions under a percent format, as in the column chart: 0 to 1 shown as 0% to 100%.
    '<c:valAx><c:axId val="2002"/><c:scaling><c:orientation val="minMax"/><c:max val="1"/><c:min val="0"/></c:scaling>' +
    '<c:delete val="0"/><c:axPos val="l"/><c:majorGridlines/><c:numFmt formatCode="0%" sourceLinked="0"/>' +
    '<c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="2001"/>' +
    '<c:crosses val="autoZero"/><c:crossBetween val="between"/><c:majorUnit val="0.2"/></c:valAx>' +
    '</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>' +
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="span"/></c:chart>' +
    '<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1000"><a:latin typeface="Times New Roman"/></a:defRPr></a:pPr><a:endParaRPr lang="vi-VN"/></a:p></c:txPr>' +
    '</c:chartSpace>'
  );
};

/**
 * The drawing part: each chart (`chartRelIds` in chartPlaces' order) at its place under the table, as wide as the
 * table and as many rows high as its place, which is what the page breaks keep whole.
 */
export const drawingXml = (table: OutputTable, chartRelIds: readonly string[]): string => {
  const width = table.columnWidths.length || 1;
  const places = chartPlaces(table);
  const marker = (tag: string, p: { col: number; row: number }) =>
    `<xdr:${tag}><xdr:col>${p.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  const anchors = chartRelIds.map((id, i) => {
    const place = places[i];
    if (!place) throw new Error(`chart ${i + 1} has no place under the table`);
    const from = { col: 0, row: place.row };
    const to = { col: width, row: place.row + place.rows };
    return (
      `<xdr:twoCellAnchor editAs="oneCell">${marker('from', from)}${marker('to', to)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="Biểu đồ ${i + 1}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      '<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>' +
      `<a:graphic><a:graphicData uri="${C}"><c:chart xmlns:c="${C}" xmlns:r="${R}" r:id="${id}"/></a:graphicData></a:graphic>` +
      '</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>'
    );
  });
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<xdr:wsDr xmlns:xdr="${XDR}" xmlns:a="${A}">${anchors.join('')}</xdr:wsDr>`
  );
};

// The .xlsx copy carries the same per-village chart as the Google sheet: a drawing and a chart part beside
// "Tổng hợp", drawn from its cells, with the values cached for viewers that do not recalculate.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { generateCommune } from '../../sheets-templates/sample/generate';
import { runEngine } from '../../src/core/engine';
import { parseRels, relsPathOf } from '../../src/node/xlsx/opc';
import { buildTemplateWorkbook } from '../../src/node/xlsx/template';
import { saveWorkbook, writeCopyWithOwnedSheets } from '../../src/node/xlsx/write';
import { tempDir } from './helpers';
import { xmlProblems } from './xml-check';

const commune = generateCommune({
  seed: 5,
  villages: 4,
  households: 80,
  clans: 6,
  units: 3,
  citizens: 150,
  year: 2026,
});
const result = runEngine(commune);
const summary = result.tables.summary;
const chart = summary.chart;

let dir: Awaited<ReturnType<typeof tempDir>>;
let zip: JSZip;
const part = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
const sheetPartOf = async (name: string): Promise<string> => {
  const wb = await part('xl/workbook.xml');
  const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`, 'u').exec(wb)?.[1];
  return (
    parseRels(await part('xl/_rels/workbook.xml.rels'), 'xl/workbook.xml').find((r) => r.id === id)?.part ??
    ''
  );
};

beforeAll(async () => {
  dir = await tempDir();
  const input = join(dir.path, 'xa.xlsx');
  await saveWorkbook(buildTemplateWorkbook(commune), input);
  const once = join(dir.path, 'mot', 'xa-tong-hop.xlsx');
  await writeCopyWithOwnedSheets(input, once, [summary, result.tables.problems]);
  // The second run works on the first run's copy: its chart is replaced, not added to.
  const twice = join(dir.path, 'hai', 'xa-tong-hop.xlsx');
  await writeCopyWithOwnedSheets(once, twice, [summary, result.tables.problems]);
  zip = await JSZip.loadAsync(await readFile(twice));
});
afterAll(() => dir.remove());

test('the summary sheet relates one drawing, which relates one chart, each with its content type', async () => {
  expect(chart).not.toBeNull();
  const sheet = await sheetPartOf('Tổng hợp');
  expect(await part(sheet)).toMatch(/<drawing r:id="rId1"\/><\/worksheet>$/u);
  const [drawingRel] = parseRels(await part(relsPathOf(sheet)), sheet);
  const drawing = drawingRel?.part ?? '';
  const [chartRel] = parseRels(await part(relsPathOf(drawing)), drawing);
  const chartPart = chartRel?.part ?? '';
  expect([drawing, chartPart]).toEqual(['xl/drawings/drawing1.xml', 'xl/charts/chart1.xml']);
  const types = await part('[Content_Types].xml');
  expect(types).toContain(
    'PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"',
  );
  expect(types).toContain(
    'PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"',
  );
  for (const p of [drawing, chartPart, relsPathOf(drawing), relsPathOf(sheet)])
    expect(xmlProblems(await part(p))).toEqual([]);
  expect(
    Object.keys(zip.files).filter((n) => /^xl\/(charts|drawings)\/(chart|drawing)\d+\.xml$/u.test(n)),
  ).toHaveLength(2);
});

test('the series reads the village names and the percentages from the sheet, and caches the same values', async () => {
  if (!chart) throw new Error('no chart');
  const xml = await part('xl/charts/chart1.xml');
  const first = chart.firstRow + 1;
  const last = chart.lastRow + 1;
  expect(xml).toContain(`<c:f>'Tổng hợp'!$A$${first}:$A$${last}</c:f>`);
  expect(xml).toContain(`<c:f>'Tổng hợp'!$E$${first}:$E$${last}</c:f>`);
  const cached = [...xml.matchAll(/<c:numCache>.*?<\/c:numCache>/gsu)].map((m) =>
    [...m[0].matchAll(/<c:v>([^<]*)<\/c:v>/gu)].map((v) => Number(v[1])),
  );
  const expected = summary.values.slice(chart.firstRow, chart.lastRow + 1).map((r) => r[4]);
  expect(cached).toEqual([expected]);
  const labels = [...(/<c:cat>.*?<\/c:cat>/su.exec(xml)?.[0] ?? '').matchAll(/<c:v>([^<]*)<\/c:v>/gu)].map(
    (v) => v[1],
  );
  expect(labels).toEqual(result.registers.villages.map((v) => v.name));
});

test('exceljs opens the copy with its chart', async () => {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await zip.generateAsync({ type: 'nodebuffer' })) as unknown as ExcelJS.Buffer);
  expect(wb.getWorksheet('Tổng hợp')?.getCell('A1').value).toBeTruthy();
});

test('the owned sheets print on A4 landscape, one page wide', async () => {
  const xml = await part(await sheetPartOf('Tổng hợp'));
  expect(xml).toContain('<pageSetUpPr fitToPage="1"/>');
  expect(xml).toContain('<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>');
});

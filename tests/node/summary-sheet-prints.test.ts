// "Tổng hợp" as Excel and LibreOffice read it back from the sample's copy: percentages as fractions under a percent
// format, thin borders on the tables, frozen title rows, wrapped labels, headers over their own figures.
// Figures are the sample's, checked by hand in issue 11: 3.602 of 4.022 households, 615 of 664 officials.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { parseRels, relsPathOf } from '../../src/node/xlsx/opc';
import { cli, openXlsx, SAMPLE, tempDir } from './helpers';

let dir: Awaited<ReturnType<typeof tempDir>>;
let ws: ExcelJS.Worksheet;
let zip: JSZip;

beforeAll(async () => {
  dir = await tempDir();
  const run = await cli(['tong-hop', SAMPLE, '--out', 'ra'], dir.path);
  expect(run.code).toBe(0);
  const copy = join(dir.path, 'ra', 'xa-mau-tong-hop.xlsx');
  zip = await JSZip.loadAsync(await readFile(copy));
  const wb = await openXlsx(copy);
  const sheet = wb.getWorksheet('Tổng hợp');
  if (!sheet) throw new Error('no "Tổng hợp" sheet');
  ws = sheet;
}, 60_000);
afterAll(() => dir.remove());

/** The 1-based row whose column A starts with `text`, searched from `after`. */
const rowOf = (text: string, after = 0): number => {
  for (let r = after + 1; r <= ws.rowCount; r++) {
    const v = ws.getCell(r, 1).value;
    if (typeof v === 'string' && v.startsWith(text)) return r;
  }
  throw new Error(`no row starting "${text}"`);
};
/** The 1-based column of `header` in row `row`. */
const columnOf = (row: number, header: string): number => {
  for (let c = 1; c <= ws.columnCount; c++) if (ws.getCell(row, c).value === header) return c;
  throw new Error(`no header "${header}" in row ${row}`);
};
const thin = { style: 'thin' };

test('a percentage is the fraction 0.919 under the format 0.0%, which shows "91,9%" in a Vietnamese locale', () => {
  const header = rowOf('Danh hiệu');
  const cell = ws.getCell(rowOf('Gia đình học tập (hộ)', header), columnOf(header, 'Tỷ lệ công nhận (%)'));
  expect(cell.value).toBe(0.919); // 3,698 of 4,022 households, counted from the sample's rows
  expect(cell.numFmt).toBe('0.0%');
});

test('the cells of the tables have a thin border on every side; titles and notes have none', () => {
  const header = rowOf('Danh hiệu');
  const cell = ws.getCell(rowOf('Gia đình học tập (hộ)', header), 2);
  expect(cell.value).toBe(4022);
  for (const side of ['top', 'left', 'bottom', 'right'] as const)
    expect(cell.border[side]).toMatchObject(thin);
  expect(ws.getCell(header, 1).border.top).toMatchObject(thin);
  expect(ws.getCell(1, 1).border?.top).toBeUndefined();
  expect(ws.getCell(rowOf('Số dòng họ toàn xã'), 1).border?.bottom).toBeUndefined();
});

test('the title rows stay in view when the sheet scrolls', () => {
  expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
  expect(String(ws.getCell(2, 1).value)).toMatch(/^So sánh với chỉ tiêu năm/u);
});

test('a header is right-aligned over its figures, a label column stays left, and both wrap', () => {
  const header = rowOf('Danh hiệu');
  const family = rowOf('Gia đình học tập (hộ)', header);
  expect(ws.getCell(header, 2).value).toBe('Tổng số');
  expect(ws.getCell(header, 2).alignment).toMatchObject({ horizontal: 'right', wrapText: true });
  expect(ws.getCell(family, 2).alignment).toMatchObject({ horizontal: 'right' });
  expect(ws.getCell(header, 1).alignment?.horizontal).toBeUndefined();
  // The longest label of the targets (it was cut at the column edge before).
  const trained = ws.getCell(rowOf('Cán bộ, hội viên Hội Khuyến học'), 1);
  expect(trained.alignment).toMatchObject({ wrapText: true, vertical: 'top' });
  expect(ws.getRow(Number(trained.row)).height).toBeGreaterThan(15);
});

test('the officials percentage stands under "Tỷ lệ (%)", not under the count of recognised citizens', () => {
  const header = rowOf('Nhóm');
  const officials = rowOf('Cán bộ, công chức, viên chức trong đơn vị đạt CDHT', header);
  const share = columnOf(header, 'Tỷ lệ (%)');
  expect(ws.getCell(officials, share).value).toBe(0.938); // 623 officials of the units' 664 staff, counted from the rows
  expect(ws.getCell(officials, share).numFmt).toBe('0.0%');
  expect(ws.getCell(officials, columnOf(header, 'Đạt')).value ?? null).toBeNull();
  // The group row above it spells the group the same way.
  expect(ws.getCell(rowOf('Cán bộ, công chức, viên chức', header), 1).value).toBe(
    'Cán bộ, công chức, viên chức',
  );
});

test('the sixteen columns are narrow enough to print on an A4 landscape width at a readable size', () => {
  const widths = Array.from({ length: 16 }, (_, c) => ws.getColumn(c + 1).width ?? 0);
  // About 1,000 pt at 11 pt Calibri over the 770 pt of the page: printed at three quarters of its size or more.
  expect(widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(190);
  expect(Math.min(...widths)).toBeGreaterThanOrEqual(9);
});

const part = async (name: string) => (await zip.file(name)?.async('string')) ?? '';

test('each part prints whole on one page with its header, and each chart whole: five pages, the charts on the last', async () => {
  const wbRels = parseRels(await part('xl/_rels/workbook.xml.rels'), 'xl/workbook.xml');
  const id = /<sheet [^>]*name="Tổng hợp"[^>]*r:id="([^"]+)"/u.exec(await part('xl/workbook.xml'))?.[1];
  const sheet = wbRels.find((r) => r.id === id)?.part ?? '';
  const xml = await part(sheet);
  const breaks = [...xml.matchAll(/<brk id="(\d+)"/gu)].map((m) => Number(m[1]));
  const drawing = parseRels(await part(relsPathOf(sheet)), sheet)[0]?.part ?? '';
  const anchors = [
    ...(await part(drawing)).matchAll(
      /<xdr:from><xdr:col>\d+<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>(\d+)<\/xdr:row>.*?<xdr:to><xdr:col>\d+<\/xdr:col><xdr:colOff>0<\/xdr:colOff><xdr:row>(\d+)<\/xdr:row>/gu,
    ),
  ].map((m) => ({ from: Number(m[1]), to: Number(m[2]) }));
  expect(anchors).toHaveLength(2);
  // A chart covers rows from..to-1 (its bottom edge is the top of row `to`); a break at b starts a page at row b.
  for (const { from, to } of anchors) expect(breaks.filter((b) => b > from && b < to)).toEqual([]);
  // A page holds 638.5 pt at 79.7%, rows 15 pt unless wrapped. Page 1: parts I and II, 465 pt; part III (390 pt,
  // title to "Toàn xã") would end at 855. Page 2: III, a blank row and IV (165 pt): 570. Part V (300 pt, down to
  // the note on the sheet being rewritten) would end at 885. Page 3: V. The progress block (570 pt) would not fit
  // under V's 315: page 4, then a blank row (585) and no room for a 300 pt chart. Page 5: both charts, 615 pt.
  const zeroBased = (text: string) => rowOf(text) - 1;
  expect(breaks).toEqual([
    zeroBased('III. KẾT QUẢ TỪNG THÔN'),
    zeroBased('V. MINH CHỨNG'),
    zeroBased('TIẾN ĐỘ SO VỚI CHỈ TIÊU'),
    anchors[0]?.from,
  ]);
});

test('printed, "Lỗi dữ liệu" repeats its title, note and header on every page; "Tổng hợp" repeats no row', async () => {
  const wb = await part('xl/workbook.xml');
  const index = (name: string) =>
    [...wb.matchAll(/<sheet [^>]*name="([^"]+)"/gu)].findIndex((m) => m[1] === name);
  const titles = [...wb.matchAll(/<definedName name="_xlnm\.Print_Titles" localSheetId="(\d+)">([^<]*)</gu)];
  const of = (name: string) => titles.filter((m) => Number(m[1]) === index(name)).map((m) => m[2]);
  expect(of('Lỗi dữ liệu')).toEqual(["'Lỗi dữ liệu'!$1:$3"]);
  expect(of('Tổng hợp')).toEqual([]);
});

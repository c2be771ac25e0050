// "Tổng hợp" prints the same pages in Excel and LibreOffice, and a part's title ("IV. CÔNG DÂN …") never ends one:
// the .xlsx cuts every page by a manual break, sized for the largest fit-to-width scale, and moves a break up
// before a part that fits on a page but not on the rest of this one, before a longer part's title whose table
// header and first row would not fit under it, and before a chart that would not fit whole. Figures by hand: the printable height
// is 210 mm = 595.28 pt less 2 × 0.6 in = 86.4 pt, so 508.88 pt; at scale 1 that is 33 rows of 15 pt (495 pt).
import { TableBuilder } from '../../src/core/output/builder';
import type { OutputTable } from '../../src/core/result';
import { fitToWidthScale, printBreaks } from '../../src/node/xlsx/print-pages';
import { worksheetXml } from '../../src/node/xlsx/sheet-xml';
import { StyleBook } from '../../src/node/xlsx/styles-xml';

/** `before` plain rows, then a part's title, its header and one row; `widths` the sheet's columns. */
const sheet = (before: number, widths: number[], more = 0): OutputTable => {
  const t = new TableBuilder('Tổng hợp', widths.length);
  for (let i = 0; i < before; i++) t.add([`Dòng ${i + 1}`]);
  t.section('IV. CÔNG DÂN HỌC TẬP THEO NHÓM');
  t.header(['Nhóm', 'Đăng ký']);
  t.add(['Cán bộ', 3]);
  for (let i = 0; i < more; i++) t.add([`Sau ${i + 1}`]);
  return t.build(widths, 0);
};
const flat = (table: OutputTable) => table.values.map(() => 15);
/** 700 px = 525 pt of columns: narrower than the 769.89 pt between the side margins, so printed at 100%. */
const NARROW = [100];
/** "Tổng hợp"'s columns: 196 + 14 × 63 + 210 px = 1,288 px = 966 pt, shrunk to the 769.89 pt between the margins. */
const SUMMARY = [28, ...Array<number>(14).fill(9), 30];

test('the summary sheet’s sixteen columns print at 79.7% at most, a narrow sheet at 100%', () => {
  expect(fitToWidthScale(SUMMARY)).toBeCloseTo(769.89 / 966, 4);
  expect(fitToWidthScale(NARROW)).toBe(1);
});

test('a sheet without parts gets no break, however long', () => {
  const t = new TableBuilder('Kiểm tra', 1);
  for (let i = 0; i < 100; i++) t.add([`Lỗi ${i + 1}`]);
  const table = t.build(NARROW, 0);
  expect(printBreaks(table, flat(table))).toEqual([]);
});

test('a title whose header and first row still fit on the page gets no break', () => {
  // 30 rows (450 pt) + title, header, row (45 pt) = 495 pt ≤ 508.88.
  const table = sheet(30, NARROW);
  expect(printBreaks(table, flat(table))).toEqual([]);
});

test('a title that would end the page, or leave its table’s first row to the next, starts a new page', () => {
  // 31 rows (465 pt) + 45 pt = 510 pt > 508.88: the title (row 31, 0-based) goes to page 2.
  const table = sheet(31, NARROW);
  expect(printBreaks(table, flat(table))).toEqual([31]);
  // The same with a 45 pt header (three wrapped lines) from 28 rows on: 420 + 15 + 45 + 15 = 495 fits, 29 rows do not.
  const tall = (n: number) => {
    const t = sheet(n, NARROW);
    return printBreaks(
      t,
      flat(t).map((h, r) => (r === n + 1 ? 45 : h)),
    );
  };
  expect([tall(28), tall(29)]).toEqual([[], [29]]);
});

test('the fit-to-width scale lengthens the page: at 79.7% a page holds 638.5 pt, 42 rows of 15 pt', () => {
  // 39 rows (585) + 45 = 630 fits; 40 rows (600) + 45 = 645 does not.
  const fits = sheet(39, SUMMARY);
  const spills = sheet(40, SUMMARY);
  expect(printBreaks(fits, flat(fits))).toEqual([]);
  expect(printBreaks(spills, flat(spills))).toEqual([40]);
});

test('every full page ends by a manual break, and a title moves one up only when it would end its page', () => {
  // Page 1 holds rows 0–32 (495 pt); page 2 from row 33 holds 31 rows (465 pt) before the title at row 64.
  const late = sheet(64, NARROW);
  expect(printBreaks(late, flat(late))).toEqual([33, 64]);
  // A title that falls at the top of page 2 anyway gets just that page's break.
  const top = sheet(33, NARROW);
  expect(printBreaks(top, flat(top))).toEqual([33]);
  // 70 rows after a title on row 31: page 2 runs from row 31 to row 63 (33 rows), page 3 from row 64.
  const long = sheet(31, NARROW, 70);
  expect(printBreaks(long, flat(long))).toEqual([31, 64, 97]);
});

test('a part that fits on a page but not on the rest of this one starts the next page, not split from its header', () => {
  // 20 rows (300 pt), then the part: title, header and 16 rows, 18 rows (270 pt): 570 pt > 508.88. Its header and
  // first row would fit (345 pt), but the rest of its table would go to page 2 with no header over it.
  const table = sheet(20, NARROW, 15);
  expect(printBreaks(table, flat(table))).toEqual([20]);
});

test('a part ends at its last written row: the blank rows before the next title do not count', () => {
  // 20 rows (300 pt), part A (title, header, 11 rows: 195 pt) ends at 495 pt on page 1; the blank row under it
  // (510 pt) starts page 2, where part B follows it.
  const t = new TableBuilder('Tổng hợp', 2);
  for (let i = 0; i < 20; i++) t.add([`Dòng ${i + 1}`]);
  t.section('I. A');
  t.header(['Nhóm', 'Số']);
  for (let i = 0; i < 11; i++) t.add([`A ${i + 1}`, i]);
  t.blank();
  t.section('II. B');
  t.header(['Nhóm', 'Số']);
  t.add(['B', 1]);
  const table = t.build(NARROW, 0);
  expect(printBreaks(table, flat(table))).toEqual([33]);
});

/** The sheet with a column chart of its one data row and, when `line`, a progress chart under it. */
const charted = (table: OutputTable, line = false): OutputTable => ({
  ...table,
  chart: {
    title: 'Tỷ lệ',
    headerRow: table.values.length - 2,
    firstRow: table.values.length - 1,
    lastRow: table.values.length - 1,
    labelColumn: 0,
    valueColumns: [1],
    targetPercent: null,
  },
  ...(line
    ? {
        lineChart: {
          title: 'Tiến độ',
          headerRow: table.values.length - 2,
          firstCol: 1,
          lastCol: 1,
          labelColumn: 0,
          series: [{ row: table.values.length - 1, points: false }],
        },
      }
    : {}),
});

test('a chart that fits whole under the table gets no break; one that would not starts the next page', () => {
  // n rows, title, header, row: n + 3 rows; a blank row, then the chart over 20 rows of 15 pt (300 pt).
  // n = 9: 13 rows (195 pt) + 300 = 495 pt ≤ 508.88, one page.
  expect(printBreaks(charted(sheet(9, NARROW)), flat(sheet(9, NARROW)))).toEqual([]);
  // n = 10: 14 rows (210 pt) + 300 = 510 pt: the chart, on rows 14 to 33, starts page 2 at row 14.
  expect(printBreaks(charted(sheet(10, NARROW)), flat(sheet(10, NARROW)))).toEqual([14]);
});

test('the progress chart under the column chart starts its own page when the two do not fit on one', () => {
  // Title, header, row (0–2), blank (3), column chart (4–23), blank (24): 25 rows, 375 pt; the line chart on rows
  // 25–44 would end at 675 pt, past 508.88: it starts page 2, which it fills to 300 pt.
  expect(printBreaks(charted(sheet(0, NARROW), true), flat(sheet(0, NARROW)))).toEqual([25]);
  // At 79.7% a page holds 638.5 pt: 375 + 300 = 675 still does not fit.
  expect(printBreaks(charted(sheet(0, SUMMARY), true), flat(sheet(0, SUMMARY)))).toEqual([25]);
});

test('a chart that falls at the top of a page anyway gets only that page’s break', () => {
  // 30 rows, title, header, row: 33 rows (495 pt) fill page 1; the blank row 33 starts page 2, the chart (34–53)
  // follows it: 15 + 300 pt.
  expect(printBreaks(charted(sheet(30, NARROW)), flat(sheet(30, NARROW)))).toEqual([33]);
});

test('the worksheet part carries the break as a manual row break above the title, after the page setup', () => {
  const table = sheet(31, NARROW, 5);
  const xml = worksheetXml(table, new StyleBook(EMPTY_STYLES), true);
  expect(xml).toContain(
    '<pageSetup paperSize="9" orientation="landscape" fitToWidth="1" fitToHeight="0"/>' +
      '<rowBreaks count="1" manualBreakCount="1"><brk id="31" max="16383" man="1"/></rowBreaks>',
  );
  // Row 32 (1-based) is the title the break goes above.
  expect(xml).toMatch(/<row r="32"[^>]*><c r="A32"[^>]*t="inlineStr"><is><t>IV\. CÔNG DÂN/u);
  expect(worksheetXml(sheet(30, NARROW), new StyleBook(EMPTY_STYLES), true)).not.toContain('rowBreaks');
});

const EMPTY_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>';

// A printed list repeats its title and header on every page (Excel and LibreOffice repeat no frozen row on paper):
// the workbook names each owned list's frozen rows as its print titles, and a re-run replaces them.
import { TableBuilder } from '../../src/core/output/builder';
import { printTitleRows } from '../../src/node/xlsx/print-pages';
import { setPrintTitles } from '../../src/node/xlsx/print-titles';
import { xmlProblems } from './xml-check';

const WB =
  '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="r">' +
  '<sheets><sheet name="Gia đình" sheetId="1" r:id="rId1"/><sheet name="Lỗi dữ liệu" sheetId="2" r:id="rId2"/></sheets>' +
  '<calcPr calcId="191029"/></workbook>';
const TITLES = `<definedName name="_xlnm.Print_Titles" localSheetId="1">'Lỗi dữ liệu'!$1:$3</definedName>`;
const problems = { index: 1, sheet: 'Lỗi dữ liệu', rows: 3 };

test('a workbook without defined names gets them after its sheets, before calcPr', () => {
  const wb = setPrintTitles(WB, '', [problems]);
  expect(wb).toContain(`</sheets><definedNames>${TITLES}</definedNames><calcPr`);
  expect(xmlProblems(wb)).toEqual([]);
});

test('a second run replaces its print titles; the user’s names and another sheet’s titles keep their bytes', () => {
  const user =
    '<definedName name="DanhSachHo">\'Gia đình\'!$A$2:$A$100</definedName>' +
    `<definedName name="_xlnm.Print_Titles" localSheetId="0">'Gia đình'!$1:$1</definedName>`;
  const once = setPrintTitles(WB.replace('</sheets>', `</sheets><definedNames>${user}</definedNames>`), '', [
    problems,
  ]);
  expect(once).toContain(`<definedNames>${user}${TITLES}</definedNames>`);
  expect(setPrintTitles(once, '', [problems])).toBe(once);
  // The list's frozen rows went from 3 to 2: one name, with the new rows.
  expect(setPrintTitles(once, '', [{ ...problems, rows: 2 }])).toContain(
    `<definedNames>${user}${TITLES.replace('$1:$3', '$1:$2')}</definedNames>`,
  );
});

test('a sheet that repeats no row loses an earlier run’s titles, and an emptied definedNames is dropped', () => {
  const once = setPrintTitles(WB, '', [problems]);
  expect(setPrintTitles(once, '', [{ ...problems, rows: 0 }])).toBe(WB);
  expect(setPrintTitles(WB, '', [{ ...problems, rows: 0 }])).toBe(WB);
});

test('a workbook written with a namespace prefix gets prefixed names', () => {
  const x = WB.replace(/<(\/?)(\w)/gu, '<$1x:$2').replace('xmlns=', 'xmlns:x=');
  expect(setPrintTitles(x, 'x:', [problems])).toContain(
    `</x:sheets><x:definedNames><x:definedName name="_xlnm.Print_Titles" localSheetId="1">`,
  );
});

test('a list repeats its frozen rows; a sheet of parts repeats none, its breaks keep each part with its header', () => {
  const list = new TableBuilder('Lỗi dữ liệu', 2);
  list.title('DANH SÁCH LỖI');
  list.header(['STT', 'Vấn đề']);
  list.add([1, 'Thiếu tên']);
  expect(printTitleRows(list.build([6, 60], 2))).toBe(2);
  const parts = new TableBuilder('Tổng hợp', 2);
  parts.title('TỔNG HỢP');
  parts.section('I. KẾT QUẢ');
  parts.header(['Danh hiệu', 'Tổng số']);
  expect(printTitleRows(parts.build([28, 9], 2))).toBe(0);
});

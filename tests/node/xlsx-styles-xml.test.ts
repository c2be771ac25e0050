// Appending the owned sheets' styles to a user's styles part without disturbing the indices its cells use.
import { StyleBook } from '../../src/node/xlsx/styles-xml';
import { xmlProblems } from './xml-check';

const USER_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>' +
  '<fonts count="1"><font><sz val="12"/><color theme="1"/><name val="Times New Roman"/></font></fonts>' +
  '<fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
  '<fill><patternFill patternType="solid"><fgColor rgb="FFD9E2F3"/></patternFill></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<dxfs count="1"><dxf><numFmt numFmtId="170" formatCode="0.000"/></dxf></dxfs></styleSheet>';

describe('StyleBook', () => {
  test("reuses the user's fills and formats, adds new ids past every existing one, and updates the counts", () => {
    const book = new StyleBook(USER_STYLES);
    const plain = book.index({ fill: null, bold: false, link: false, numFmt: null });
    const date = book.index({ fill: null, bold: false, link: false, numFmt: 'dd/mm/yyyy' });
    const header = book.index({ fill: '#d9e2f3', bold: true, link: false, numFmt: null });
    const percent = book.index({ fill: null, bold: false, link: false, numFmt: '0.0"%"' });
    const link = book.index({ fill: null, bold: false, link: true, numFmt: null });
    expect([plain, date, header, percent, link]).toEqual([0, 1, 2, 3, 4]);
    const xml = book.xml();
    expect(xmlProblems(xml)).toEqual([]);
    expect(xml).toContain(
      '<numFmts count="2"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="171" formatCode="0.0&quot;%&quot;"/></numFmts>',
    );
    // The bold and link fonts are the user's default font (Times New Roman 12) with bold, or underline and blue.
    expect(xml).toContain('<font><b/><sz val="12"/><color theme="1"/><name val="Times New Roman"/></font>');
    expect(xml).toContain(
      '<font><u/><color rgb="FF1155CC"/><sz val="12"/><name val="Times New Roman"/></font>',
    );
    expect(xml).toContain('<fills count="3">');
    expect(xml).toContain('<cellXfs count="5">');
    expect(xml).toContain(
      '<xf numFmtId="0" fontId="1" fillId="2" borderId="0" xfId="0" applyFont="1" applyFill="1"/>',
    );
    expect(new StyleBook(xml).index({ fill: '#D9E2F3', bold: true, link: false, numFmt: null })).toBe(header);
  });
});

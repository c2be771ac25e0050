// The --vao copy is zip surgery: only the two edited sheets change, and in them only the cells written.
import JSZip from 'jszip';
import { copyWithCellWrites } from '../../src/node/xlsx/cell-edits';
import { buildTemplateWorkbook } from '../../src/node/xlsx/template';
import { snapshotOfBytes } from '../../src/node/xlsx/read';

const sheetPart = async (zip: JSZip, name: string): Promise<string> => {
  const wb = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`, 'u').exec(wb)?.[1];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`, 'u').exec(rels)?.[1] ?? '';
  return `xl/${target.replace(/^\/?xl\//u, '')}`;
};

test('every other part keeps its bytes; the edited sheets keep every cell not written, styles included', async () => {
  // The blank template: small, with the layout's dropdowns, styles and notes on both sheets.
  const wb = buildTemplateWorkbook();
  const SAMPLE = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const before = await JSZip.loadAsync(SAMPLE);
  const config = await sheetPart(before, 'Cấu hình');
  const targets = await sheetPart(before, 'Chỉ tiêu');
  const configXml = (await before.file(config)?.async('string')) ?? '';
  const snapshot = await snapshotOfBytes(SAMPLE, 'mau.xlsx');
  const row = (snapshot['Cấu hình'] ?? []).findIndex((r) => r[0] === 'Bộ chỉ tiêu') + 1;
  expect(row).toBeGreaterThan(1);
  const out = await copyWithCellWrites(SAMPLE, [
    { sheet: 'Chỉ tiêu', row: 2, col: 1, values: [['Gia đình học tập (% hộ)', 2028, '≥', 90, 'Từng thôn']] },
    { sheet: 'Cấu hình', row, col: 2, values: [['Theo trang Chỉ tiêu']] },
  ]);
  const after = await JSZip.loadAsync(out);
  for (const path of Object.keys(before.files).filter((p) => !before.files[p]?.dir)) {
    if (path === config || path === targets) continue;
    expect(Buffer.from((await after.file(path)?.async('uint8array')) ?? [])).toEqual(
      Buffer.from((await before.file(path)?.async('uint8array')) ?? []),
    );
  }
  const edited = (await after.file(targets)?.async('string')) ?? '';
  expect(edited).toContain(
    '<c r="A2" t="inlineStr"><is><t xml:space="preserve">Gia đình học tập (% hộ)</t></is></c>',
  );
  expect(edited).toContain('<c r="B2"><v>2028</v></c>');
  const editedConfig = (await after.file(config)?.async('string')) ?? '';
  const oldCell = new RegExp(`<c r="B${row}"[^>]*>`, 'u').exec(configXml)?.[0] ?? '';
  const style = /\ss="(\d+)"/u.exec(oldCell)?.[1];
  expect(editedConfig).toMatch(
    new RegExp(
      `<c r="B${row}"${style ? ` s="${style}"` : ''} t="inlineStr"><is><t xml:space="preserve">Theo trang Chỉ tiêu</t>`,
      'u',
    ),
  );
  // Outside the written cells the sheet is as it was.
  const strip = (xml: string) => xml.replace(new RegExp(`<c r="B${row}"[\\s\\S]*?(?:/>|</c>)`, 'u'), '');
  expect(strip(editedConfig)).toBe(
    strip(configXml.replace(/<row r="\d+"[^>]*\/>/gu, '')).replace(
      /<sheetData\/>/u,
      '<sheetData></sheetData>',
    ),
  );
});

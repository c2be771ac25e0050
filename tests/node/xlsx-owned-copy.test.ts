// The copy with owned sheets is zip surgery: the user's parts keep their bytes, the owned sheets read back as written.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { CellOut, OutputTable } from '../../src/core/result';
import { XlsxFileError } from '../../src/node/xlsx/errors';
import { SheetInTheWay } from '../../src/node/xlsx/owned-copy';
import { writeCopyWithOwnedSheets } from '../../src/node/xlsx/write';
import { ZipArchive } from '../../src/node/xlsx/zip-read';
import { SAMPLE, tempDir } from './helpers';
import { xmlProblems } from './xml-check';

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** An OutputTable from its values, with the per-cell grids filled in by `style`. */
const table = (
  sheet: string,
  values: CellOut[][],
  style: (
    r: number,
    c: number,
  ) => Partial<{ bg: string; bold: boolean; fmt: string; link: string }> = () => ({}),
  extra: Partial<OutputTable> = {},
): OutputTable => {
  const grid = <T>(f: (r: number, c: number) => T) => values.map((row, r) => row.map((_, c) => f(r, c)));
  return {
    sheet,
    values,
    backgrounds: grid((r, c) => style(r, c).bg ?? null),
    bold: grid((r, c) => style(r, c).bold ?? false),
    numberFormats: grid((r, c) => style(r, c).fmt ?? null),
    links: grid((r, c) => {
      const to = style(r, c).link;
      return to ? { sheet: to.slice(0, to.lastIndexOf('!')), cell: to.slice(to.lastIndexOf('!') + 1) } : null;
    }),
    columnWidths: values[0]?.map((_, c) => 10 + c * 5) ?? [],
    frozenRows: 0,
    mergedRows: [],
    alignments: grid(() => null),
    wraps: grid(() => false),
    verticalAlignment: 'top',
    borders: [],
    merges: [],
    chart: null,
    ...extra,
  };
};

const SUMMARY = table(
  'Tổng hợp',
  [
    ['TỔNG HỢP KẾT QUẢ', null, null, null],
    ['Chỉ tiêu', 'Số hộ', 'Tỷ lệ', 'Đạt'],
    ['Gia đình học tập', 1234, 87.5, true],
    ['  Thôn "A" & <B>\n', 12, 0, false],
  ],
  (r, c) => ({
    ...(r <= 1 ? { bold: true, bg: '#d9e2f3' } : {}),
    ...(r >= 2 && c === 1 ? { fmt: '#,##0' } : {}),
    ...(r >= 2 && c === 2 ? { fmt: '0.0"%"' } : {}),
    ...(r === 3 && c === 0 ? { link: 'Gia đình!C5' } : {}),
  }),
  { frozenRows: 2, mergedRows: [0] },
);
const PROBLEMS = table(
  'Lỗi dữ liệu',
  [
    ['STT', 'Trang', 'Ô'],
    [1, "Nhà O'Neil", 'B7'],
  ],
  (r, c) => (r === 1 && c === 2 ? { link: "Nhà O'Neil!B7" } : r === 0 ? { bold: true } : {}),
  { frozenRows: 1 },
);

/** Gives a sheet part the code name the product writes on its own sheets. */
const markOwned = async (zip: JSZip, part: string): Promise<void> => {
  const xml = (await zip.file(part)?.async('string')) ?? '';
  const marked = /<sheetPr\b/u.test(xml)
    ? xml.replace(/<sheetPr\b/u, '<sheetPr codeName="KhuyenHoc1"')
    : xml.replace(/(<worksheet\b[^>]*>)/u, '$1<sheetPr codeName="KhuyenHoc1"/>');
  if (marked === xml) throw new Error(`cannot mark ${part}`);
  zip.file(part, marked);
};

/** A user's workbook with what a spreadsheet library may not round-trip, and an old summary to be replaced. */
const buildInput = async (path: string): Promise<void> => {
  const wb = new ExcelJS.Workbook();
  const image = wb.addImage({ buffer: PNG as unknown as ExcelJS.Buffer, extension: 'png' });
  const families = wb.addWorksheet('Gia đình', { views: [{ state: 'normal', tabSelected: true } as never] });
  families.addRows([
    ['Họ và tên', 'Kết quả', 'Điểm'],
    ['Lê Văn An', 'Đạt', 9],
  ]);
  families.getCell('B2').dataValidation = { type: 'list', allowBlank: true, formulae: ['"Đạt,Không đạt"'] };
  families.getCell('A1').note = 'Ghi đủ họ và tên';
  families.addConditionalFormatting({
    ref: 'C2:C100',
    rules: [
      {
        type: 'cellIs',
        operator: 'lessThan',
        formulae: [5],
        priority: 1,
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: 'FFF4CCCC' } } },
      },
    ],
  });
  families.addImage(image, 'E2:F4');
  const old = wb.addWorksheet('Tong hop');
  old.getCell('A1').value = 'bản cũ';
  old.getCell('A1').note = 'ghi chú của bản cũ';
  old.addImage(image, 'C2:D3');
  wb.addWorksheet("Nhà O'Neil").getCell('B7').value = 'x';
  wb.definedNames.add("'Gia đình'!$A$2:$A$100", 'DanhSachHo');
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  // The old summary is one an earlier run wrote: it carries the product's code name.
  await markOwned(zip, 'xl/worksheets/sheet2.xml');
  // exceljs never writes a calculation chain; Excel does, and a stale one must not survive.
  zip.file(
    'xl/calcChain.xml',
    `<?xml version="1.0"?><calcChain xmlns="${MAIN_NS}"><c r="A1" i="2"/></calcChain>`,
  );
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  zip.file(
    'xl/_rels/workbook.xml.rels',
    rels.replace(
      '</Relationships>',
      `<Relationship Id="rId99" Type="${RELS}/calcChain" Target="calcChain.xml"/></Relationships>`,
    ),
  );
  const types = (await zip.file('[Content_Types].xml')?.async('string')) ?? '';
  zip.file(
    '[Content_Types].xml',
    types.replace(
      '</Types>',
      '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
    ),
  );
  await writeFile(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
};

const partsOf = async (path: string): Promise<Map<string, string>> => {
  const zip = await JSZip.loadAsync(await readFile(path));
  const parts = new Map<string, string>();
  for (const [name, file] of Object.entries(zip.files))
    if (!file.dir) parts.set(name, (await file.async('nodebuffer')).toString('latin1'));
  return parts;
};
const utf8 = (latin1: string | undefined) => Buffer.from(latin1 ?? '', 'latin1').toString('utf8');

/** The part of a sheet, found through workbook.xml and its relationships. */
const sheetPart = (parts: Map<string, string>, name: string): string => {
  const wb = utf8(parts.get('xl/workbook.xml'));
  const el = [...wb.matchAll(/<sheet [^>]*>/gu)].find((m) => m[0].includes(`name="${name}"`));
  const id = /r:id="([^"]+)"/u.exec(el?.[0] ?? '')?.[1];
  const rels = utf8(parts.get('xl/_rels/workbook.xml.rels'));
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`, 'u').exec(
    rels,
  );
  return `xl/${(target?.[1] ?? target?.[2] ?? '').replace(/^\/?xl\//u, '')}`;
};
const targetsOf = (parts: Map<string, string>, part: string): string[] => {
  const rels = parts.get(part.replace(/([^/]+)$/u, '_rels/$1.rels')) ?? '';
  return [...rels.matchAll(/Target="\.\.\/([^"]+)"/gu)].map((m) => `xl/${m[1] ?? ''}`);
};

let dir: { path: string; remove: () => Promise<void> };
let input: string;
let output: string;
let before: Map<string, string>;
let after: Map<string, string>;
beforeAll(async () => {
  dir = await tempDir();
  input = join(dir.path, 'xa.xlsx');
  output = join(dir.path, 'ra', 'xa-tong-hop.xlsx');
  await buildInput(input);
  before = await partsOf(input);
  await writeCopyWithOwnedSheets(input, output, [SUMMARY, PROBLEMS]);
  after = await partsOf(output);
});
afterAll(() => dir.remove());

describe('writeCopyWithOwnedSheets', () => {
  test("copies every other part byte for byte, drops the old summary's own comments and drawing, keeps the shared image", () => {
    const oldPart = sheetPart(before, 'Tong hop');
    const oldOwn = targetsOf(before, oldPart);
    expect(oldOwn.some((t) => t.includes('comments'))).toBe(true);
    expect(oldOwn.some((t) => t.includes('drawing'))).toBe(true);
    const rewritten = new Set([
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      '[Content_Types].xml',
      'xl/styles.xml',
      'docProps/app.xml',
      oldPart,
    ]);
    const relsOf = (part: string) => part.replace(/([^/]+)$/u, '_rels/$1.rels');
    const dropped = new Set(['xl/calcChain.xml', relsOf(oldPart), ...oldOwn, ...oldOwn.map(relsOf)]);
    const familiesPart = sheetPart(before, 'Gia đình');
    for (const [name, bytes] of before) {
      if (rewritten.has(name)) continue;
      if (dropped.has(name)) expect([name, after.has(name)]).toEqual([name, false]);
      // The one edit to a user's sheet: its tab is no longer selected, so Excel does not open with two tabs grouped.
      else if (name === familiesPart) expect(after.get(name)).toBe(bytes.replace(' tabSelected="1"', ''));
      else expect([name, after.get(name) === bytes]).toEqual([name, true]);
    }
    expect(before.get(familiesPart)).toContain('tabSelected="1"');
    expect([...after.keys()].filter((k) => k.startsWith('xl/media/'))).toHaveLength(1);
  });

  test('replaces the old summary in place (same id, relationship and position), adds the problems sheet last, keeps defined names', () => {
    const sheets = (parts: Map<string, string>) =>
      [...utf8(parts.get('xl/workbook.xml')).matchAll(/<sheet [^>]*>/gu)].map((m) => ({
        name: /name="([^"]*)"/u.exec(m[0])?.[1]?.replace(/&apos;/gu, "'"),
        sheetId: /sheetId="([^"]*)"/u.exec(m[0])?.[1],
        rid: /r:id="([^"]*)"/u.exec(m[0])?.[1],
      }));
    const was = sheets(before);
    const now = sheets(after);
    expect(now.map((s) => s.name)).toEqual(['Gia đình', 'Tổng hợp', "Nhà O'Neil", 'Lỗi dữ liệu']);
    expect(now[1]).toEqual({ ...was[1], name: 'Tổng hợp' });
    expect(new Set(now.map((s) => s.sheetId)).size).toBe(4);
    const wb = utf8(after.get('xl/workbook.xml'));
    const names = (xml: string) => /<definedNames>[\s\S]*<\/definedNames>/u.exec(xml)?.[0];
    expect(names(wb)).toContain('DanhSachHo');
    // The user's name keeps its bytes; each owned sheet (no parts here) repeats its frozen rows on printed pages.
    expect(names(wb)).toBe(
      names(utf8(before.get('xl/workbook.xml')))?.replace(
        '</definedNames>',
        `<definedName name="_xlnm.Print_Titles" localSheetId="1">'Tổng hợp'!$1:$2</definedName>` +
          `<definedName name="_xlnm.Print_Titles" localSheetId="3">'Lỗi dữ liệu'!$1:$1</definedName></definedNames>`,
      ),
    );
    expect(wb).toMatch(/<workbookView [^>]*activeTab="1"/u);
    expect(after.get('xl/_rels/workbook.xml.rels')).not.toContain('calcChain');
    expect(after.get('[Content_Types].xml')).not.toContain('calcChain');
  });

  test('every part written is well-formed XML, every part has a content type and every relationship a target', () => {
    const names = ['xl/workbook.xml', 'xl/_rels/workbook.xml.rels', '[Content_Types].xml', 'xl/styles.xml'];
    names.push(sheetPart(after, 'Tổng hợp'), sheetPart(after, 'Lỗi dữ liệu'));
    for (const name of names) expect([name, xmlProblems(utf8(after.get(name)))]).toEqual([name, []]);
    const types = utf8(after.get('[Content_Types].xml'));
    const overrides = [...types.matchAll(/PartName="\/([^"]+)"/gu)].map((m) => m[1]);
    const defaults = [...types.matchAll(/Extension="([^"]+)"/gu)].map((m) => m[1]?.toLowerCase());
    for (const name of after.keys())
      expect([name, overrides.includes(name) || defaults.includes(name.split('.').pop())]).toEqual([
        name,
        true,
      ]);
    for (const part of overrides) expect([part, after.has(part ?? '')]).toEqual([part, true]);
    for (const [name, rels] of after) {
      if (!name.endsWith('.rels')) continue;
      const base = name.replace(/_rels\/[^/]*$/u, '');
      for (const m of rels.matchAll(/<Relationship [^>]*>/gu)) {
        if (m[0].includes('TargetMode="External"')) continue;
        const target = /Target="([^"]+)"/u.exec(m[0])?.[1] ?? '';
        const resolved = target.startsWith('/') ? target.slice(1) : join(base, target).replace(/\\/gu, '/');
        expect([name, target, after.has(resolved)]).toEqual([name, target, true]);
      }
    }
  });

  test('reads back with exceljs: values, bold, fills, number formats, widths, frozen rows, merges; opens on the summary', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(output);
    const ws = wb.getWorksheet('Tổng hợp');
    if (!ws) throw new Error('no summary');
    expect(wb.worksheets.map((w) => w.name)[wb.views[0]?.activeTab ?? -1]).toBe('Tổng hợp');
    expect([2, 3, 4].map((r) => [1, 2, 3, 4].map((c) => ws.getCell(r, c).value))).toEqual(
      SUMMARY.values.slice(1),
    );
    expect(ws.getCell('A1').value).toBe('TỔNG HỢP KẾT QUẢ');
    expect(ws.getCell('A2').font?.bold).toBe(true);
    expect(ws.getCell('A3').font?.bold).toBeFalsy();
    expect(ws.getCell('D2').fill).toMatchObject({
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FFD9E2F3' },
    });
    expect([ws.getCell('B3').numFmt, ws.getCell('C3').numFmt]).toEqual(['#,##0', '0.0"%"']);
    expect([1, 2, 3, 4].map((c) => ws.getColumn(c).width)).toEqual(SUMMARY.columnWidths);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(ws.getCell('D1').isMerged && ws.getCell('D1').master.address).toBe('A1');
    expect(wb.getWorksheet('Lỗi dữ liệu')?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(wb.getWorksheet('Gia đình')?.getCell('B2').dataValidation).toMatchObject({ type: 'list' });
    expect(wb.definedNames.getRanges('DanhSachHo').ranges).toEqual(["'Gia đình'!$A$2:$A$100"]);
  });

  test('links are internal hyperlinks to the quoted sheet and cell, drawn as links', () => {
    // exceljs ignores location-only hyperlinks on reading, so the parts are read directly.
    const summary = utf8(after.get(sheetPart(after, 'Tổng hợp')));
    expect(summary).toContain(
      `<hyperlink ref="A4" location="'Gia đình'!C5" display="  Thôn &quot;A&quot; &amp; &lt;B&gt;\n"/>`,
    );
    expect(summary).toContain('<t xml:space="preserve">  Thôn &quot;A&quot; &amp; &lt;B&gt;\n</t>');
    const problems = utf8(after.get(sheetPart(after, 'Lỗi dữ liệu')));
    expect(problems).toContain(`<hyperlink ref="C2" location="'Nhà O''Neil'!B7" display="B7"/>`);
    const s = /<c r="C2" s="(\d+)"/u.exec(problems)?.[1];
    const xf = [...utf8(after.get('xl/styles.xml')).matchAll(/<xf [^>]*xfId="0"[^>]*>/gu)][Number(s)]?.[0];
    const fontId = Number(/fontId="(\d+)"/u.exec(xf ?? '')?.[1]);
    const font = /<fonts[^>]*>([\s\S]*?)<\/fonts>/u
      .exec(utf8(after.get('xl/styles.xml')))?.[1]
      ?.match(/<font>[\s\S]*?<\/font>|<font\/>/gu)?.[fontId];
    expect(font).toMatch(/<u\/>.*<color rgb="FF1155CC"\/>/u);
  });

  test('a second run on the copy writes the same summary part and does not grow the styles', async () => {
    const again = join(dir.path, 'ra', 'lan-hai.xlsx');
    await writeCopyWithOwnedSheets(output, again, [SUMMARY, PROBLEMS]);
    const second = await partsOf(again);
    expect(sheetPart(second, 'Tổng hợp')).toBe(sheetPart(after, 'Tổng hợp'));
    expect(second.get(sheetPart(second, 'Tổng hợp'))).toBe(after.get(sheetPart(after, 'Tổng hợp')));
    expect(second.get(sheetPart(second, 'Lỗi dữ liệu'))).toBe(after.get(sheetPart(after, 'Lỗi dữ liệu')));
    expect(second.get('xl/styles.xml')).toBe(after.get('xl/styles.xml'));
    expect(second.get('xl/workbook.xml')).toBe(after.get('xl/workbook.xml'));
  });

  test('a package without a styles part gets one, with its relationship and content type', async () => {
    const plain = new ExcelJS.Workbook();
    plain.addWorksheet('Thôn').getCell('A1').value = 'Thôn 1';
    const zip = await JSZip.loadAsync(await plain.xlsx.writeBuffer());
    zip.remove('xl/styles.xml');
    const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
    zip.file('xl/_rels/workbook.xml.rels', rels.replace(/<Relationship [^>]*Target="styles.xml"\/>/u, ''));
    const bare = join(dir.path, 'khong-style.xlsx');
    await writeFile(bare, await zip.generateAsync({ type: 'nodebuffer' }));
    const out = join(dir.path, 'ra', 'khong-style-tong-hop.xlsx');
    await writeCopyWithOwnedSheets(bare, out, [SUMMARY]);
    const parts = await partsOf(out);
    expect(xmlProblems(utf8(parts.get('xl/styles.xml')))).toEqual([]);
    expect(parts.get('xl/_rels/workbook.xml.rels')).toMatch(/Type="[^"]*\/styles" Target="styles.xml"/u);
    expect(parts.get('[Content_Types].xml')).toContain('PartName="/xl/styles.xml"');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.getWorksheet('Tổng hợp')?.getCell('A2').font?.bold).toBe(true);
  });

  test("keeps every unchanged part's compressed bytes, the selected user sheet's aside", async () => {
    const [a, b] = [new ZipArchive(await readFile(input)), new ZipArchive(await readFile(output))];
    const familiesPart = sheetPart(before, 'Gia đình');
    const kept = [...a.entries.keys()].filter(
      (name) => b.has(name) && after.get(name) === before.get(name) && !name.endsWith('/'),
    );
    expect(kept).toContain('xl/media/image1.png');
    expect(kept.filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/u.test(n)).length).toBeGreaterThan(0);
    for (const name of kept) expect([name, a.raw(name).equals(b.raw(name))]).toEqual([name, true]);
    // The one user sheet that had to change: its view was selected.
    expect(a.raw(familiesPart).equals(b.raw(familiesPart))).toBe(false);
  });

  test('on the sample commune no user sheet is inflated and rewritten: every sheet keeps its compressed bytes, the copy opens on the summary', async () => {
    const out = join(dir.path, 'ra', 'xa-mau-tong-hop.xlsx');
    await writeCopyWithOwnedSheets(SAMPLE, out, [SUMMARY, PROBLEMS]);
    const [a, b] = [new ZipArchive(await readFile(SAMPLE)), new ZipArchive(await readFile(out))];
    const sheets = [...a.entries.keys()].filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/u.test(n));
    expect(sheets.length).toBe(9);
    for (const name of sheets) expect([name, a.raw(name).equals(b.raw(name))]).toEqual([name, true]);
    const parts = await partsOf(out);
    const summary = utf8(parts.get(sheetPart(parts, 'Tổng hợp')));
    expect(summary).toContain('tabSelected="1"');
    const selected = sheets.filter((n) => utf8(parts.get(n)).includes('tabSelected'));
    expect(selected).toEqual([]);
    const order = [...utf8(parts.get('xl/workbook.xml')).matchAll(/<sheet [^>]*name="([^"]+)"/gu)].map(
      (m) => m[1],
    );
    const active = Number(/activeTab="(\d+)"/u.exec(utf8(parts.get('xl/workbook.xml')))?.[1]);
    expect(order[active]).toBe('Tổng hợp');
  });

  test('refuses to write over its input, which stays as it was', async () => {
    const bytes = await readFile(input);
    const code = await writeCopyWithOwnedSheets(input, join(dir.path, '.', 'xa.xlsx'), [SUMMARY]).then(
      () => 'written',
      (e: unknown) => (e instanceof XlsxFileError ? e.cause.code : String(e)),
    );
    expect(code).toBe('SAME_AS_INPUT');
    expect((await readFile(input)).equals(bytes)).toBe(true);
  });

  test("a user's own sheet with data named like an owned one is never replaced: the copy is refused", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Thôn').getCell('A1').value = 'Thôn 1';
    wb.addWorksheet('TONG HOP').getCell('B3').value = 'số liệu cán bộ tự tính';
    const file = join(dir.path, 'co-trang-tong-hop.xlsx');
    await wb.xlsx.writeFile(file);
    const out = join(dir.path, 'ra', 'co-trang-tong-hop-tong-hop.xlsx');
    const refused = await writeCopyWithOwnedSheets(file, out, [SUMMARY, PROBLEMS]).then(
      () => null,
      (e: unknown) => (e instanceof SheetInTheWay ? e.sheet : String(e)),
    );
    expect(refused).toBe('TONG HOP');
    await expect(readFile(out)).rejects.toThrow();
  });

  test("an empty sheet of the user's named like an owned one is taken over", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Thôn').getCell('A1').value = 'Thôn 1';
    wb.addWorksheet('Lỗi dữ liệu');
    const file = join(dir.path, 'trang-trong.xlsx');
    await wb.xlsx.writeFile(file);
    const out = join(dir.path, 'ra', 'trang-trong-tong-hop.xlsx');
    await writeCopyWithOwnedSheets(file, out, [SUMMARY, PROBLEMS]);
    const back = new ExcelJS.Workbook();
    await back.xlsx.readFile(out);
    expect(back.worksheets.map((w) => w.name)).toEqual(['Thôn', 'Lỗi dữ liệu', 'Tổng hợp']);
    expect(back.getWorksheet('Lỗi dữ liệu')?.getCell('A1').value).toBe('STT');
  });

  test('the owned sheets carry the code name that lets the next run replace them', () => {
    expect(utf8(after.get(sheetPart(after, 'Tổng hợp')))).toMatch(/<sheetPr codeName="KhuyenHoc1">/u);
    expect(utf8(after.get(sheetPart(after, 'Lỗi dữ liệu')))).toMatch(/<sheetPr codeName="KhuyenHoc2">/u);
  });
});

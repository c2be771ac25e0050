// The direct reader gives the same snapshot the exceljs loader gave, on every committed workbook, the generated
// 20,000-household commune and hand-written packages; and it reads what exceljs could not (prefixed parts, rows
// split across inflated chunks).
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { BENCH_OPTIONS, generateCommune } from '../../sheets-templates/sample/generate';
import { parseDate } from '../../src/core/text/values';
import { XlsxFileError } from '../../src/node/xlsx/errors';
import { readWorkbook, snapshotOfBytes } from '../../src/node/xlsx/read';
import { readSheetRows } from '../../src/node/xlsx/read-sheet';
import { buildTemplateWorkbook } from '../../src/node/xlsx/template';
import { saveWorkbook } from '../../src/node/xlsx/write';
import { exceljsSnapshot } from './exceljs-snapshot';
import { EMPTY_TEMPLATE, SAMPLE, SAMPLE_WITH_MISTAKES, tempDir } from './helpers';
import { buildPackage } from './xlsx-package';

let dir: { path: string; remove: () => Promise<void> };
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(() => dir.remove());

const direct = (bytes: Buffer) => snapshotOfBytes(bytes, 'test.xlsx');

describe('the direct reader gives the snapshot exceljs gave', () => {
  test.each([
    ['the sample commune', SAMPLE],
    ['the sample with mistakes', SAMPLE_WITH_MISTAKES],
    ['the empty template', EMPTY_TEMPLATE],
  ])('on %s', async (_, path) => {
    const bytes = await readFile(path);
    expect(await direct(bytes)).toEqual(await exceljsSnapshot(bytes));
  });

  test('on the generated 20,000-household commune', async () => {
    const path = join(dir.path, 'xa-20k.xlsx');
    await saveWorkbook(buildTemplateWorkbook(generateCommune(BENCH_OPTIONS)), path);
    const bytes = await readFile(path);
    await rm(path);
    const mine = await direct(bytes);
    const theirs = await exceljsSnapshot(bytes);
    expect(Object.keys(mine)).toEqual(Object.keys(theirs));
    for (const name of Object.keys(theirs)) expect([name, mine[name]]).toEqual([name, theirs[name]]);
    expect(mine['Gia đình']?.length).toBe(BENCH_OPTIONS.households + 1);
  }, 180_000);

  const si = (text: string) => `<si><t xml:space="preserve">${text}</t></si>`;
  const crafted = {
    sharedStrings: [
      si('Nguyễn Văn An'),
      '<si><r><rPr><b/></rPr><t xml:space="preserve">Lê </t></r><r><t>Thị Hoa</t></r></si>',
      si('Dòng 1_x000D_\r\nDòng 2'),
      si('Hội &amp; đoàn &lt;xã&gt;'),
      si(''),
      '<si><t>Trần</t><rPh sb="0" eb="1"><t>TR</t></rPh></si>',
      si('&#7853;p &#x1EA1;'),
    ],
    numFmts:
      '<numFmt numFmtId="164" formatCode="dd/mm/yyyy"/><numFmt numFmtId="165" formatCode="[$-42A]d\\ mmmm\\ yyyy"/>' +
      '<numFmt numFmtId="166" formatCode="0.0&quot; m&quot;"/><numFmt numFmtId="167" formatCode="[Red]0.00"/>',
    // s=1: built-in date 14, 2: custom dd/mm/yyyy, 3: Vietnamese long date, 4: quoted "m" (a number), 5: [Red] (a
    // number), 6: h:mm, 7: percent
    cellXfs: [14, 164, 165, 166, 167, 20, 9],
    sheets: [
      [
        'Gia đình',
        '<sheetData>' +
          '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>' +
          '<row r="2"><c r="A2" t="s"><v>4</v></c><c r="B2" s="7"/></row>' +
          '<row r="3"><c r="A3" t="inlineStr"><is><t>Phạm Văn Bình</t></is></c>' +
          '<c r="B3" t="inlineStr"><is><r><t>Thôn </t></r><r><rPr><i/></rPr><t>Đông</t></r></is></c>' +
          '<c r="C3" t="s"><v>5</v></c><c r="D3" t="s"><v>6</v></c></row>' +
          '<row r="4"><c r="A4"><f>SUM(B4:C4)</f><v>85</v></c><c r="B4" t="str"><f>A1&amp;""</f><v>Nguyễn &amp;amp; Lê</v></c>' +
          '<c r="C4" t="b"><f>A4&gt;50</f><v>1</v></c><c r="D4" t="e"><f>VLOOKUP(1,Z:Z,2,0)</f><v>#N/A</v></c>' +
          '<c r="E4"><f>NOW()</f></c><c r="F4" s="1"><f>DATE(2026,12,5)</f><v>46361</v></c></row>' +
          '<row r="5"><c r="A5"><f t="shared" ref="A5:A6" si="0">B5*2</f><v>4</v></c><c r="B5"><v>2</v></c></row>' +
          '<row r="6"><c r="A6"><f t="shared" si="0"/><v>6</v></c><c r="B6"><v>3</v></c></row>' +
          '<row r="7"><c r="A7" t="e"><v>#DIV/0!</v></c><c r="B7" t="b"><v>0</v></c><c r="C7" t="b"><v>1</v></c>' +
          '<c r="D7"><v>-1.5E-3</v></c><c r="E7"><v>0.925</v></c><c r="F7" s="7"><v>0.925</v></c></row>' +
          '<row r="9" spans="1:6"><c r="A9" s="1"><v>46361</v></c><c r="B9" s="2"><v>46361.5</v></c><c r="C9" s="3"><v>46000</v></c>' +
          '<c r="D9" s="4"><v>12.5</v></c><c r="E9" s="5"><v>7</v></c><c r="F9" s="6"><v>0.75</v></c></row>' +
          '<row r="10"><c r="A10" t="inlineStr"><is><t>  hai khoảng trắng  </t></is></c><c r="C10" s="2"/><c r="D10" s="3"></c></row>' +
          '<row r="12" s="2" customFormat="1"><c r="A12" s="2"/><c r="B12" s="3"/></row>' +
          '</sheetData>',
      ],
      [
        'Thôn',
        '<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>DANH SÁCH THÔN</t></is></c>' +
          '<c r="B1" t="inlineStr"><is><t>hidden under the merge</t></is></c></row>' +
          '<row r="2"><c r="A2" t="inlineStr"><is><t>Tên thôn</t></is></c><c r="B2"><v>1</v></c><c r="C2"><v>2</v></c></row>' +
          '<row r="3"><c r="A3"><v>1</v></c><c r="B3"><v>2</v></c></row>' +
          '</sheetData><mergeCells count="3"><mergeCell ref="A1:D1"/><mergeCell ref="B2:C6"/><mergeCell ref="F8:F8"/></mergeCells>',
      ],
      ['Trống', '<sheetData/>'],
      ['Đoàn &amp; Hội', '<sheetData><row r="3"><c r="B3"><v>1</v></c></row></sheetData>'],
    ] as [string, string][],
  };

  test('on hand-written parts: strings, rich text, formulas, errors, dates, merges', async () => {
    const bytes = await buildPackage(crafted);
    const mine = await direct(bytes);
    expect(mine).toEqual(await exceljsSnapshot(bytes));
    // Counted by hand from the parts above.
    const fam = mine['Gia đình'] ?? [];
    expect(fam[0]).toEqual(['Nguyễn Văn An', 'Lê Thị Hoa', 'Dòng 1\r\nDòng 2', 'Hội & đoàn <xã>']);
    expect(fam[1]).toEqual([]);
    expect(fam[2]).toEqual(['Phạm Văn Bình', 'Thôn Đông', 'Trần', 'ập ạ']);
    expect(fam[3]?.slice(0, 5)).toEqual([85, 'Nguyễn & Lê', true, '#N/A', null]);
    expect((fam[3]?.[5] as Date).getDate()).toBe(5);
    expect(fam[4]).toEqual([4, 2]);
    expect(fam[5]).toEqual([6, 3]);
    expect(fam[6]).toEqual(['#DIV/0!', false, true, -0.0015, 0.925, 0.925]);
    expect(fam[7]).toEqual([]);
    const d = fam[8] ?? [];
    expect([d[0], d[1], d[2]].map((x) => (x as Date).toDateString())).toEqual([
      new Date(2026, 11, 5).toDateString(),
      new Date(2026, 11, 5).toDateString(),
      new Date(2025, 11, 9).toDateString(),
    ]);
    expect((d[1] as Date).getHours()).toBe(12);
    expect([d[3], d[4]]).toEqual([12.5, 7]);
    expect([(d[5] as Date).getHours(), (d[5] as Date).getMinutes()]).toEqual([18, 0]);
    expect(fam[9]).toEqual(['  hai khoảng trắng  ']);
    expect(fam.length).toBe(10);
    expect(mine['Thôn']).toEqual([['DANH SÁCH THÔN'], ['Tên thôn', 1], [1], [], [], []]);
    expect(mine['Trống']).toEqual([]);
    expect(mine['Đoàn & Hội']).toEqual([[], [], [null, 1]]);
  });

  test('on the 1904 date system', async () => {
    const bytes = await buildPackage({
      date1904: true,
      cellXfs: [14],
      sheets: [
        [
          'Cấu hình',
          '<sheetData><row r="1"><c r="A1" s="1"><v>44899</v></c><c r="B1"><v>44899</v></c></row></sheetData>',
        ],
      ],
    });
    const mine = await direct(bytes);
    expect(mine).toEqual(await exceljsSnapshot(bytes));
    const date = mine['Cấu hình']?.[0]?.[0] as Date;
    expect([date.getFullYear(), date.getMonth() + 1, date.getDate()]).toEqual([2026, 12, 5]);
    expect(mine['Cấu hình']?.[0]?.[1]).toBe(44899);
  });
});

describe('the direct reader on the 1900 date system', () => {
  // Excel shows serial 59 as 28/02/1900, 60 as the phantom 29/02/1900 and 61 as 01/03/1900.
  test('keeps the phantom 29/02/1900 as the text Excel shows, which no date parser accepts', async () => {
    const bytes = await buildPackage({
      cellXfs: [14],
      sheets: [
        [
          'Cấu hình',
          '<sheetData><row r="1"><c r="A1" s="1"><v>59</v></c><c r="B1" s="1"><v>60</v></c>' +
            '<c r="C1" s="1"><v>61</v></c></row></sheetData>',
        ],
      ],
    });
    const row = (await direct(bytes))['Cấu hình']?.[0] ?? [];
    const ymd = (d: unknown) => [
      (d as Date).getFullYear(),
      (d as Date).getMonth() + 1,
      (d as Date).getDate(),
    ];
    expect(ymd(row[0])).toEqual([1900, 2, 28]);
    expect(row[1]).toBe('29/02/1900');
    expect(ymd(row[2])).toEqual([1900, 3, 1]);
    expect(parseDate(row[1])).toEqual({ ok: false, reason: 'invalid' });
  });
});

describe('the direct reader on what exceljs did not read', () => {
  test('parts whose elements carry a namespace prefix (x:c)', async () => {
    const bytes = await buildPackage({
      prefix: 'x',
      sharedStrings: ['<si><t>Thôn 1</t></si>'],
      sheets: [
        [
          'Thôn',
          '<x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1"><x:v>12</x:v></x:c></x:row>' +
            '<x:row r="2"><x:c r="A2" t="inlineStr"><x:is><x:t>Thôn 2</x:t></x:is></x:c></x:row></x:sheetData>',
        ],
      ],
    });
    expect(await direct(bytes)).toEqual({ Thôn: [['Thôn 1', 12], ['Thôn 2']] });
  });

  test('a shared string index past the end of the table reads as an empty cell (exceljs threw)', async () => {
    const bytes = await buildPackage({
      sharedStrings: ['<si><t>Thôn 1</t></si>'],
      sheets: [
        [
          'Thôn',
          '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>7</v></c></row></sheetData>',
        ],
      ],
    });
    expect(await direct(bytes)).toEqual({ Thôn: [['Thôn 1']] });
  });

  test('rows and cells written without their r attribute follow the one before (exceljs threw)', async () => {
    const bytes = await buildPackage({
      sheets: [
        [
          'Không số hàng',
          '<sheetData><row><c t="inlineStr"><is><t>a</t></is></c><c><v>1</v></c><c r="E1"><v>5</v></c><c><v>6</v></c></row>' +
            '<row><c><v>2</v></c></row></sheetData>',
        ],
      ],
    });
    expect(await direct(bytes)).toEqual({ 'Không số hàng': [['a', 1, null, null, 5, 6], [2]] });
  });

  test('rows cut anywhere between inflated chunks read the same as in one piece', async () => {
    const rows = Array.from(
      { length: 40 },
      (_, i) =>
        `<row r="${i + 1}" spans="1:3"><c r="A${i + 1}" t="inlineStr"><is><t>Hộ ${i} &amp; con</t></is></c><c r="B${i + 1}"><v>${i}</v></c></row>`,
    ).join('');
    const xml = Buffer.from(
      `<?xml version="1.0"?><worksheet xmlns="x"><sheetData>${rows}</sheetData><mergeCells count="1"><mergeCell ref="A40:B40"/></mergeCells></worksheet>`,
    );
    const ctx = { sharedStrings: [], dateStyles: [], date1904: false };
    async function* whole() {
      yield xml;
    }
    const expected = await readSheetRows(whole(), ctx);
    expect(expected[39]).toEqual(['Hộ 39 & con']);
    for (const size of [1, 2, 3, 7, 64, 333]) {
      async function* pieces() {
        for (let at = 0; at < xml.length; at += size) yield xml.subarray(at, at + size);
      }
      expect([size, await readSheetRows(pieces(), ctx)]).toEqual([size, expected]);
    }
  });
});

describe('the direct reader refuses a damaged package as CORRUPT', () => {
  const codeOf = async (bytes: Buffer): Promise<string> => {
    const path = join(dir.path, 'hong.xlsx');
    await writeFile(path, bytes);
    try {
      await readWorkbook(path);
      return 'read';
    } catch (e) {
      if (!(e instanceof XlsxFileError)) throw e;
      return e.cause.code;
    }
  };
  const without = async (part: string): Promise<Buffer> => {
    const zip = await JSZip.loadAsync(await readFile(SAMPLE));
    zip.remove(part);
    return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  };

  test('without its workbook part', async () => {
    expect(await codeOf(await without('xl/workbook.xml'))).toBe('CORRUPT');
  });

  test('without a sheet the workbook lists', async () => {
    expect(await codeOf(await without('xl/worksheets/sheet5.xml'))).toBe('CORRUPT');
  });

  test('without its package relationships', async () => {
    expect(await codeOf(await without('_rels/.rels'))).toBe('CORRUPT');
  });

  test('with damaged compressed data inside a sheet', async () => {
    const bytes = Buffer.from(await readFile(SAMPLE));
    const name = Buffer.from('xl/worksheets/sheet8.xml');
    const at = bytes.indexOf(name) + name.length + 200;
    for (let i = 0; i < 64; i++) bytes[at + i] = 0xff;
    expect(await codeOf(bytes)).toBe('CORRUPT');
  });
});

// Reading .xlsx into the engine's snapshot, and recognising files that are not readable workbooks.
import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { fileText } from '../../src/core/i18n/cli';
import { XlsxFileError } from '../../src/node/xlsx/errors';
import { readWorkbook } from '../../src/node/xlsx/read';
import { SAMPLE, tempDir } from './helpers';

let dir: { path: string; remove: () => Promise<void> };
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(() => dir.remove());

const codeOf = async (path: string): Promise<string> => {
  try {
    await readWorkbook(path);
    return 'read';
  } catch (e) {
    if (!(e instanceof XlsxFileError)) throw e;
    return e.cause.code;
  }
};

describe('readWorkbook', () => {
  test('gives formulas their cached result, rich text and links as plain text, errors as their code', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Gia đình');
    ws.getCell('A1').value = { formula: 'SUM(B1:C1)', result: 85 } as ExcelJS.CellFormulaValue;
    ws.getCell('A2').value = { richText: [{ text: 'Nguyễn ', font: { bold: true } }, { text: 'Văn An' }] };
    ws.getCell('A3').value = { text: 'Minh chứng', hyperlink: 'https://example.org/a' };
    ws.getCell('A4').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
    ws.getCell('A5').value = {
      formula: 'VLOOKUP(1,Z:Z,2,0)',
      result: { error: '#N/A' },
    } as unknown as ExcelJS.CellFormulaValue;
    ws.getCell('C6').value = 'x';
    const path = join(dir.path, 'values.xlsx');
    await wb.xlsx.writeFile(path);
    const sheet = (await readWorkbook(path))['Gia đình'] ?? [];
    expect(sheet.map((r) => r[0] ?? null)).toEqual([85, 'Nguyễn Văn An', 'Minh chứng', '#N/A', '#N/A', null]);
    expect(sheet[5]).toEqual([null, null, 'x']);
  });

  test("puts a merged block's value in its top-left cell only, as Google Sheets does", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Thôn');
    ws.getCell('A1').value = 'DANH SÁCH THÔN';
    ws.mergeCells('A1:D1');
    ws.getCell('A2').value = 'Tên thôn';
    const path = join(dir.path, 'merged.xlsx');
    await wb.xlsx.writeFile(path);
    const sheet = (await readWorkbook(path))['Thôn'] ?? [];
    expect(sheet[0]?.[0]).toBe('DANH SÁCH THÔN');
    expect(sheet[0]?.slice(1).every((v) => v === null || v === undefined)).toBe(true);
    expect(sheet[1]?.[0]).toBe('Tên thôn');
  });

  test('reads a date as the same calendar day in local time, whatever the time zone', async () => {
    const wb = new ExcelJS.Workbook();
    // Excel dates are wall-clock serials; exceljs takes a UTC instant for them.
    wb.addWorksheet('Cấu hình').getCell('B2').value = new Date(Date.UTC(2026, 11, 5));
    const path = join(dir.path, 'date.xlsx');
    await wb.xlsx.writeFile(path);
    const d = (await readWorkbook(path))['Cấu hình']?.[1]?.[1];
    expect(d).toBeInstanceOf(Date);
    const date = d as Date;
    expect([date.getFullYear(), date.getMonth() + 1, date.getDate(), date.getHours()]).toEqual([
      2026, 12, 5, 0,
    ]);
  });

  test('keeps blank rows as empty rows so row numbers match the sheet', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Công dân');
    ws.getCell('A1').value = 'Họ và tên';
    ws.getCell('A4').value = 'Lê Thị Hoa';
    const path = join(dir.path, 'gaps.xlsx');
    await wb.xlsx.writeFile(path);
    const sheet = (await readWorkbook(path))['Công dân'] ?? [];
    expect(sheet.length).toBe(4);
    expect(sheet[3]?.[0]).toBe('Lê Thị Hoa');
  });

  test('reads every sheet of the committed sample commune', async () => {
    const snapshot = await readWorkbook(SAMPLE);
    expect(Object.keys(snapshot)).toEqual(
      expect.arrayContaining(['Cấu hình', 'Thôn', 'Gia đình', 'Dòng họ', 'Đơn vị', 'Công dân']),
    );
    expect(snapshot['Gia đình']?.length).toBe(4001);
  });
});

describe('readWorkbook refuses what is not a readable .xlsx, with a code the command line can explain', () => {
  test('a missing file', async () => {
    expect(await codeOf(join(dir.path, 'khong-co.xlsx'))).toBe('FILE_MISSING');
  });

  test('a folder', async () => {
    expect(await codeOf(dir.path)).toBe('NOT_A_FILE');
  });

  // readFile on a FIFO would wait for a writer for ever; the officer is told it is not a file, not "a folder".
  (process.platform === 'win32' ? test.skip : test)(
    'a named pipe is "not a file", without being opened',
    async () => {
      const fifo = join(dir.path, 'ong-dan.xlsx');
      execFileSync('mkfifo', [fifo]);
      const error = await readWorkbook(fifo).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(XlsxFileError);
      const { code, detail } = (error as XlsxFileError).cause;
      expect([code, detail]).toEqual(['NOT_A_FILE', 'device']);
      expect(fileText.NOT_A_FILE('ong-dan.xlsx', detail)).toBe(
        '"ong-dan.xlsx" không phải là tệp (thiết bị hoặc ống dẫn). Chỉ đúng tệp .xlsx của xã, ví dụ xa-mau.xlsx.',
      );
      expect(fileText.NOT_A_FILE('du-lieu', 'folder')).toBe(
        '"du-lieu" là một thư mục, không phải tệp .xlsx.',
      );
    },
  );

  test('a CSV file, by its extension', async () => {
    const path = join(dir.path, 'danh-sach.csv');
    await writeFile(path, 'Họ tên,Thôn\nLê Văn An,Thôn 1\n');
    expect(await codeOf(path)).toBe('NOT_XLSX');
  });

  test('a text file renamed to .xlsx, by its signature', async () => {
    const path = join(dir.path, 'doi-ten.xlsx');
    await writeFile(path, 'Họ tên,Thôn\n');
    expect(await codeOf(path)).toBe('NOT_XLSX');
  });

  test('an Excel 97–2003 workbook (an OLE container without encryption)', async () => {
    const path = join(dir.path, 'cu.xls');
    await writeFile(
      path,
      Buffer.concat([
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        Buffer.alloc(504),
        Buffer.from('Workbook', 'utf16le'),
      ]),
    );
    expect(await codeOf(path)).toBe('LEGACY_XLS');
  });

  // Built by hand: an encrypted .xlsx is an OLE container whose directory names an "EncryptionInfo" stream.
  test('a password-protected workbook', async () => {
    const path = join(dir.path, 'co-mat-khau.xlsx');
    const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    await writeFile(
      path,
      Buffer.concat([
        header,
        Buffer.alloc(504),
        Buffer.from('EncryptionInfo', 'utf16le'),
        Buffer.from('EncryptedPackage', 'utf16le'),
      ]),
    );
    expect(await codeOf(path)).toBe('ENCRYPTED');
  });

  test('a truncated download', async () => {
    const path = join(dir.path, 'tai-do.xlsx');
    const bytes = await readFile(SAMPLE);
    await writeFile(path, bytes.subarray(0, Math.floor(bytes.length / 3)));
    expect(await codeOf(path)).toBe('CORRUPT');
  });

  test('an empty file', async () => {
    const path = join(dir.path, 'rong.xlsx');
    await writeFile(path, '');
    expect(await codeOf(path)).toBe('CORRUPT');
  });
});

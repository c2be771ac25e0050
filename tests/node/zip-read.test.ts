// The zip layer under the reader and the copy: entries from the central directory, whole, streamed, or only a head.
import JSZip from 'jszip';
import { ZipArchive, ZipError } from '../../src/node/xlsx/zip-read';

/** Text that deflates poorly, so the marker sits far into the compressed bytes. */
const noise = (n: number): string => {
  let x = 12345;
  let s = '';
  while (s.length < n) {
    x = (x * 1103515245 + 12345) % 2147483648;
    s += String.fromCharCode(97 + (x % 26));
  }
  return s;
};

const zipOf = async (files: Record<string, string>, compression: 'STORE' | 'DEFLATE'): Promise<Buffer> => {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: 'nodebuffer', compression });
};

describe('ZipArchive', () => {
  test.each(['STORE', 'DEFLATE'] as const)(
    'reads entries whole, in chunks and up to a marker (%s)',
    async (method) => {
      const head = `<worksheet><sheetViews>${noise(300_000)}</sheetViews>`;
      const text = `${head}<sheetData>${'<row r="1"/>'.repeat(5000)}</sheetData></worksheet>`;
      const zip = new ZipArchive(
        await zipOf({ 'xl/worksheets/sheet1.xml': text, 'a.txt': 'Thôn Đông' }, method),
      );
      expect(zip.text('a.txt')).toBe('Thôn Đông');
      expect(zip.text('xl/worksheets/sheet1.xml')).toBe(text);
      expect(zip.head('xl/worksheets/sheet1.xml', /<sheetData[\s/>]/u)).toBe(head);
      expect(zip.head('a.txt', /<sheetData/u)).toBe('Thôn Đông');
      const chunks: Buffer[] = [];
      for await (const c of zip.chunks('xl/worksheets/sheet1.xml', 4096)) chunks.push(c);
      expect(chunks.length).toBeGreaterThan(10);
      expect(Buffer.concat(chunks).toString('utf8')).toBe(text);
    },
  );

  test('refuses a truncated archive, an encrypted entry and a missing entry', async () => {
    const bytes = await zipOf({ 'a.txt': 'x'.repeat(1000) }, 'DEFLATE');
    expect(() => new ZipArchive(bytes.subarray(0, bytes.length - 30))).toThrow(ZipError);
    const encrypted = Buffer.from(bytes);
    const central = encrypted.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    encrypted[central + 8] = (encrypted[central + 8] ?? 0) | 1;
    expect(() => new ZipArchive(encrypted)).toThrow(/encrypted/u);
    expect(() => new ZipArchive(bytes).text('b.txt')).toThrow(ZipError);
  });
});

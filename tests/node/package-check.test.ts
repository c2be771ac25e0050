// A damaged package (a listed sheet whose part is gone) is a file error before any reader sees it.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { missingSheetParts } from '../../src/node/xlsx/package-check';
import { cli, SAMPLE, tempDir } from './helpers';

const withoutPart = async (part: string): Promise<Buffer> => {
  const zip = await JSZip.loadAsync(await readFile(SAMPLE));
  zip.remove(part);
  return zip.generateAsync({ type: 'nodebuffer' });
};

const partOf = async (sheet: string): Promise<string> => {
  const zip = await JSZip.loadAsync(await readFile(SAMPLE));
  const wb = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const id = new RegExp(`<sheet [^>]*name="${sheet}"[^>]*r:id="([^"]+)"`, 'u').exec(wb)?.[1];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`, 'u').exec(rels)?.[1] ?? '';
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
};

describe('a listed sheet whose part is missing', () => {
  test('an intact workbook lists no missing part', async () => {
    expect(await missingSheetParts(await readFile(SAMPLE))).toEqual([]);
  });

  test('the sheet whose part was removed is named', async () => {
    const bytes = await withoutPart(await partOf('Gia đình'));
    expect(await missingSheetParts(bytes)).toEqual(['Gia đình']);
  });

  test('bytes that are not a zip are left to the reader to name', async () => {
    expect(await missingSheetParts(Buffer.from('not a workbook'))).toEqual([]);
  });

  test.each(['tong-hop', 'kiem-tra'])('%s exits 3 naming the sheet, and writes nothing', async (command) => {
    const dir = await tempDir();
    try {
      const file = join(dir.path, 'hong.xlsx');
      await writeFile(file, await withoutPart(await partOf('Gia đình')));
      const run = await cli([command, file, ...(command === 'tong-hop' ? ['--out', 'ra'] : [])], dir.path);
      expect(run.code).toBe(3);
      expect(run.stderr).toContain('"Gia đình"');
      expect(run.stderr).toContain('bị hỏng');
      expect(run.stdout).toBe('');
    } finally {
      await dir.remove();
    }
  });
});

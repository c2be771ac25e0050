// The owned sheets as an officer reads them in Excel or LibreOffice: long problems wrap instead of being cut at the
// column edge, no value exceeds what a cell holds, and a copy with errors opens on the list of them.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { CELL_TEXT_LIMIT } from '../../src/core/output/builder';
import { buildProblems } from '../../src/core/output/problems';
import type { Issue } from '../../src/core/issues/issue';
import { cli, SAMPLE_WITH_MISTAKES, tempDir } from './helpers';

let dir: Awaited<ReturnType<typeof tempDir>>;
let zip: JSZip;
const part = async (name: string) => (await zip.file(name)?.async('string')) ?? '';

beforeAll(async () => {
  dir = await tempDir();
  const run = await cli(['tong-hop', SAMPLE_WITH_MISTAKES, '--out', 'ra'], dir.path);
  expect(run.code).toBe(1);
  zip = await JSZip.loadAsync(await readFile(join(dir.path, 'ra', 'xa-mau-co-loi-tong-hop.xlsx')));
});
afterAll(() => dir.remove());

const sheetPartOf = async (name: string): Promise<string> => {
  const wb = await part('xl/workbook.xml');
  const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`, 'u').exec(wb)?.[1];
  const rels = await part('xl/_rels/workbook.xml.rels');
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`, 'u').exec(rels)?.[1] ?? '';
  return `xl/${target.replace(/^\/?xl\//u, '')}`;
};

test('a copy with errors opens on "Lỗi dữ liệu"', async () => {
  const wb = await part('xl/workbook.xml');
  const names = [...wb.matchAll(/<sheet [^>]*name="([^"]+)"/gu)].map((m) => m[1]);
  const active = Number(/activeTab="(\d+)"/u.exec(wb)?.[1]);
  expect(names[active]).toBe('Lỗi dữ liệu');
  expect(await part(await sheetPartOf('Lỗi dữ liệu'))).toContain('tabSelected="1"');
  expect(await part(await sheetPartOf('Tổng hợp'))).not.toContain('tabSelected="1"');
});

test('the table of "Lỗi dữ liệu" wraps, top-aligned, problem and fix columns included; its titles do not', async () => {
  const sheet = await part(await sheetPartOf('Lỗi dữ liệu'));
  const styles = await part('xl/styles.xml');
  const xfs = [
    ...(/<cellXfs[^>]*>(.*?)<\/cellXfs>/su.exec(styles)?.[1] ?? '').matchAll(
      /<xf\b[^>]*?(?:\/>|>.*?<\/xf>)/gsu,
    ),
  ].map((m) => m[0]);
  const wraps = (ref: string) => {
    const s = Number(new RegExp(`<c r="${ref}"(?: s="(\\d+)")?`, 'u').exec(sheet)?.[1] ?? 0);
    return /wrapText="1"/u.test(xfs[s] ?? '');
  };
  // A title overflows across the row; a wrapped one would break inside column A.
  expect([wraps('H5'), wraps('I5'), wraps('G5'), wraps('H3'), wraps('A1'), wraps('A2')]).toEqual([
    true,
    true,
    true,
    true,
    false,
    false,
  ]);
});

test('a value longer than a cell holds is cut at the limit with an ellipsis, never past it', () => {
  const huge = 'x'.repeat(100_000);
  const issue: Issue = {
    code: 'NOT_A_NUMBER',
    severity: 'error',
    sheet: 'Gia đình',
    row: 5,
    column: 'F',
    cell: 'F5',
    value: huge,
    message: `Ô F5 có "${huge}"`,
    hint: 'Nhập số.',
    params: { column: 'Tổng điểm', value: huge },
  } as unknown as Issue;
  const table = buildProblems([issue]);
  const texts = table.values.flat().filter((v): v is string => typeof v === 'string');
  expect(Math.max(...texts.map((t) => t.length))).toBe(CELL_TEXT_LIMIT);
  expect(texts.filter((t) => t.length === CELL_TEXT_LIMIT).every((t) => t.endsWith('…'))).toBe(true);
});

test('a row whose problem wraps is as tall as its lines, so it never spills over the rows below', async () => {
  const sheet = await part(await sheetPartOf('Lỗi dữ liệu'));
  const rows = [...sheet.matchAll(/<row r="(\d+)"([^>]*)>/gu)];
  const tall = rows.filter((m) => /customHeight="1"/u.test(m[2] ?? ''));
  expect(tall.length).toBeGreaterThan(0);
  for (const m of tall) {
    const ht = Number(/ht="([\d.]+)"/u.exec(m[2] ?? '')?.[1]);
    expect(ht % 15 === 0 && ht >= 30 && ht <= 409).toBe(true);
  }
});

// The ND 30/2020 header as LibreOffice lays it out: every word of the issuing body's column stays in that column,
// every word of the national name's column in its own, with the gutter between them empty, for the sample's names
// and for long ones the model breaks into lines. One conversion of two one-page documents.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HEADER, MOTTO, NATIONAL_NAME } from '../../src/core/i18n/report';
import { HEADER_NAME_WIDTH_MM, HEADER_TABLE, MARGINS_MM, mmToPt } from '../../src/core/report/layout';
import type { DocModel, HeaderBlock } from '../../src/core/report/model';
import { fitLines } from '../../src/core/report/metrics';
import { renderDocx } from '../../src/node/docx/render';
import { convertToPdf } from '../../src/node/pages/convert';

const doc = (h: HeaderBlock): DocModel => ({
  name: 'x',
  fileStem: 'x',
  sections: [
    { orientation: 'portrait', blocks: [h, { kind: 'title', docType: 'BÁO CÁO', subject: ['Thử'] }] },
  ],
});

const sample: HeaderBlock = {
  kind: 'header',
  parent: ['HỘI KHUYẾN HỌC TỈNH THANH HÓA'],
  body: ['HỘI KHUYẾN HỌC XÃ HÒA AN'],
  number: 'Số: 05/BC-HKH',
  placeDate: 'Hòa An, ngày 05 tháng 12 năm 2026',
};
const long: HeaderBlock = {
  kind: 'header',
  parent: fitLines('ỦY BAN NHÂN DÂN PHƯỜNG NGHI SƠN ĐÔNG', HEADER_NAME_WIDTH_MM, 12),
  body: [
    HEADER.committee,
    ...fitLines('HỘI KHUYẾN HỌC PHƯỜNG NGHI SƠN ĐÔNG', HEADER_NAME_WIDTH_MM, 12, true),
  ],
  number: 'Số: 120/QĐ-UBND',
  placeDate: 'Nghi Sơn Đông, ngày 05 tháng 12 năm 2026',
};

interface Word {
  x0: number;
  x1: number;
  y0: number;
  text: string;
}
let dir: string;
const words: Record<string, Word[]> = {};

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kh-header-'));
  writeFileSync(join(dir, 'sample.docx'), await renderDocx(doc(sample)));
  writeFileSync(join(dir, 'long.docx'), await renderDocx(doc(long)));
  convertToPdf([join(dir, 'sample.docx'), join(dir, 'long.docx')], dir, join(dir, 'profile'));
  for (const k of ['sample', 'long']) {
    const html = execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', join(dir, `${k}.pdf`), '-'], {
      encoding: 'utf8',
    });
    words[k] = [
      ...html.matchAll(/xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</gu),
    ].map((m) => ({ x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), text: m[4] ?? '' }));
  }
}, 150_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Column edges in points from the page's left edge, from the layout facts.
const leftStart = mmToPt(MARGINS_MM.left + HEADER_TABLE.indentMm);
const leftEnd = leftStart + mmToPt(HEADER_TABLE.leftMm);
const rightStart = leftEnd + mmToPt(HEADER_TABLE.gutterMm);
const rightEnd = rightStart + mmToPt(HEADER_TABLE.rightMm);
const SLACK = 0.5;

const joinLines = (ws: Word[]): string =>
  [...ws]
    .sort((a, b) => a.y0 - b.y0 || a.x0 - b.x0)
    .map((w) => w.text)
    .join(' ');

test.each([
  ['sample', sample],
  ['long', long],
])('%s names: each header word lies in its own column and the columns read as written', (key, h) => {
  const all = words[key] ?? [];
  const title = all.find((w) => w.text === 'BÁO');
  if (!title) throw new Error('title not found');
  const head = all.filter((w) => w.y0 < title.y0 && !/^_+$/u.test(w.text));
  const left = head.filter((w) => w.x1 <= leftEnd + SLACK);
  const right = head.filter((w) => w.x0 >= rightStart - SLACK);
  // Nothing in the gutter or across it, nothing outside the table.
  expect(head.filter((w) => !left.includes(w) && !right.includes(w))).toEqual([]);
  for (const w of left) expect(w.x0).toBeGreaterThanOrEqual(leftStart - SLACK);
  for (const w of right) expect(w.x1).toBeLessThanOrEqual(rightEnd + SLACK);
  expect(joinLines(left)).toBe([...h.parent, ...h.body, h.number].join(' '));
  expect(joinLines(right)).toBe([NATIONAL_NAME, MOTTO, h.placeDate].join(' '));
  // The widest left line and the national name are at least the gutter apart.
  const gap = Math.min(...right.map((w) => w.x0)) - Math.max(...left.map((w) => w.x1));
  expect(gap).toBeGreaterThanOrEqual(mmToPt(HEADER_TABLE.gutterMm) - SLACK);
});

test('long names are broken between words into lines of the left column', () => {
  expect(long.parent).toEqual(['ỦY BAN NHÂN DÂN', 'PHƯỜNG NGHI SƠN ĐÔNG']);
  expect(long.body).toEqual(['ỦY BAN NHÂN DÂN', 'HỘI KHUYẾN HỌC', 'PHƯỜNG NGHI SƠN ĐÔNG']);
  expect(sample.parent).toEqual(fitLines(sample.parent[0] ?? '', HEADER_NAME_WIDTH_MM, 12));
});

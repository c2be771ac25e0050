// The .docx opened by a real word processor: LibreOffice converts it to PDF, and the text of page 1 and the page
// count prove the file is well-formed and laid out as intended. Few conversions: each takes seconds.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildAnnualReport, buildChartModel, buildDecisions } from '../../src/core/report';
import { chartPng } from '../../src/node/chart/png';
import { renderDocx } from '../../src/node/docx/render';
import { convertToPdf } from '../../src/node/pages/convert';
import { configOf, smallResult, withConfig } from './fixtures/commune';

const r = smallResult();
let dir: string;
const pdfs: Record<string, string> = {};

const text = (pdf: string, first: number, last: number): string =>
  execFileSync('pdftotext', ['-layout', '-f', String(first), '-l', String(last), pdf, '-'], {
    encoding: 'utf8',
  });
const pages = (pdf: string): number =>
  Number(/Pages:\s+(\d+)/u.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))?.[1]);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'kh-report-'));
  const decision = buildDecisions(withConfig(r, { oneDecision: false }))[0];
  if (!decision) throw new Error('no decision');
  writeFileSync(
    join(dir, 'report.docx'),
    await renderDocx(buildAnnualReport(r), { chart: chartPng(buildChartModel(r)) }),
  );
  writeFileSync(join(dir, 'decision.docx'), await renderDocx(decision));
  convertToPdf([join(dir, 'report.docx'), join(dir, 'decision.docx')], dir, join(dir, 'profile'));
  for (const f of readdirSync(dir)) if (f.endsWith('.pdf')) pdfs[f.replace(/\.pdf$/u, '')] = join(dir, f);
}, 150_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('the report converts and page 1 reads header, title and the first results in order', () => {
  const pdf = pdfs.report;
  if (!pdf) throw new Error('LibreOffice produced no PDF for the report');
  const page1 = text(pdf, 1, 1).replace(/\s+/gu, ' ');
  // The two header columns share lines in the PDF, so only their presence is checked; the rest reads in order.
  for (const s of [
    'HỘI KHUYẾN HỌC XÃ',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    'Số: 05/BC-HKH',
    `${configOf(r).commune}, ngày 05 tháng 12 năm 2026`,
  ]) {
    expect(page1).toContain(s);
  }
  const order = [
    'Số: 05/BC-HKH',
    'BÁO CÁO',
    'Kết quả xây dựng các mô hình học tập năm 2026',
    'I. KẾT QUẢ THỰC HIỆN',
    'Gia đình học tập: toàn xã có',
  ];
  let at = -1;
  for (const s of order) {
    const next = page1.indexOf(s, at + 1);
    expect({ s, found: next > at }).toEqual({ s, found: true });
    at = next;
  }
  // No number on page 1; the number 2 heads page 2.
  expect(text(pdf, 1, 1).trimStart()).toMatch(/^HỘI KHUYẾN HỌC/u);
  expect(text(pdf, 2, 2).trimStart().split(/\s/u)[0]).toBe('2');
  expect(pages(pdf)).toBeGreaterThanOrEqual(3);
  expect(pages(pdf)).toBeLessThanOrEqual(5);
});

test('the decision converts: QUYẾT ĐỊNH on page 1, then its annex list of families', () => {
  const pdf = pdfs.decision;
  if (!pdf) throw new Error('LibreOffice produced no PDF for the decision');
  const page1 = text(pdf, 1, 1).replace(/\s+/gu, ' ');
  expect(page1).toContain('QUYẾT ĐỊNH Về việc công nhận danh hiệu "Gia đình học tập" năm 2026');
  expect(page1).toContain('Điều 1. Công nhận');
  const rest = text(pdf, 2, pages(pdf)).replace(/\s+/gu, ' ');
  expect(rest).toContain('DANH SÁCH Hộ gia đình đạt danh hiệu "Gia đình học tập" năm 2026');
  expect(pages(pdf)).toBeGreaterThanOrEqual(3);
  expect(pages(pdf)).toBeLessThanOrEqual(6);
});

// chi-tieu on files: a written plan as .txt and .docx, --json, and --vao writing a copy the engine then reads.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { readTargets } from '../../src/core/targets/read';
import { IssueLog } from '../../src/core/issues/make';
import { runCli } from '../../src/node/cli/run';
import { readWorkbook } from '../../src/node/xlsx/read';
import { targetKey, writtenCases } from './expected';

const SAMPLE = join(__dirname, '../../sheets-templates/xa-mau.xlsx');
const plan = writtenCases().find((c) => c.name === 'phuong-nam-2027.txt');
if (!plan) throw new Error('fixture missing');

const run = async (argv: string[], cwd: string) => {
  let out = '';
  let err = '';
  const code = await runCli(argv, { stdout: (t) => void (out += t), stderr: (t) => void (err += t), cwd });
  return { code, out, err };
};

const docxOf = async (text: string): Promise<Buffer> => {
  const esc = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;');
  const body = text
    .split('\n')
    .map((l) => `<w:p><w:r><w:t xml:space="preserve">${esc(l)}</w:t></w:r></w:p>`)
    .join('');
  const zip = new JSZip();
  zip.file(
    'word/document.xml',
    `<?xml version="1.0"?><w:document xmlns:w="x"><w:body>${body}</w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer' });
};

test('chi-tieu --json prints one object per target with code, comparison, percent, year, scope and line', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chi-tieu-'));
  writeFileSync(join(dir, 'ke-hoach.txt'), plan.text);
  const { code, out } = await run(['chi-tieu', 'ke-hoach.txt', '--json'], dir);
  expect(code).toBe(0);
  const got = JSON.parse(out) as { line: number; source: string }[];
  expect(got.map((t) => targetKey(t as never)).sort()).toEqual(
    plan.expected.targets.map((t) => targetKey(t)).sort(),
  );
  expect(got[0]?.source).toContain('45%');
});

test('chi-tieu reads a .docx the same as its text, and prints each target with its sentence', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chi-tieu-'));
  writeFileSync(join(dir, 'ke-hoach.docx'), await docxOf(plan.text));
  const { code, out } = await run(['chi-tieu', 'ke-hoach.docx'], dir);
  expect(code).toBe(0);
  expect(out).toContain('Tìm thấy 6 chỉ tiêu.');
  expect(out).toContain('Công dân học tập (% công dân) | > 45% | năm 2027 | Toàn xã');
  expect(out).toContain('dòng 11: “Có trên 45% công dân');
});

test('chi-tieu --vao writes a copy with the rows under the officer’s, and the engine reads them', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chi-tieu-'));
  writeFileSync(join(dir, 'ke-hoach.txt'), plan.text);
  const before = readFileSync(SAMPLE);
  const { code, err } = await run(['chi-tieu', 'ke-hoach.txt', '--vao', SAMPLE, '--out', dir], dir);
  expect(code).toBe(0);
  expect(readFileSync(SAMPLE).equals(before)).toBe(true);
  expect(err).toContain('Đã thêm 6 dòng');
  const copy = await readWorkbook(join(dir, 'xa-mau-chi-tieu.xlsx'));
  const original = await readWorkbook(SAMPLE);
  const rows = readTargets(copy, new IssueLog());
  const old = readTargets(original, new IssueLog());
  expect(rows.slice(0, old.length)).toEqual(old);
  const added = rows
    .slice(old.length)
    .map(
      (r) =>
        `${r.target.indicator} ${r.target.comparison} ${r.target.percent} ${r.target.year} ${r.target.scope}`,
    );
  expect(added).toEqual(
    plan.expected.targets.map((t) => `${t.indicator} ${t.comparison} ${t.percent} ${t.year} ${t.scope}`),
  );
  const config = copy['Cấu hình'] ?? [];
  expect(config.find((r) => r[0] === 'Bộ chỉ tiêu')?.[1]).toBe('Theo trang Chỉ tiêu');
  // Run twice: the rows are already there, nothing is added again.
  const again = await run(
    ['chi-tieu', 'ke-hoach.txt', '--vao', join(dir, 'xa-mau-chi-tieu.xlsx'), '--out', join(dir, 'b')],
    dir,
  );
  expect(again.err).toContain('Không thêm dòng nào');
});

test('chi-tieu refuses a missing plan and a PDF with a Vietnamese message', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chi-tieu-'));
  expect((await run(['chi-tieu', 'khong-co.txt'], dir)).err).toContain('Không tìm thấy tệp kế hoạch');
  writeFileSync(join(dir, 'a.pdf'), 'x');
  const pdf = await run(['chi-tieu', 'a.pdf'], dir);
  expect(pdf.code).toBe(3);
  expect(pdf.err).toContain('lưu thành .docx');
  expect(existsSync(join(dir, 'out'))).toBe(false);
});

test('chi-tieu refuses a pipe named like a plan without waiting on it, and says it is not a file', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'chi-tieu-'));
  execFileSync('mkfifo', [join(dir, 'ke-hoach.txt')]);
  const { code, out, err } = await run(['chi-tieu', 'ke-hoach.txt'], dir);
  expect(code).not.toBe(0);
  expect(out).toBe('');
  expect(err).toContain('"ke-hoach.txt" không phải là tệp (thư mục, thiết bị hoặc ống dẫn).');
});

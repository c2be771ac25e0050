// kiem-tra marks each line Lỗi / Cảnh báo, and --ra writes the whole list as a "Lỗi dữ liệu" sheet; tong-hop's
// hint names the file that really holds the list; the blank template's targets message names no empty year.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { cli, EMPTY_TEMPLATE, openXlsx, SAMPLE_WITH_MISTAKES, tempDir } from './helpers';

let dir: { path: string; remove: () => Promise<void> };
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(async () => {
  await dir.remove();
});

const issueLines = (stdout: string) => stdout.split('\n').filter((l) => /^ {2}\[/u.test(l));

test('kiem-tra marks every line Lỗi or Cảnh báo, errors first, and says how to get the rest', async () => {
  const run = await cli(['kiem-tra', SAMPLE_WITH_MISTAKES], dir.path);
  expect(run.code).toBe(1);
  const shown = issueLines(run.stdout);
  expect(shown.length).toBe(40);
  expect(shown.every((l) => /^ {2}\[(Lỗi|Cảnh báo)\] Trang "/u.test(l))).toBe(true);
  const firstWarning = shown.findIndex((l) => l.startsWith('  [Cảnh báo]'));
  const lastError = shown.map((l) => l.startsWith('  [Lỗi]')).lastIndexOf(true);
  expect(firstWarning === -1 || lastError < firstWarning).toBe(true);
  expect(run.stdout).toMatch(
    /… và \d+ vấn đề khác\. Ghi cả danh sách vào tệp: .*kiem-tra ".*" --ra loi-du-lieu\.xlsx/u,
  );
});

test('kiem-tra --ra writes the whole list into a copy that opens on "Lỗi dữ liệu"', async () => {
  const out = join(dir.path, 'loi.xlsx');
  const run = await cli(['kiem-tra', SAMPLE_WITH_MISTAKES, '--ra', out], dir.path);
  expect(run.code).toBe(1);
  const total = Number(
    /Dữ liệu: (\d+) lỗi, (\d+) cảnh báo/u
      .exec(run.stdout)
      ?.slice(1)
      .reduce((s, n) => s + Number(n), 0),
  );
  expect(run.stdout).toContain(`Đã ghi danh sách đầy đủ (${total} dòng)`);
  const wb = await openXlsx(out);
  const ws = wb.getWorksheet('Lỗi dữ liệu');
  expect(ws).toBeDefined();
  // The copy opens on the list.
  expect(wb.worksheets[wb.views[0]?.activeTab ?? -1]?.name).toBe('Lỗi dữ liệu');
  const levels: unknown[] = [];
  ws?.eachRow((row) => {
    const v = row.getCell(2).value;
    if (v === 'Lỗi' || v === 'Cảnh báo') levels.push(v);
  });
  expect(levels.length).toBe(total);
  expect(levels).toContain('Lỗi');
});

test('kiem-tra --ra refuses a name that is not .xlsx', async () => {
  const run = await cli(['kiem-tra', SAMPLE_WITH_MISTAKES, '--ra', 'loi.txt'], dir.path);
  expect(run.code).toBe(2);
  expect(run.stderr).toContain('--ra cần tên tệp .xlsx');
  expect(existsSync(join(dir.path, 'loi.txt'))).toBe(false);
});

test('tong-hop points to the "Lỗi dữ liệu" sheet of the copy it wrote', async () => {
  const run = await cli(['tong-hop', SAMPLE_WITH_MISTAKES, '--out', 'ra'], dir.path);
  expect(run.code).toBe(1);
  expect(run.stdout).toContain(
    'danh sách đầy đủ ở trang "Lỗi dữ liệu" của tệp ra/xa-mau-co-loi-tong-hop.xlsx',
  );
  expect(run.stdout).not.toContain('chạy lệnh kiem-tra');
});

test('the blank template never says "Không có chỉ tiêu nào cho năm ."', async () => {
  const run = await cli(['kiem-tra', EMPTY_TEMPLATE], dir.path);
  expect(run.stdout).not.toMatch(/cho năm \./u);
  expect(run.stdout).toContain('Chưa có chỉ tiêu nào để so sánh, và trang "Cấu hình" chưa ghi năm đánh giá.');
});

// "Lịch sử" on real .xlsx files: tong-hop records its year in the copy, lich-su --them adds older years (from an
// older workbook's "Số liệu gửi tỉnh", or by scoring it again), and a re-run replaces its own year only. The
// fixture 01-mau-chuan counts 14 of 30 households recognised (its expected JSON, counted by hand); the year does
// not enter the household count, so its copy dated 2025 counts 14 of 30 too.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readHistorySheet } from '../../src/core/history/sheet';
import type { SummaryRow } from '../../src/core/summary/schema';
import { buildSummarySheet } from '../../src/core/summary/table';
import { runCli } from '../../src/node/cli/run';
import { copyWithCellWrites } from '../../src/node/xlsx/cell-edits';
import { readWorkbook, readXlsxBytes } from '../../src/node/xlsx/read';
import { writeCopyWithOwnedSheets } from '../../src/node/xlsx/write';
import { writeReports } from '../../src/node/docx/write';
import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { xmlProblems } from './xml-check';
import { summaryRow } from '../helpers/summary-row';

const FIXTURE = join(__dirname, '../fixtures/corpus/01-mau-chuan.xlsx');
let dir = '';

const handRow = (indicator: SummaryRow['indicator'], numerator: number, denominator: number): SummaryRow =>
  summaryRow({
    commune: 'Hòa Bình',
    year: 2024,
    indicator,
    numerator,
    denominator,
    criteriaSet: 'Bộ tiêu chí mẫu',
    criteriaSample: true,
    generatedAt: '2024-12-01T00:00:00.000Z',
  });

const cli = async (argv: string[]) => {
  let stdout = '';
  let stderr = '';
  const exit = await runCli(
    argv,
    { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd: dir },
    { writeReports: async () => [], now: () => new Date('2026-12-02T08:30:00.000Z') },
  );
  return { exit, stdout, stderr };
};

const historyOf = async (file: string) => {
  const read = readHistorySheet((await readWorkbook(join(dir, file)))['Lịch sử']);
  if (read.kind !== 'ok') throw new Error(`history not read: ${read.kind}`);
  return read.rows;
};
const yearsOf = (rows: SummaryRow[]) => rows.map((r) => r.year);
const family = (rows: SummaryRow[], year: number) =>
  rows.filter((r) => r.year === year && r.indicator === 'family' && r.level === 'commune');

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'khuyenhoc-history-'));
  // 2024 as the commune sent it: 6 of 30 households, 1 of 4 clans (hand-written rows in its summary sheet).
  await writeCopyWithOwnedSheets(FIXTURE, join(dir, 'so-2024.xlsx'), [
    buildSummarySheet([handRow('family', 6, 30), handRow('clan', 1, 4)]),
  ]);
  // 2025 without a summary sheet: the same registers dated 2025 ("Năm đánh giá" is B5 of "Cấu hình").
  await writeFile(
    join(dir, 'so-2025.xlsx'),
    await copyWithCellWrites(await readXlsxBytes(FIXTURE), [
      { sheet: 'Cấu hình', row: 5, col: 2, values: [[2025]] },
    ]),
  );
}, 60_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

test('tong-hop records its year in "Lịch sử": one row per indicator and village, as "Số liệu gửi tỉnh"', async () => {
  const run = await cli(['tong-hop', FIXTURE, '--out', dir]);
  expect(run.exit).toBe(0);
  const rows = await historyOf('01-mau-chuan-tong-hop.xlsx');
  // 10 commune indicators and 5 per village for the 3 villages.
  expect(rows).toHaveLength(25);
  expect(new Set(yearsOf(rows))).toEqual(new Set([2026]));
  expect(family(rows, 2026).map((r) => [r.numerator, r.denominator])).toEqual([[14, 30]]);
  expect(run.stdout).toContain('Tiến độ so với chỉ tiêu (mới có số liệu năm 2026):');
  // 90% of 30 = 27; 27 − 14 = 13 over 2028 − 2026 = 2 years: 6.5, so about 7.
  expect(run.stdout).toContain(
    'cần thêm khoảng 7 hộ mỗi năm để đạt 90% năm 2028 (mới có số liệu một năm, chưa so được với lộ trình)',
  );
}, 60_000);

test('lich-su --them adds 2024 from its summary sheet and 2025 by scoring it, then tong-hop replaces 2026 only', async () => {
  const a = await cli(['lich-su', '--them', 'so-2024.xlsx', '01-mau-chuan-tong-hop.xlsx', '--out', dir]);
  expect(a).toMatchObject({ exit: 0 });
  expect(a.stdout).toContain('Đã thêm năm 2024 (2 dòng) từ trang "Số liệu gửi tỉnh" của "so-2024.xlsx".');
  expect(a.stdout).toContain('Trang "Lịch sử" có các năm: 2024, 2026.');
  const b = await cli([
    'lich-su',
    '--them',
    'so-2025.xlsx',
    '01-mau-chuan-tong-hop-lich-su.xlsx',
    '--out',
    dir,
  ]);
  expect(b.exit).toBe(0);
  expect(b.stdout).toContain('chấm điểm lại từ "so-2025.xlsx"');
  const three = await historyOf('01-mau-chuan-tong-hop-lich-su-lich-su.xlsx');
  expect([...new Set(yearsOf(three))]).toEqual([2024, 2025, 2026]);
  expect(family(three, 2025).map((r) => [r.numerator, r.denominator])).toEqual([[14, 30]]);

  const again = await cli(['tong-hop', '01-mau-chuan-tong-hop-lich-su-lich-su.xlsx', '--out', dir]);
  expect(again.exit).toBe(0);
  const rows = await historyOf('01-mau-chuan-tong-hop-lich-su-lich-su-tong-hop.xlsx');
  expect(rows.filter((r) => r.year === 2026)).toHaveLength(25);
  expect(rows.filter((r) => r.year === 2024)).toEqual([handRow('family', 6, 30), handRow('clan', 1, 4)]);
  expect(yearsOf(rows)).toEqual([...yearsOf(rows)].sort((x, y) => x - y));
  // Baseline 6/30 = 20% in 2024. 2028: path at 2026 = 20 + (90 − 20)·2/4 = 55%, and 14/30 = 46.7% is below it.
  // 2030 ("toàn xã"): path 20 + 70·2/6 = 43.3%, above which 46.7% is; 13 more over 4 years is 3.25, so 4.
  expect(again.stdout).toContain('Tiến độ so với chỉ tiêu (số liệu 2024–2026, năm gốc 2024):');
  expect(again.stdout).toContain('Gia đình học tập (% hộ): 2024: 20%; 2025: 46,7%; 2026: 46,7%');
  expect(again.stdout).toContain(
    'chậm so với lộ trình (lộ trình năm 2026: 55%); cần thêm khoảng 7 hộ mỗi năm để đạt 90% năm 2028',
  );
  expect(again.stdout).toContain(
    'đúng lộ trình (lộ trình năm 2026: 43,3%); cần thêm khoảng 4 hộ mỗi năm để đạt 90% năm 2030',
  );
}, 120_000);

test('lich-su refuses the same year, another commune, and names a damaged history cell', async () => {
  const same = await cli(['lich-su', '--them', FIXTURE, '01-mau-chuan-tong-hop.xlsx', '--out', dir]);
  expect(same.exit).toBe(1);
  expect(same.stderr).toContain('là năm 2026, trùng năm đánh giá của sổ');

  await writeCopyWithOwnedSheets(FIXTURE, join(dir, 'xa-khac.xlsx'), [
    buildSummarySheet([{ ...handRow('family', 6, 30), commune: 'Quảng Trạch' }]),
  ]);
  const other = await cli(['lich-su', '--them', 'xa-khac.xlsx', '01-mau-chuan-tong-hop.xlsx', '--out', dir]);
  expect(other.exit).toBe(1);
  expect(other.stderr).toContain('"xa-khac.xlsx" là số liệu của xã Quảng Trạch, không phải xã Hòa Bình.');

  // "Tử số" (J) of the history's first row made unreadable: tong-hop leaves the sheet as it was and says where.
  await writeFile(
    join(dir, 'lich-su-hong.xlsx'),
    await copyWithCellWrites(await readXlsxBytes(join(dir, '01-mau-chuan-tong-hop.xlsx')), [
      { sheet: 'Lịch sử', row: 2, col: 10, values: [['mười bốn']] },
    ]),
  );
  const damaged = await cli(['tong-hop', 'lich-su-hong.xlsx', '--out', dir]);
  expect(damaged.exit).toBe(0);
  expect(damaged.stdout).toContain(
    'Trang "Lịch sử" được giữ nguyên, chưa ghi năm nay: ô J2 (cột "Tử số") không đọc được.',
  );
  const kept = (await readWorkbook(join(dir, 'lich-su-hong-tong-hop.xlsx')))['Lịch sử'];
  expect(kept?.[1]?.[9]).toBe('mười bốn');
}, 120_000);

test('the report written by tong-hop carries the progress section and its chart as a second picture', async () => {
  const out = join(dir, 'bao-cao');
  const exit = await runCli(
    ['tong-hop', '01-mau-chuan-tong-hop-lich-su-lich-su.xlsx', '--out', out],
    { stdout: () => {}, stderr: () => {}, cwd: dir },
    { writeReports: (r, o, extra) => writeReports(r, o, extra) },
  );
  expect(exit).toBe(0);
  const zip = await JSZip.loadAsync(await readFile(join(out, 'bao-cao-2026-hoa-binh.docx')));
  const media = Object.keys(zip.files).filter((f) => f.startsWith('word/media/') && f.endsWith('.png'));
  expect(media).toHaveLength(2);
  const body = (await zip.file('word/document.xml')?.async('string')) ?? '';
  expect(body).toContain('6. Tiến độ thực hiện chỉ tiêu của kế hoạch');
  expect(body).toContain('lộ trình năm 2026: 55%');
}, 120_000);

test('"Tổng hợp" of the copy gains the progress rows and a line chart drawn from them, beside the column chart', async () => {
  const file = join(dir, '01-mau-chuan-tong-hop-lich-su-lich-su-tong-hop.xlsx');
  const sheet = (await readWorkbook(file))['Tổng hợp'] ?? [];
  const header = sheet.findIndex((r) => r[0] === 'Chỉ số (%)');
  expect(header).toBeGreaterThan(0);
  // 2024 (baseline) to 2030 (the last target year) across the columns after the label.
  expect(sheet[header]?.slice(1, 8)).toEqual([2024, 2025, 2026, 2027, 2028, 2029, 2030]);
  // 6/30 = 20%, 14/30 = 46.7% in 2025 and 2026; targets 90% in 2028 and 2030: fractions under a percent format.
  expect(sheet[header + 1]?.slice(0, 4)).toEqual(['Gia đình học tập (% hộ)', 0.2, 0.467, 0.467]);
  expect(sheet[header + 2]?.slice(0, 8)).toEqual(['Chỉ tiêu GĐHT', null, null, null, null, 0.9, null, 0.9]);
  const zip = await JSZip.loadAsync(await readFile(file));
  const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/u.test(f));
  expect(charts).toHaveLength(2);
  const xmls = await Promise.all(charts.map(async (c) => (await zip.file(c)?.async('string')) ?? ''));
  const line = xmls.find((x) => x.includes('<c:lineChart>')) ?? '';
  expect(xmls.some((x) => x.includes('<c:barChart>'))).toBe(true);
  for (const x of xmls) expect(xmlProblems(x)).toEqual([]);
  const row = header + 2;
  expect(line).toContain(`'Tổng hợp'!$B$${row}:$H$${row}`);
  expect(line).toContain('<c:symbol val="diamond"/>');
  const drawing = Object.keys(zip.files).find((f) => /^xl\/drawings\/drawing\d+\.xml$/u.test(f)) ?? '';
  expect((await zip.file(drawing)?.async('string'))?.match(/<xdr:twoCellAnchor/gu)).toHaveLength(2);
}, 60_000);

// The command line's copy carries "Số liệu gửi tỉnh", which the province reads back; figures from the corpus
// fixture 01-mau-chuan, whose counts are written out by hand in its expected JSON.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readSummarySheet } from '../../src/core/summary/cells';
import type { SummaryRow } from '../../src/core/summary/schema';
import { runCli } from '../../src/node/cli/run';
import { copyWithCellWrites } from '../../src/node/xlsx/cell-edits';
import { readWorkbook, readXlsxBytes } from '../../src/node/xlsx/read';

const FIXTURE = join(__dirname, '../fixtures/corpus/01-mau-chuan.xlsx');
let rows: SummaryRow[] = [];
let out = '';

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'khuyenhoc-summary-'));
  const exit = await runCli(
    ['tong-hop', FIXTURE, '--out', out],
    { stdout: () => {}, stderr: () => {}, cwd: out },
    { writeReports: async () => [], now: () => new Date('2026-12-02T08:30:00.000Z') },
  );
  expect(exit).toBe(0);
  const copy = await readWorkbook(join(out, '01-mau-chuan-tong-hop.xlsx'));
  const sheet = copy['Số liệu gửi tỉnh'];
  expect(sheet).toBeDefined();
  const read = readSummarySheet(sheet ?? []);
  if (read.kind !== 'ok') throw new Error(`summary not read: ${read.kind}`);
  rows = read.rows;
}, 60_000);
afterAll(() => rm(out, { recursive: true, force: true }));

const at = (indicator: string, village = '') =>
  rows.find((r) => r.indicator === indicator && r.village === village);

test('one row per indicator for the commune and five per village', () => {
  // 10 commune-level indicators, and family, clan, adults, workers, all citizens for each of the 3 villages.
  expect(rows).toHaveLength(10 + 3 * 5);
  expect(new Set(rows.map((r) => r.generatedAt))).toEqual(new Set(['2026-12-02T08:30:00.000Z']));
});

test('the commune and village figures are the hand-counted ones', () => {
  expect([at('family')?.numerator, at('family')?.denominator]).toEqual([14, 30]);
  expect([at('clan')?.numerator, at('clan')?.denominator]).toEqual([2, 4]);
  expect([at('community')?.numerator, at('community')?.denominator]).toEqual([1, 3]);
  expect([at('unit')?.numerator, at('unit')?.denominator]).toEqual([1, 2]);
  expect([at('citizenAdults')?.numerator, at('citizenAdults')?.denominator]).toEqual([7, 75]);
  expect([at('citizenWorkers')?.numerator, at('citizenWorkers')?.denominator]).toEqual([7, 47]);
  expect([at('citizenOfficials')?.numerator, at('citizenOfficials')?.denominator]).toEqual([1, 35]);
  expect([at('family', 'Thôn 1')?.numerator, at('family', 'Thôn 1')?.denominator]).toEqual([5, 12]);
  expect([at('family', 'Thôn 3')?.level, at('clan', 'Thôn 3')?.numerator]).toEqual(['village', 0]);
});

test('a figure with no recorded input is blank, not zero', () => {
  // No "Kỹ năng số" is recorded in the fixture.
  expect([at('citizenDigital')?.numerator, at('citizenDigital')?.denominator]).toEqual([null, null]);
});

test("a re-run whose configuration became unusable leaves the header only, not last run's figures", async () => {
  // The officer runs again on the copy after blanking "Tên xã/phường" (B2 of "Cấu hình"): no commune, no rows.
  const blanked = join(out, 'xa-khong-ten.xlsx');
  const copy = await readXlsxBytes(join(out, '01-mau-chuan-tong-hop.xlsx'));
  await writeFile(
    blanked,
    await copyWithCellWrites(copy, [{ sheet: 'Cấu hình', row: 2, col: 2, values: [['']] }]),
  );
  await runCli(
    ['tong-hop', blanked, '--out', out],
    { stdout: () => {}, stderr: () => {}, cwd: out },
    { writeReports: async () => [] },
  );
  const again = await readWorkbook(join(out, 'xa-khong-ten-tong-hop.xlsx'));
  expect(readSummarySheet(again['Số liệu gửi tỉnh'] ?? [])).toEqual({ kind: 'ok', rows: [] });
}, 60_000);

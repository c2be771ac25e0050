// The committed workbooks carry the documents' basis rows in "Cấu hình": filled in the sample, empty in the blank
// template, and after the rows that were there before (so rows other branches add merge cleanly above them).
import { readWorkbook } from '../../src/node/xlsx/read';
import { EMPTY_TEMPLATE, SAMPLE } from './helpers';

const BASIS_LABELS = [
  'Số kế hoạch của xã',
  'Ngày kế hoạch của xã',
  'Trích yếu kế hoạch của xã',
  'Cơ quan ban hành kế hoạch của xã',
  'Số hướng dẫn của tỉnh',
  'Ngày hướng dẫn của tỉnh',
  'Trích yếu hướng dẫn của tỉnh',
  'Cơ quan ban hành hướng dẫn của tỉnh',
];

const configRows = async (path: string) => {
  const book = await readWorkbook(path);
  return book['Cấu hình'] ?? [];
};
const label = (v: unknown) => String(v ?? '').replace(/\s*\*$/u, '');

test('the sample fills the plan and guidance rows so its documents cite them', async () => {
  const rows = await configRows(SAMPLE);
  const value = (l: string) => rows.find((r) => label(r[0]) === l)?.[1];
  expect(value('Số kế hoạch của xã')).toBe('45/KH-UBND');
  expect(value('Ngày kế hoạch của xã')).toBeInstanceOf(Date);
  expect(value('Cơ quan ban hành kế hoạch của xã')).toBe('UBND xã Hòa An');
  expect(value('Số hướng dẫn của tỉnh')).toBe('12/HD-HKH');
  expect(value('Cơ quan ban hành hướng dẫn của tỉnh')).toBe('Hội Khuyến học tỉnh Thanh Hóa');
});

test('the blank template has the same rows, empty, after "Hạn gửi báo cáo"', async () => {
  const rows = await configRows(EMPTY_TEMPLATE);
  const labels = rows.map((r) => label(r[0]));
  const deadline = labels.indexOf('Hạn gửi báo cáo');
  expect(deadline).toBeGreaterThan(0);
  expect(labels.slice(deadline + 1, deadline + 1 + BASIS_LABELS.length)).toEqual(BASIS_LABELS);
  for (const l of BASIS_LABELS) expect(rows.find((r) => label(r[0]) === l)?.[1] ?? '').toBe('');
});

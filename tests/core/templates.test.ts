// The blank workbook's template model (src/core/templates): notes that speak of each sheet's own title, the
// criteria in use spelled out on "Bộ tiêu chí", and header rows as tall as their wrapped headers.
import { readCriteria } from '../../src/core/criteria/read';
import { defaultCriteriaSets } from '../../src/core/criteria/sets';
import { runEngine } from '../../src/core/engine';
import { IssueLog } from '../../src/core/issues/make';
import { sheetTemplates, type SheetTemplate } from '../../src/core/templates/model';
import type { CellValue } from '../../src/core/snapshot';
import { makeWorkbook } from './helpers/workbook';

const templates = sheetTemplates();
const template = (name: string): SheetTemplate => {
  const t = templates.find((x) => x.name === name);
  if (!t) throw new Error(`no template ${name}`);
  return t;
};
const noteOf = (name: string, header: string): string | null => {
  const t = template(name);
  return t.headerNotes[(t.values[0] ?? []).indexOf(header)] ?? null;
};

test('"Tổng điểm" speaks of congdanhoctap.vn on Công dân only; the other sheets name their own record', () => {
  expect(noteOf('Công dân', 'Tổng điểm')).toBe(
    'Tổng điểm, chỉ nhập khi không có điểm từng tiêu chí (ví dụ công dân tự đánh giá trên congdanhoctap.vn).',
  );
  for (const sheet of ['Gia đình', 'Dòng họ', 'Đơn vị', 'Thôn']) {
    const note = noteOf(sheet, 'Tổng điểm') ?? '';
    expect([sheet, /công dân|congdanhoctap/u.test(note)]).toEqual([sheet, false]);
    expect(note).toMatch(/^Tổng điểm, chỉ nhập khi không có điểm từng tiêu chí \(ví dụ .+\)\.$/u);
  }
  expect(noteOf('Gia đình', 'Tổng điểm')).toContain('tổng điểm của hộ');
});

test('the header note of each criteria column says what it means and its maximum', () => {
  expect(noteOf('Công dân', 'TC1')).toBe('Xác định nhu cầu học tập của bản thân (tối đa 10 điểm).');
});

describe('"Bộ tiêu chí"', () => {
  const t = template('Bộ tiêu chí');
  const header = (t.values[0] ?? []).map(String);
  const col = (h: string) => header.indexOf(h);
  const rows = t.values.slice(1);

  test('lists every item of the sets in use with its meaning, beside the empty table', () => {
    const citizen = rows.filter((r) => r[col('Đang dùng: mã')] !== '').slice(-10);
    expect(citizen.map((r) => r[col('Đang dùng: mã')])).toEqual(
      Array.from({ length: 10 }, (_, i) => `TC${i + 1}`),
    );
    expect(citizen[0]?.[col('Đang dùng: danh hiệu')]).toBe('Công dân học tập');
    expect(citizen[0]?.[col('Đang dùng: ý nghĩa')]).toBe('Xác định nhu cầu học tập của bản thân');
    expect(citizen[0]?.[col('Đang dùng: bộ tiêu chí')]).toBe(
      'Bộ tiêu chí đánh giá, công nhận "Công dân học tập", Quyết định số 324/QĐ-KHVN ngày 25/10/2023',
    );
    // The table itself (A–H) stays empty: no row makes a set the commune's own.
    for (const r of rows) expect(r.slice(0, 8).every((v) => v === '')).toBe(true);
    const clan = rows.find((r) => r[col('Đang dùng: danh hiệu')] === 'Dòng họ học tập');
    expect(clan?.[col('Đang dùng: bộ tiêu chí')]).toMatch(/\(bộ mẫu, cần thay bằng bộ của tỉnh\)$/u);
  });

  test("as the engine reads it: no set of the commune's own and nothing to report on the sheet", () => {
    const book: Record<string, CellValue[][]> = {
      ...makeWorkbook({}),
      'Bộ tiêu chí': t.values.map((r) => [...r]),
    };
    const result = runEngine(book);
    expect(result.issues.filter((i) => i.sheet === 'Bộ tiêu chí')).toEqual([]);
    const log = new IssueLog();
    expect(readCriteria(book, log)).toEqual(defaultCriteriaSets);
    // A row typed in the table beside the list still makes the commune's own set.
    const own = [...t.values.map((r) => [...r])];
    own[1] = ['Gia đình học tập', 'TC1', '', 'Trẻ em đi học đầy đủ', 100, '', '', 80, ...own[1]!.slice(8)];
    const sets = readCriteria({ ...book, 'Bộ tiêu chí': own }, log);
    expect(sets.family.id).toBe('bo-tieu-chi-family');
    expect(sets.citizen).toBe(defaultCriteriaSets.citizen);
    expect(log.items).toEqual([]);
  });
});

test('a header row is as tall as its longest wrapped header ("Điểm tối thiểu" takes two lines at width 10)', () => {
  expect(template('Bộ tiêu chí').headerLines).toBe(2);
  expect(template('Công dân').headerLines).toBe(2);
  expect(template('Cấu hình').headerLines).toBe(1);
});

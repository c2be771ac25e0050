// The fictional sample commune: deterministic, the promised size, plausible, free of errors, and what is committed.
import { generateCommune, SAMPLE_OPTIONS } from '../../sheets-templates/sample/generate';
import { runEngine } from '../../src/core/engine';
import type { WorkbookSnapshot } from '../../src/core/snapshot';
import { readWorkbook } from '../../src/node/xlsx/read';
import { SAMPLE } from './helpers';

const sample = generateCommune(SAMPLE_OPTIONS);
const dataRows = (s: WorkbookSnapshot, sheet: string) => (s[sheet]?.length ?? 0) - 1;
const column = (s: WorkbookSnapshot, sheet: string, header: string) => {
  const rows = s[sheet] ?? [];
  const c = rows[0]?.indexOf(header) ?? -1;
  return rows.slice(1).map((r) => r[c]);
};

test('the same seed gives the same commune and another seed a different one', () => {
  expect(generateCommune(SAMPLE_OPTIONS)).toEqual(sample);
  expect(generateCommune({ ...SAMPLE_OPTIONS, seed: 1 })['Gia đình']).not.toEqual(sample['Gia đình']);
});

test('has the promised size: 12 villages, 4,000 households, 40 clans, 25 units, 10,000 citizens', () => {
  expect([
    dataRows(sample, 'Thôn'),
    dataRows(sample, 'Gia đình'),
    dataRows(sample, 'Dòng họ'),
    dataRows(sample, 'Đơn vị'),
    dataRows(sample, 'Công dân'),
  ]).toEqual([12, 4000, 40, 25, 10000]);
});

test('names people with a family name, a middle name and a given name, each capitalised with diacritics', () => {
  const names = [...column(sample, 'Gia đình', 'Họ tên chủ hộ'), ...column(sample, 'Công dân', 'Họ và tên')];
  const bad = names.filter((n) => !/^\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+$/u.test(String(n)));
  expect(bad).toEqual([]);
  expect(names.some((n) => /[ăâđêôơư]/u.test(String(n)))).toBe(true);
});

test('mixes criteria points, decided results and citizens who carry only a total', () => {
  const results = column(sample, 'Gia đình', 'Kết quả').filter((v) => v !== null);
  const points = column(sample, 'Gia đình', 'TC1').filter((v) => typeof v === 'number');
  const totalsOnly = (sample['Công dân'] ?? []).slice(1).filter((r) => {
    const h = sample['Công dân']?.[0] ?? [];
    return typeof r[h.indexOf('Tổng điểm')] === 'number' && r[h.indexOf('TC1')] === null;
  });
  expect([results.length > 100, points.length > 100, totalsOnly.length > 100]).toEqual([true, true, true]);
});

test('has no data errors for the engine', () => {
  const result = runEngine(sample);
  expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
});

test('is what sheets-templates/xa-mau.xlsx holds, cell for cell (regenerate with npm run templates)', async () => {
  const committed = await readWorkbook(SAMPLE);
  for (const [name, rows] of Object.entries(sample)) {
    const got = (committed[name] ?? []).map((r) =>
      Array.from({ length: rows[0]?.length ?? 0 }, (_, c) => r[c] ?? null),
    );
    expect([name, got]).toEqual([name, rows.map((r) => r.map((v) => v ?? null))]);
  }
});

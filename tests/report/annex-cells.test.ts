// How the annex lists read on paper: row numbers as plain digits, and "Bình xét" where a result has no points.
import { ANNEX } from '../../src/core/i18n/report';
import { markDecidedByVote } from '../../src/core/report/annex';
import { keepsWithNext } from '../../src/node/docx/table-xml';
import type { TableBlock } from '../../src/core/report/model';

const table = (totals: string[]): TableBlock => ({
  kind: 'table',
  columns: [
    { weight: 1, align: 'center' },
    { weight: 4, align: 'left' },
    { weight: 1, align: 'center' },
  ],
  header: [[{ text: 'TT' }, { text: 'Họ tên chủ hộ' }, { text: 'Tổng điểm' }]],
  rows: [
    { group: 'Thôn Đông: 2 hộ' },
    ...totals.map((t, i) => ({ cells: [String(i + 1), `Hộ ${i + 1}`, t] })),
  ],
  size: 'table',
});

test('a list mixing scored and voted rows says "Bình xét" in the blank totals, and leaves the scores', () => {
  const out = markDecidedByVote(table(['92', '']));
  expect(out.rows).toEqual([
    { group: 'Thôn Đông: 2 hộ' },
    { cells: ['1', 'Hộ 1', '92'] },
    { cells: ['2', 'Hộ 2', 'Bình xét'] },
  ]);
});

test('a list with no points at all is left for its column to be dropped', () => {
  const t = table(['', '']);
  expect(markDecidedByVote(t)).toBe(t);
});

test('the annex\'s "Kèm theo" line never breaks inside "Chủ tịch" or the commune\'s name', () => {
  const line = ANNEX.attached('05/QĐ-UBND', 'ngày 05/12/2026', 'xã Hòa An');
  expect(line).toContain('Chủ\u00a0tịch UBND\u00a0xã\u00a0Hòa\u00a0An)');
  expect(line.replace(/\u00a0/gu, ' ')).toBe(
    '(Kèm theo Quyết định số 05/QĐ-UBND ngày 05/12/2026 của Chủ tịch UBND xã Hòa An)',
  );
});

test('a group row keeps with its first member, and a short table keeps every row but the last with the next', () => {
  const short = table(['92', '']);
  expect(short.rows.map((_, i) => keepsWithNext(short, i))).toEqual([true, true, false]);
  const long: TableBlock = { ...table(Array.from({ length: 20 }, () => '')), rows: [] };
  long.rows = [{ group: 'Thôn Đông: 20 hộ' }, ...table(Array.from({ length: 20 }, () => '')).rows.slice(1)];
  const keeps = long.rows.map((_, i) => keepsWithNext(long, i));
  expect(keeps[0]).toBe(true);
  expect(keeps.slice(1).every((k) => !k)).toBe(true);
});

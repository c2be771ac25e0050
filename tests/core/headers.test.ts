import { findHeader } from '../../src/core/read/headers';
import { registerColumns } from '../../src/core/layout/columns';
import { defaultCriteriaSets } from '../../src/core/criteria/sets';
import { layout } from '../../src/core/layout';

const citizens = layout.registers.find((r) => r.key === 'citizens');
if (!citizens) throw new Error('layout');
const specs = registerColumns(citizens, defaultCriteriaSets.citizen);

describe('finding the header row', () => {
  it('maps headers typed with synonyms, odd case, no diacritics and non-breaking spaces', () => {
    const h = findHeader(
      [
        [
          'Họ\u00a0tên',
          'NAM SINH',
          'đối tượng',
          'Tên thôn',
          'Tiêu chí 1',
          'Tổng số hộ (hộ):',
          'Ghi chú thêm',
        ],
      ],
      specs,
    );
    expect(h?.columns.get('name')).toBe(0);
    expect(h?.columns.get('birthYear')).toBe(1);
    expect(h?.columns.get('group')).toBe(2);
    expect(h?.columns.get('village')).toBe(3);
    expect(h?.columns.get('item:TC1')).toBe(4);
    expect(h?.columns.has('remark')).toBe(false);
  });

  it('finds the header under title rows', () => {
    const h = findHeader(
      [
        ['DANH SÁCH CÔNG DÂN HỌC TẬP'],
        ['Năm 2026'],
        [],
        ['STT', 'Họ và tên', 'Nhóm', 'Thôn'],
        [1, 'A', 'CBCCVC', 'Thôn 1'],
      ],
      specs,
    );
    expect(h?.lastHeaderRow).toBe(3);
  });

  it('reads a two-level header whose criteria codes sit under a merged cell', () => {
    const h = findHeader(
      [
        ['STT', 'Họ và tên', 'Nhóm', 'Thôn', 'Điểm các tiêu chí', '', '', 'Kết quả'],
        ['', '', '', '', 'TC1', 'TC2', 'TC3', ''],
        [1, 'Lê A', 'Nông dân', 'Thôn 1', 8, 8, 8, 'Đạt'],
      ],
      specs,
    );
    expect(h?.lastHeaderRow).toBe(1);
    expect(h?.columns.get('item:TC3')).toBe(6);
    expect(h?.columns.get('result')).toBe(7);
  });

  it('reports a column that appears twice and keeps the first', () => {
    const h = findHeader([['Họ và tên', 'Họ tên', 'Nhóm']], specs);
    expect(h?.columns.get('name')).toBe(0);
    expect(h?.duplicates).toEqual([expect.objectContaining({ key: 'name', col: 1, used: 0 })]);
  });

  it('finds nothing in a sheet of unrelated text', () => {
    expect(findHeader([['abc', 'def'], ['ghi']], specs)).toBeNull();
  });
});

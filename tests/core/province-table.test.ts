import { buildProvinceTable, stateNote } from '../../src/core/province/table';
import { rollUpProvince, type CommuneSource } from '../../src/core/province/rollup';
import type { SummaryIndicator, SummaryRow } from '../../src/core/summary/schema';

const row = (
  commune: string,
  code: string,
  indicator: SummaryIndicator,
  numerator: number | null,
  denominator: number | null,
  over: Partial<SummaryRow> = {},
): SummaryRow => ({
  schemaVersion: 1,
  communeCode: code,
  commune,
  province: 'Thanh Hóa',
  year: 2026,
  indicator,
  label: '',
  level: 'commune',
  village: '',
  numerator,
  denominator,
  targetPercent: null,
  targetYear: null,
  criteriaSet: 'Bộ tiêu chí của tỉnh',
  criteriaSample: false,
  errors: 0,
  warnings: 0,
  evidence: null,
  generatedAt: '2026-12-01T00:00:00.000Z',
  ...over,
});

const src = (listRow: number, listedName: string, fetched: CommuneSource['fetched']): CommuneSource => ({
  source: `xa-${listRow}.xlsx`,
  listedName,
  listRow,
  fetched,
});

const sources: CommuneSource[] = [
  src(2, '', {
    kind: 'ok',
    rows: [row('An', '00001', 'family', 30, 40), row('An', '00001', 'citizenAdults', 50, 100)],
  }),
  src(3, '', { kind: 'ok', rows: [row('Bình', '00002', 'family', 45, 60)] }),
  src(4, '', { kind: 'ok', rows: [row('Châu', '00003', 'family', 10, 10, { errors: 3 })] }),
  src(5, 'Dương', { kind: 'notShared' }),
  src(6, '', { kind: 'ok', rows: [row('Đông', '00004', 'family', 9, 10, { year: 2025 })] }),
  src(7, 'Giang', { kind: 'oldSchema', version: 0 }),
  src(8, 'Hà', { kind: 'damaged', row: 3, col: 10, header: 'Tử số' }),
];
const targets = [
  { indicator: 'family', year: 2030, comparison: '>=', percent: 80, scope: 'commune' },
  { indicator: 'citizenAdults', year: 2030, comparison: '>=', percent: 40, scope: 'commune' },
] as const;
const rollup = rollUpProvince(sources, 2026, [...targets]);
const table = buildProvinceTable(rollup, 'Thanh Hóa');
const rowOf = (first: string, col = 1) => {
  const r = table.values.findIndex((cells) => cells[col] === first);
  if (r < 0) throw new Error(`no row "${first}"`);
  return r;
};

describe('"Tổng hợp tỉnh" table', () => {
  it('is the owned sheet, titled with the year and the province', () => {
    expect(table.sheet).toBe('Tổng hợp tỉnh');
    expect(table.values[0]?.[0]).toBe(
      'TỔNG HỢP KẾT QUẢ XÂY DỰNG CÁC MÔ HÌNH HỌC TẬP NĂM 2026 - TỈNH THANH HÓA',
    );
    expect(table.values[1]?.[0]).toBe(
      'Đã cộng số liệu của 2/7 xã trong danh sách; so với chỉ tiêu năm 2030.',
    );
  });

  it('gives the province totals against its targets, with the shortfall and the communes below', () => {
    // Family: An 30/40 + Bình 45/60 = 75/100 = 75,0 % < 80 %: 5 households short, both communes at 75 % below.
    const family = table.values[rowOf('Gia đình học tập (% hộ)')];
    expect(family?.slice(2, 10)).toEqual(['≥ 80', 75, 75, 100, 'Chưa đạt', '5 hộ', 2, 0]);
    // Adults: An alone 50/100 ≥ 40 %; Bình has no figure (counted as not computable).
    const adults = table.values[rowOf('Công dân học tập (% người lớn)')];
    expect(adults?.slice(2, 10)).toEqual(['≥ 40', 50, 50, 100, 'Đạt', '', 0, 1]);
    const clan = table.values[rowOf('Dòng họ học tập (% dòng họ)')];
    expect(clan?.slice(2, 10)).toEqual(['Không có', 'Chưa tính được', 0, 0, '', '', '', 2]);
  });

  it('lists every commune with its state in words, its own percentages and what to do', () => {
    const an = table.values[rowOf('An')];
    expect(an?.slice(0, 4)).toEqual([1, 'An', 'Đã đọc', 75]);
    expect(table.values[rowOf('Châu')]?.slice(2, 4)).toEqual(['Còn lỗi dữ liệu', 100]);
    expect(table.values[rowOf('Dương')]?.slice(2, 4)).toEqual(['Chưa chia sẻ', '']);
    expect(table.values[rowOf('Đông')]?.[2]).toBe('Chưa tổng hợp năm nay');
    expect(table.values[rowOf('Giang')]?.[2]).toBe('Mẫu cũ');
    const last = table.values[rowOf('Hà')];
    expect(last?.[2]).toBe('Số liệu hỏng');
    expect(last?.[last.length - 1]).toMatch(
      /^Ô J3 \(cột "Tử số"\) không đọc được\. Trang "Số liệu gửi tỉnh"/u,
    );
    expect(stateNote(rollup.communes[4]!)).toMatch(/^Lần tổng hợp gần nhất: năm 2025\. Đề nghị xã chạy/u);
    expect(stateNote(rollup.communes[2]!)).toMatch(/^3 lỗi dữ liệu\. Đề nghị xã sửa/u);
    const total = table.values[rowOf('Toàn tỉnh')];
    expect(total?.slice(3, 5)).toEqual([75, '–']);
  });

  it("charts the communes' family percentages against the family target", () => {
    const chart = table.chart;
    expect(chart).not.toBeNull();
    expect(table.values[chart!.headerRow]?.[chart!.valueColumns[0]!]).toBe('GĐHT');
    expect(table.values[chart!.firstRow]?.[1]).toBe('An');
    expect(table.values[chart!.lastRow]?.[1]).toBe('Hà');
    expect(chart!.labelColumn).toBe(1);
    expect(chart!.targetPercent).toBe(80);
  });

  it('counts the communes in each state', () => {
    const count = (state: string) => table.values[rowOf(state)]?.[2];
    expect(count('Đã đọc')).toBe(2);
    expect(count('Còn lỗi dữ liệu')).toBe(1);
    expect(count('Chưa chia sẻ')).toBe(1);
    expect(count('Trùng')).toBe(0);
  });
});

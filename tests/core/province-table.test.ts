import { buildProvinceTable, stateNote } from '../../src/core/province/table';
import { rollup } from './helpers/province';

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
    expect(family?.slice(2, 10)).toEqual(['≥ 80', 0.75, 75, 100, 'Chưa đạt', '5 hộ', 2, 0]);
    // Adults: An alone 50/100 ≥ 40 %; Bình has no figure (counted as not computable).
    const adults = table.values[rowOf('Công dân học tập (% người lớn)')];
    expect(adults?.slice(2, 10)).toEqual(['≥ 40', 0.5, 50, 100, 'Đạt', '', 0, 1]);
    const clan = table.values[rowOf('Dòng họ học tập (% dòng họ)')];
    expect(clan?.slice(2, 10)).toEqual(['Không có', 'Chưa tính được', 0, 0, '', '', '', 2]);
  });

  it('lists every commune with its state in words, its own percentages and what to do', () => {
    const an = table.values[rowOf('An')];
    expect(an?.slice(0, 4)).toEqual([1, 'An', 'Đã đọc', 0.75]);
    expect(table.values[rowOf('Châu')]?.slice(2, 4)).toEqual(['Còn lỗi dữ liệu', '']);
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
    expect(total?.slice(3, 5)).toEqual([0.75, '–']);
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

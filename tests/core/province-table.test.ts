import { rollUpProvince } from '../../src/core/province/rollup';
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

describe('"Tổng hợp tỉnh" on a file that is there but cannot be read', () => {
  const r = rollUpProvince(
    [
      { source: 'xa/an.xlsx', listedName: 'An', listRow: 2, fetched: { kind: 'notFound' } },
      {
        source: 'xa/binh.xlsx',
        listedName: 'Bình',
        listRow: 3,
        fetched: { kind: 'unreadable', reason: 'CORRUPT' },
      },
      {
        source: 'xa/cam.xlsx',
        listedName: 'Cẩm',
        listRow: 4,
        fetched: { kind: 'unreadable', reason: 'NOT_A_FILE', reasonDetail: 'folder' },
      },
      { source: 'xa/dung.xlsx', listedName: 'Dũng', listRow: 5, fetched: { kind: 'unreadable' } },
      {
        source: 'https://docs.google.com/spreadsheets/d/abc/edit',
        listedName: 'Đào',
        listRow: 6,
        fetched: { kind: 'unreadable', reason: 'notGoogleSheet' },
      },
    ],
    2026,
  );
  const t = buildProvinceTable(r, 'Thanh Hóa');
  const rowNamed = (name: string) => t.values.find((cells) => cells[1] === name) ?? [];
  const note = (name: string) => rowNamed(name).at(-1);

  it('says the file is there, names it as the list gives it, and what to do', () => {
    expect(rowNamed('An')[2]).toBe('Không tìm thấy');
    expect(rowNamed('Bình')[2]).toBe('Có tệp nhưng không đọc được');
    // The command line's own message for a corrupt file, then what to ask of the commune.
    expect(note('Bình')).toBe(
      'Không mở được tệp "xa/binh.xlsx": tệp bị hỏng hoặc chưa tải về hết. Thử mở bằng Excel và lưu lại thành .xlsx, hoặc lấy lại bản gốc. Nếu không sửa được, đề nghị xã gửi lại tệp.',
    );
    expect(note('Cẩm')).toMatch(/^"xa\/cam\.xlsx" là một thư mục, không phải tệp \.xlsx\. Nếu không sửa/u);
    expect(note('Dũng')).toBe(
      'Tệp có nhưng không đọc được (hỏng, bị khóa mật khẩu hoặc không có quyền đọc): "xa/dung.xlsx". Hãy mở thử tệp bằng Excel; nếu không mở được, đề nghị xã gửi lại tệp.',
    );
    expect(note('Đào')).toMatch(/Lưu dưới dạng Google Trang tính/u);
    expect(note('An')).toMatch(/^Kiểm tra lại đường liên kết hoặc đường dẫn tệp/u);
  });

  it('counts it on its own row of the states, beside "Không tìm thấy"', () => {
    const states = t.values.slice(t.values.findIndex((cells) => cells[0] === 'IV. SỐ XÃ THEO TÌNH TRẠNG'));
    const count = (state: string) => states.find((cells) => cells[1] === state)?.[2];
    expect(count('Không tìm thấy')).toBe(1);
    expect(count('Có tệp nhưng không đọc được')).toBe(4);
    expect(t.values[1]?.[0]).toBe(
      'Đã cộng số liệu của 0/5 xã trong danh sách; chưa có chỉ tiêu của tỉnh để so sánh.',
    );
  });
});

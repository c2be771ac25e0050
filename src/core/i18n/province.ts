// The province roll-up's words: each commune's state as the "Tổng hợp tỉnh" sheet, the sidebar and the console say it.
import type { CommuneState } from '../province/rollup';

export const communeStateTerms: Record<CommuneState, string> = {
  read: 'Đã đọc',
  notShared: 'Chưa chia sẻ',
  notFound: 'Không tìm thấy',
  notRunThisYear: 'Chưa tổng hợp năm nay',
  hasErrors: 'Còn lỗi dữ liệu',
  oldSchema: 'Mẫu cũ',
  newerSchema: 'Mẫu mới hơn',
  damaged: 'Số liệu hỏng',
  duplicate: 'Trùng',
};

/** What the province association does about each state (one sentence, shown beside the state). */
export const communeStateAdvice: Record<CommuneState, string> = {
  read: '',
  notShared: 'Đề nghị xã chia sẻ bảng tính (quyền xem) với tài khoản của Hội Khuyến học tỉnh.',
  notFound: 'Kiểm tra lại đường liên kết hoặc đường dẫn tệp của xã trong "Danh sách xã".',
  notRunThisYear: 'Đề nghị xã chạy "Tổng hợp" > "Chấm điểm và tổng hợp" cho năm đánh giá.',
  hasErrors:
    'Đề nghị xã sửa các lỗi trong "Lỗi dữ liệu" rồi tổng hợp lại; số liệu của xã chưa được cộng vào toàn tỉnh.',
  oldSchema: 'Xã dùng phiên bản cũ của tiện ích: đề nghị cập nhật rồi tổng hợp lại.',
  newerSchema: 'Xã dùng phiên bản mới hơn: cập nhật bảng tổng hợp tỉnh lên phiên bản mới nhất.',
  damaged: 'Trang "Số liệu gửi tỉnh" của xã bị sửa tay: đề nghị xã tổng hợp lại (không sửa tay trang này).',
  duplicate: 'Xã này đã có ở một dòng trước trong "Danh sách xã": xóa dòng trùng.',
};

/** What a state's detail adds after the state: the year last run, the schema version, the damaged cell. */
export const communeStateDetail = {
  lastYear: (year: number) => `Lần tổng hợp gần nhất: năm ${year}.`,
  noYear: 'Trang "Số liệu gửi tỉnh" chưa có dòng nào.',
  version: (v: number | null) => (v === null ? 'Không rõ phiên bản mẫu.' : `Phiên bản mẫu: ${v}.`),
  cell: (cell: string, header: string) => `Ô ${cell} (cột "${header}") không đọc được.`,
  errors: (n: string) => `${n} lỗi dữ liệu.`,
  duplicate: (row: number) => `Trùng với dòng ${row} của "Danh sách xã".`,
} as const;

/** The "Tổng hợp tỉnh" sheet's words. */
export const provinceTableText = {
  /** place: "TỈNH THANH HÓA", "THÀNH PHỐ HÀ NỘI". */
  title: (year: number, place: string) =>
    `TỔNG HỢP KẾT QUẢ XÂY DỰNG CÁC MÔ HÌNH HỌC TẬP NĂM ${year} - ${place}`,
  subtitle: (read: string, listed: string, targetYear: number | null) =>
    `Đã cộng số liệu của ${read}/${listed} xã trong danh sách` +
    (targetYear === null
      ? '; chưa có chỉ tiêu của tỉnh để so sánh.'
      : `; so với chỉ tiêu năm ${targetYear}.`),
  partTotals: (targetYear: number | null) =>
    targetYear === null ? 'I. TOÀN TỈNH' : `I. TOÀN TỈNH SO VỚI CHỈ TIÊU NĂM ${targetYear}`,
  totalsHeader: [
    'STT',
    'Chỉ số',
    'Chỉ tiêu (%)',
    'Thực hiện (%)',
    'Đạt',
    'Tổng số',
    'Đánh giá',
    'Còn thiếu',
    'Số xã chưa đạt',
    'Số xã chưa tính được',
  ],
  noTarget: 'Không có',
  partCommunes: 'II. TỪNG XÃ (TỶ LỆ %, CẤP XÃ)',
  communesHeader: (indicators: readonly string[]) => [
    'STT',
    'Tên xã',
    'Tình trạng',
    ...indicators,
    'Ghi chú',
  ],
  provinceRow: 'Toàn tỉnh',
  partStates: 'III. SỐ XÃ THEO TÌNH TRẠNG',
  statesHeader: ['STT', 'Tình trạng', 'Số xã', 'Việc cần làm'],
  chartTitle: (year: number) => `Tỷ lệ gia đình học tập theo xã năm ${year} (%)`,
  footer:
    'Trang này do tiện ích tạo lại mỗi lần "Tổng hợp tỉnh": không sửa tay. Chỉ cộng số liệu của các xã "Đã đọc"; xã còn lỗi dữ liệu được nêu nhưng chưa cộng.',
} as const;

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

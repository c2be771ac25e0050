// What the province association's Google project says: its menu, the roll-up's progress and its failures.
// The states of communes and their advice are in province.ts, shared with the command line.

export const PROVINCE_MENU_TITLE = 'Tổng hợp tỉnh';

export const provinceMenuLabels = {
  setup: 'Thiết lập trang Danh sách xã và Cấu hình tỉnh',
  rollup: 'Đọc số liệu các xã và tổng hợp',
  report: 'Tạo báo cáo gửi UBND tỉnh',
  help: 'Hướng dẫn',
} as const;

export const provinceGasText = {
  rollupProgressTitle: 'Tổng hợp tỉnh',
  reading: (done: number, total: number, name: string) =>
    `Đang đọc xã ${done + 1}/${total}${name ? `: ${name}` : ''}…`,
  readingDone: (read: number, total: number) =>
    `Đã đọc ${read}/${total} xã và ghi trang "Tổng hợp tỉnh". Xem cột "Tình trạng" cho các xã chưa đọc được.`,
  noCommunes:
    'Trang "Danh sách xã" chưa có xã nào có liên kết. Dán liên kết Google Sheets của từng xã vào cột "Liên kết/Tệp" (mỗi xã một dòng), rồi chạy lại.',
  masterProblems: (lines: string[]) =>
    `Chưa tổng hợp được vì trang cấu hình của tỉnh còn thiếu:\n${lines.map((l) => `• ${l}`).join('\n')}`,
  noSheetsService:
    'Dự án chưa bật dịch vụ Google Sheets API (Sheets). Người kỹ thuật triển khai lại bằng "npm run push:tinh" để tệp appsscript.json bật dịch vụ này.',
  quota:
    'Google tạm giới hạn số lần đọc bảng tính (mỗi phút). Đợi một phút rồi bấm "Chạy tiếp": số liệu đã đọc được giữ nguyên.',
  reportNeedsRollup:
    'Chưa có số liệu đã đọc của năm này. Chạy "Đọc số liệu các xã và tổng hợp" trước, rồi tạo báo cáo.',
  reportDone: (url: string) => `Đã tạo báo cáo: ${url}`,
  reportDoneTitle: 'Đã tạo báo cáo',
  setupDone: (added: string[]) =>
    added.length > 0
      ? `Đã thêm trang: ${added.join(', ')}. Điền cấu hình của tỉnh và dán liên kết của các xã.`
      : 'Bảng tính đã có đủ các trang; không thay đổi gì.',
  help: [
    '1. "Thiết lập…" thêm hai trang "Danh sách xã" và "Cấu hình tỉnh" nếu chưa có, và trang "Chỉ tiêu" để nhập chỉ tiêu của tỉnh.',
    '2. Mỗi xã chia sẻ bảng tính của xã cho tài khoản của Hội (quyền xem là đủ), rồi gửi liên kết; dán liên kết vào "Danh sách xã".',
    '3. "Đọc số liệu các xã và tổng hợp" đọc trang "Số liệu gửi tỉnh" của từng xã (chỉ đọc, không sửa gì của xã) và ghi trang "Tổng hợp tỉnh". Giữ bảng tiến độ mở đến khi xong.',
    '4. "Tạo báo cáo gửi UBND tỉnh" tạo văn bản Google Docs từ số liệu vừa tổng hợp.',
  ].join('\n'),
} as const;

export const provinceSidebarText = {
  heading: 'Đang đọc số liệu các xã',
  keepOpen: 'Giữ bảng này mở cho đến khi xong; mỗi lượt chạy tối đa vài phút và tự chạy tiếp.',
  resuming: 'Lượt vừa rồi bị dừng giữa chừng; đang đọc tiếp từ xã chưa đọc…',
  busy: 'Một cán bộ khác đang chạy một lệnh; sẽ thử lại sau ít giây…',
  failed: 'Không đọc tiếp được: ',
  retry: 'Chạy tiếp',
  doneHeading: 'Đã tổng hợp',
} as const;

// Every Vietnamese text the Google Sheets add-in shows: menu, toasts, alerts, sidebar, help.
import { formatDecimal, formatInt } from '../text/format';
import { ownedSheetTakenText, unexpectedText } from './common';
import { gasHistoryText } from './history';

export const MENU_TITLE = 'Tổng hợp';

export const menuLabels = {
  setup: 'Thiết lập',
  validate: 'Kiểm tra dữ liệu',
  tally: 'Chấm điểm và tổng hợp',
  report: 'Tạo báo cáo',
  share: 'Gửi Hội Khuyến học tỉnh',
  importTargets: 'Nhập chỉ tiêu từ kế hoạch',
  olderYears: gasHistoryText.title,
  clearMarks: 'Xóa đánh dấu',
  help: 'Hướng dẫn',
} as const;
export type MenuKey = keyof typeof menuLabels;

export const gasText = {
  toastTitle: 'Khuyến học',
  busy: (what: string, menu: string = MENU_TITLE) =>
    `Một cán bộ khác đang chạy một lệnh của menu "${menu}" trên bảng tính này, nên chưa chạy được "${what}". Vui lòng đợi một lát rồi chạy lại.`,
  busyTitle: 'Bảng tính đang bận',
  started: (what: string) => `Đang chạy "${what}"…`,
  failedTitle: (what: string) => `Không chạy được "${what}"`,
  unexpected: unexpectedText,
  featureMissing: (file: string) =>
    `Dự án Apps Script của tiện ích thiếu tệp "${file}", nên mục này chưa chạy được. Người cài đặt tiện ích cần đẩy lại đủ các tệp trong thư mục build/ (clasp push), rồi chạy lại.`,

  setupDone: (added: string[]) =>
    added.length === 0
      ? 'Bảng tính đã có đủ các trang mẫu; không thêm trang nào.'
      : `Đã thêm ${added.length} trang: ${added.join(', ')}. Các trang có sẵn được giữ nguyên.`,

  reading: 'Đang đọc dữ liệu…',
  checking: 'Đang kiểm tra dữ liệu…',
  validateDone: (errors: number, warnings: number, marked: number) =>
    errors + warnings === 0
      ? 'Không phát hiện lỗi dữ liệu.'
      : `Có ${errors} lỗi và ${warnings} cảnh báo; đã tô màu ${marked} ô. Xem trang "Lỗi dữ liệu" hoặc danh sách bên phải.`,
  markNote: (message: string, hint: string) => `⚠ ${message}${hint ? `\n→ ${hint}` : ''}`,
  marksCapped: (shown: number, total: number) =>
    `Chỉ tô màu ${shown} trên ${total} ô có lỗi; sửa các lỗi này rồi kiểm tra lại.`,

  scoring: 'Đang chấm điểm và tổng hợp…',
  tallyDone: (errors: number) =>
    errors === 0
      ? 'Đã ghi trang "Tổng hợp".'
      : `Đã ghi trang "Tổng hợp". Dữ liệu còn ${errors} lỗi: dùng "Kiểm tra dữ liệu" để xem và sửa.`,
  chartTitle: 'Tỷ lệ theo thôn (%)',

  ownedTaken: ownedSheetTakenText,

  reportBlocked: (errors: number) =>
    `Dữ liệu còn ${errors} lỗi nên chưa tạo báo cáo. Dùng "Kiểm tra dữ liệu" để xem và sửa, rồi chạy lại.`,
  reportCreating: 'Đang tạo báo cáo trên Google Tài liệu…',
  reportDoneTitle: 'Đã tạo báo cáo',
  reportProgress: (k: number, n: number, name: string) => `Đang tạo văn bản ${k}/${n}: ${name}…`,
  reportProgressTitle: 'Tạo báo cáo',
  reportLeftovers: (urls: string[]) =>
    `Các văn bản sau còn lại từ lần tạo dở trước và không dùng đến, có thể xóa:\n${urls.map((u) => `• ${u}`).join('\n')}`,
  reportDone: (docs: { name: string; url: string }[]) =>
    `Đã tạo ${docs.length} văn bản:\n${docs.map((d) => `• ${d.name}: ${d.url}`).join('\n')}`,

  shareNoDocs: 'Chưa có báo cáo để gửi. Hãy chạy "Tạo báo cáo" trước.',
  shareNoRecipients:
    'Trang "Cấu hình" chưa có "Email gửi báo cáo". Hãy ghi địa chỉ email của Hội Khuyến học tỉnh (cách nhau bởi dấu , hoặc ;) rồi chạy lại.',
  shareConfirmTitle: 'Xác nhận gửi báo cáo',
  shareConfirm: (role: string, emails: string[], docs: string[]) =>
    `Chia sẻ quyền ${role} cho:\n${emails.map((e) => `• ${e}`).join('\n')}\n\nCác văn bản:\n${docs.map((d) => `• ${d}`).join('\n')}\n\nGoogle sẽ gửi thư thông báo kèm đường dẫn đến từng người nhận.\n\nTiếp tục?`,
  shareCancelled: 'Đã hủy, chưa gửi gì.',
  shareDone: (n: number, emails: number) =>
    `Đã chia sẻ ${n} văn bản cho ${emails} người nhận. Xem trang "Nhật ký gửi".`,
  shareRole: { viewer: 'xem', editor: 'chỉnh sửa' },
  shareDocMissing: (name: string) =>
    `Không mở được văn bản "${name}" (có thể đã bị xóa). Hãy chạy lại "Tạo báo cáo" rồi gửi.`,
  shareBadAddresses: (emails: string[]) =>
    `Địa chỉ email không hợp lệ ở dòng "Email gửi báo cáo" của trang "Cấu hình": ${emails.map((e) => `"${e}"`).join(', ')}. Hãy sửa (ví dụ ten@gmail.com) rồi chạy lại; chưa gửi gì.`,
  /** One failure of one document for one recipient, as the alert and the log say it. */
  shareFailure: {
    invalid: (email: string) => `Google không nhận địa chỉ ${email}: hãy kiểm tra lại chính tả.`,
    noAccount: (email: string) =>
      `${email} không phải tài khoản Google: người nhận cần một tài khoản Google (Gmail hoặc của cơ quan) để xem văn bản.`,
    policy: (email: string) =>
      `Quy định của tên miền không cho chia sẻ văn bản với ${email} (thường là chia sẻ ra ngoài cơ quan bị chặn): hãy nhờ người quản trị Google Workspace cho phép, hoặc gửi đến một địa chỉ khác.`,
    quota:
      'Google tạm thời từ chối vì đã chia sẻ quá nhiều lần trong ngày: hãy chạy lại "Gửi Hội Khuyến học tỉnh" sau vài giờ (các văn bản đã gửi không gửi lại).',
    gone: (name: string) =>
      `Không mở được văn bản "${name}" (có thể đã bị xóa): hãy chạy lại "Tạo báo cáo" rồi gửi.`,
    other: (email: string, google: string) => `Không chia sẻ được cho ${email}: Google báo "${google}".`,
  },
  shareFailedTitle: 'Có văn bản chưa gửi được',
  shareSome: (ok: number, failures: string[]) =>
    `Đã chia sẻ ${ok} lần; chưa gửi được:\n${failures.map((f) => `• ${f}`).join('\n')}\n\nXem trang "Nhật ký gửi".`,
  shareOk: 'Đã chia sẻ',
  shareLogHeaders: ['Thời gian gửi', 'Văn bản', 'Đường dẫn', 'Người nhận', 'Quyền', 'Kết quả'],
  shareLogTitle: 'Nhật ký gửi báo cáo',

  clearDone: (cells: number) =>
    cells === 0
      ? 'Không có ô nào đang được đánh dấu.'
      : `Đã xóa đánh dấu ở ${cells} ô, trả lại màu nền và ghi chú như cũ.`,

  helpTitle: 'Hướng dẫn sử dụng',
  help: [
    '1. Thiết lập: thêm các trang mẫu còn thiếu (Cấu hình, Chỉ tiêu, Bộ tiêu chí, Thôn, Gia đình, Dòng họ, Đơn vị, Công dân). Trang đã có không bị thay đổi.',
    '2. Nhập dữ liệu vào các trang; di chuột lên tiêu đề cột để xem cách nhập.',
    `3. ${menuLabels.validate}: tô màu các ô sai, ghi trang "Lỗi dữ liệu" và mở danh sách lỗi; bấm vào một lỗi để tới ô đó.`,
    `4. ${menuLabels.tally}: ghi trang "Tổng hợp" (từng thôn, toàn xã, so với chỉ tiêu, biểu đồ), "Số liệu gửi tỉnh" và số liệu năm nay vào "Lịch sử".`,
    `5. ${menuLabels.report}: tạo báo cáo trên Google Tài liệu.`,
    `6. ${menuLabels.share}: chia sẻ báo cáo cho các email ở trang Cấu hình, sau khi bạn xác nhận.`,
    `7. ${menuLabels.importTargets}: dán nội dung kế hoạch, chọn các chỉ tiêu đọc được để ghi vào trang "Chỉ tiêu".`,
    `8. ${menuLabels.olderYears}: thêm số liệu các năm trước vào "Lịch sử" từ trang "Lịch sử" hoặc "Số liệu gửi tỉnh" bạn đã sao chép từ bảng tính năm cũ sang (bấm chuột phải vào tên trang > Sao chép vào > Bảng tính hiện có).`,
    `9. ${menuLabels.clearMarks}: bỏ màu và ghi chú lỗi, trả các ô về như cũ.`,
    'Hàm dùng trong ô: KH_DIEM, KH_KETQUA, KH_TYLE, KH_CHITIEU, KH_CHUANHOA (xem tài liệu hướng dẫn).',
    'Chương trình không bao giờ sửa dữ liệu bạn nhập; nó chỉ ghi vào các trang "Tổng hợp", "Lỗi dữ liệu", "Nhật ký gửi", "Số liệu gửi tỉnh" và "Lịch sử".',
  ].join('\n\n'),

  sidebarTitle: 'Lỗi dữ liệu',
  sheetGone: (sheet: string) => `Không còn trang "${sheet}" trong bảng tính.`,
  /** Problems sent to the sidebar (the page pages through them); the rest are counted in their groups. */
  sidebarLimit: 2000,
  sidebarMore: (n: string) => `… và ${n} vấn đề khác: xem trang "Lỗi dữ liệu".`,
} as const;

/** Texts the sidebar page shows; injected into its HTML so the page itself carries no copy of them. */
export const sidebarText = {
  heading: 'Danh sách lỗi dữ liệu',
  empty: 'Không có lỗi nào cần sửa.',
  summary: (errors: number, warnings: number) =>
    `${errors} lỗi, ${warnings} cảnh báo. Bấm vào một dòng để tới ô cần sửa.`,
  error: 'Lỗi',
  warning: 'Cảnh báo',
  selecting: 'Đang chọn ô…',
  selectFailed: 'Không chọn được ô: ',
  groupsHeading: 'Theo trang và loại lỗi (bấm để lọc):',
  all: 'Tất cả',
  previous: '‹ Trước',
  next: 'Sau ›',
  /** "{p}" and "{n}" are replaced by the page: one template, no copy of the words in the page. */
  pageOf: 'Trang {p}/{n}',
};

/** Texts of the report progress sidebar ("Tạo báo cáo" on a large commune runs in several executions). */
export const reportSidebarText = {
  heading: 'Đang tạo báo cáo',
  keepOpen: 'Giữ bảng này mở cho đến khi xong; mỗi lượt chạy tối đa vài phút và tự chạy tiếp.',
  resuming: 'Lượt vừa rồi bị dừng giữa chừng; đang chạy tiếp từ văn bản chưa xong…',
  busy: 'Một cán bộ khác đang chạy một lệnh; sẽ thử lại sau ít giây…',
  failed: 'Không tạo tiếp được: ',
  retry: 'Chạy tiếp',
  doneHeading: 'Đã tạo báo cáo',
};

/** Vietnamese messages of the custom functions' argument errors. */
export const fnText = {
  needCriteria: (fn: string) =>
    `${fn}: thiếu bộ tiêu chí. Ghi tên danh hiệu, ví dụ "Công dân học tập", hoặc mã bộ tiêu chí như "cdht-324-2023".`,
  unknownCriteria: (fn: string, v: string) =>
    `${fn}: không nhận ra bộ tiêu chí "${v}". Dùng một trong: Gia đình học tập, Dòng họ học tập, Cộng đồng học tập, Đơn vị học tập, Công dân học tập.`,
  tooManyPoints: (fn: string, given: number, items: number) =>
    `${fn}: có ${given} ô điểm nhưng bộ tiêu chí chỉ có ${items} tiêu chí (TC1…TC${items}).`,
  /** A cell the engine cannot read: its own message (issues.ts), after the function's name. */
  cell: (fn: string, message: string) => `${fn}: ${message}`,
  needRange: (fn: string) => `${fn}: cần một vùng ô, ví dụ M2:M200.`,
  badTotal: (fn: string, v: string) => `${fn}: tổng số "${v}" phải là số lớn hơn 0.`,
  recognisedAboveTotal: (fn: string, recognised: number, total: number) =>
    `${fn}: có ${formatInt(recognised)} ô được công nhận, nhiều hơn tổng số ${Number.isInteger(total) ? formatInt(total) : formatDecimal(total, 2)}; kiểm tra lại tổng số hoặc vùng kết quả.`,
  needIndicator: (fn: string) => `${fn}: thiếu tên chỉ tiêu, ví dụ "Gia đình học tập (% hộ)".`,
  unknownIndicator: (fn: string, v: string) =>
    `${fn}: không nhận ra chỉ tiêu "${v}". Dùng tên chỉ tiêu như trên trang Chỉ tiêu.`,
  badYear: (fn: string, v: string) => `${fn}: năm "${v}" không hợp lệ; ghi năm bốn chữ số, ví dụ 2028.`,
  needPreset: (fn: string) =>
    `${fn}: thiếu bộ chỉ tiêu. Ghi tên bộ chỉ tiêu, ví dụ "Quảng Ngọc 2026-2030", hoặc chọn vùng trang Chỉ tiêu, ví dụ 'Chỉ tiêu'!A1:I30.`,
  unknownPreset: (fn: string, v: string) => `${fn}: không có bộ chỉ tiêu "${v}".`,
  noTarget: (fn: string, indicator: string, year: number) =>
    `${fn}: không có chỉ tiêu "${indicator}" cho năm ${year}.`,
  badMode: (fn: string, v: string) => `${fn}: kiểu chuẩn hóa "${v}" không hợp lệ; dùng "chuẩn" hoặc "khóa".`,
  unexpected: (fn: string) => `${fn}: không tính được với các tham số đã cho; kiểm tra lại các ô tham chiếu.`,
};

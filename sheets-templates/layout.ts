// The commune workbook, described once: sheet names, columns, notes, dropdowns and widths.
// The engine reads by it, the .xlsx templates and the Apps Script "Thiết lập" build sheets from it.
import { WorkbookLayout } from '../src/core/layout/schema';

const MARK_NOTE = 'Đánh dấu x (hoặc "có", ✓) nếu đã đăng ký; để trống nếu chưa.';
const RESULT_OPTIONS = ['Đạt', 'Không đạt'];
const RESULT_NOTE =
  'Kết quả do thôn/Hội đồng bình xét quyết định: Đạt hoặc Không đạt. Để trống nếu muốn hệ thống tính từ điểm các tiêu chí.';
const EVIDENCE_NOTE = 'Đường dẫn tới minh chứng (ảnh, biên bản) nếu có.';
const TOTAL_NOTE =
  'Tổng điểm, chỉ nhập khi không có điểm từng tiêu chí (ví dụ công dân tự đánh giá trên congdanhoctap.vn).';

const common = (title: string) => ({
  registered: {
    key: 'registered',
    header: 'Đăng ký',
    synonyms: ['Đăng ký xây dựng', 'ĐK', 'Có đăng ký', `Đăng ký ${title}`],
    kind: 'mark' as const,
    note: MARK_NOTE,
    width: 10,
  },
  total: {
    key: 'totalPoints',
    header: 'Tổng điểm',
    synonyms: ['Tổng', 'Điểm', 'Tổng cộng điểm', 'Điểm tổng'],
    kind: 'number' as const,
    note: TOTAL_NOTE,
    width: 10,
  },
  result: {
    key: 'result',
    header: 'Kết quả',
    synonyms: ['Kết quả bình xét', 'Xếp loại', 'Đạt/Không đạt', 'Công nhận', 'Kết quả đánh giá'],
    kind: 'result' as const,
    options: RESULT_OPTIONS,
    note: RESULT_NOTE,
    width: 12,
  },
  evidence: {
    key: 'evidence',
    header: 'Minh chứng',
    synonyms: ['Link minh chứng', 'Đường dẫn minh chứng', 'Hồ sơ'],
    kind: 'url' as const,
    note: EVIDENCE_NOTE,
    width: 24,
  },
  remark: { key: 'remark', header: 'Ghi chú', synonyms: [], kind: 'text' as const, note: 'Ghi chú tự do.', width: 20 },
  order: { key: 'order', header: 'STT', synonyms: ['TT', 'Số TT', 'Số thứ tự'], kind: 'integer' as const, note: 'Số thứ tự.', width: 6 },
});

const VILLAGE_KINDS = ['Thôn', 'Tổ dân phố', 'Bản', 'Ấp', 'Khu phố', 'Khóm', 'Buôn', 'Làng', 'Xóm'];
const UNIT_KINDS = ['Cơ quan', 'Trường học', 'Doanh nghiệp', 'Cơ sở sản xuất', 'Tổ chức', 'Đơn vị khác'];
export const CITIZEN_GROUPS = ['Người dân/Nông dân', 'Người lao động', 'CBCCVC', 'Học sinh/Sinh viên'];
export const INDICATOR_LABELS = [
  'Gia đình học tập (% hộ)',
  'Dòng họ học tập (% dòng họ)',
  'Cộng đồng học tập (% thôn)',
  'Đơn vị học tập (% đơn vị)',
  'Công dân học tập (% người lớn)',
  'Công dân học tập (% người lao động)',
  'Công dân học tập (% CBCCVC trong đơn vị)',
  'Công dân học tập (% công dân)',
  'CDHT có kỹ năng số (%)',
  'CDHT thành thạo kỹ năng số (%)',
  'Chỉ tiêu khác',
];

const c = common;

export const layout = WorkbookLayout.parse({
  version: 1,
  frozenRows: 1,
  ownerMetadataKey: 'khuyenhoc-sheets:owned',
  owned: { summary: 'Tổng hợp', problems: 'Lỗi dữ liệu', shareLog: 'Nhật ký gửi' },
  config: {
    sheet: 'Cấu hình',
    synonyms: ['Cau hinh', 'Thông tin chung', 'Cài đặt'],
    headers: ['Tham số', 'Giá trị', 'Giải thích'],
    settings: [
      { key: 'commune', label: 'Tên xã/phường', synonyms: ['Xã', 'Phường', 'Tên xã', 'Tên phường', 'Đơn vị hành chính'], kind: 'text', required: true, note: 'Tên xã, phường hoặc đặc khu, không kèm chữ "xã" (ví dụ: Quảng Ngọc).', example: 'Hòa An' },
      { key: 'communeKind', label: 'Loại đơn vị hành chính', synonyms: ['Cấp'], kind: 'enum', options: ['Xã', 'Phường', 'Đặc khu'], note: 'Xã, Phường hoặc Đặc khu.', example: 'Xã' },
      { key: 'province', label: 'Tỉnh/thành phố', synonyms: ['Tỉnh', 'Thành phố', 'Tỉnh/TP'], kind: 'text', required: true, note: 'Tên tỉnh hoặc thành phố trực thuộc trung ương (ví dụ: Thanh Hóa).', example: 'Thanh Hóa' },
      { key: 'district', label: 'Huyện (trước 01/7/2025)', synonyms: ['Huyện', 'Quận', 'Thị xã'], kind: 'text', note: 'Chỉ điền với dữ liệu trước ngày 01/7/2025, khi còn cấp huyện.' },
      { key: 'year', label: 'Năm đánh giá', synonyms: ['Năm', 'Năm báo cáo'], kind: 'year', required: true, note: 'Năm bình xét danh hiệu (ví dụ: 2026).', example: 2026 },
      { key: 'targetPreset', label: 'Bộ chỉ tiêu', synonyms: ['Kế hoạch', 'Chỉ tiêu theo kế hoạch'], kind: 'enum', options: ['Quảng Ngọc 2026-2030', 'Kim Trà 2026', 'QĐ 387 toàn quốc 2025', 'Theo trang Chỉ tiêu'], note: 'Chỉ tiêu dùng để so sánh. Chọn "Theo trang Chỉ tiêu" để dùng các dòng tự nhập ở trang Chỉ tiêu.', example: 'Theo trang Chỉ tiêu' },
      { key: 'targetYear', label: 'Năm chỉ tiêu', synonyms: ['So sánh với chỉ tiêu năm', 'Mốc chỉ tiêu'], kind: 'year', note: 'Mốc chỉ tiêu để so sánh (ví dụ 2028). Để trống: lấy mốc gần nhất từ năm đánh giá trở đi.', example: 2028 },
      { key: 'planStart', label: 'Kế hoạch từ năm', synonyms: ['Giai đoạn từ năm'], kind: 'year', note: 'Năm đầu của giai đoạn kế hoạch (ví dụ 2026).', example: 2026 },
      { key: 'planEnd', label: 'Kế hoạch đến năm', synonyms: ['Giai đoạn đến năm'], kind: 'year', note: 'Năm cuối của giai đoạn kế hoạch (ví dụ 2030).', example: 2030 },
      { key: 'disadvantaged', label: 'Vùng khó khăn', synonyms: ['Vùng đặc biệt khó khăn'], kind: 'mark', note: 'Đánh dấu x nếu xã thuộc vùng khó khăn: điểm đạt Công dân học tập hạ từ 80 xuống 70.' },
      { key: 'reportBody', label: 'Cơ quan ban hành báo cáo', synonyms: ['Cơ quan báo cáo'], kind: 'text', note: 'Ghi bằng chữ in hoa, ví dụ: HỘI KHUYẾN HỌC XÃ HÒA AN.' },
      { key: 'reportParent', label: 'Cơ quan chủ quản', synonyms: ['Cơ quan cấp trên'], kind: 'text', note: 'Cơ quan cấp trên ghi ở dòng đầu, ví dụ: HỘI KHUYẾN HỌC TỈNH THANH HÓA.' },
      { key: 'reportNumber', label: 'Số báo cáo', synonyms: ['Số BC'], kind: 'text', note: 'Số thứ tự của báo cáo, ví dụ 05 (ký hiệu /BC-HKH do hệ thống thêm).', example: '' },
      { key: 'reportDate', label: 'Ngày báo cáo', synonyms: ['Ngày ký báo cáo'], kind: 'date', note: 'Ngày ghi trên báo cáo (dd/mm/yyyy).' },
      { key: 'reportSigner', label: 'Người ký báo cáo', synonyms: ['Chủ tịch Hội'], kind: 'text', note: 'Họ và tên người ký báo cáo.' },
      { key: 'reportSignerTitle', label: 'Chức vụ ký báo cáo', synonyms: [], kind: 'list', note: 'Mỗi dòng một dòng chữ, cách nhau bởi dấu ;, ví dụ: TM. BAN THƯỜNG VỤ; CHỦ TỊCH.', example: 'TM. BAN THƯỜNG VỤ; CHỦ TỊCH' },
      { key: 'decisionNumber', label: 'Số quyết định', synonyms: ['Số QĐ'], kind: 'text', note: 'Số thứ tự của quyết định công nhận, ví dụ 120.' },
      { key: 'decisionSigner', label: 'Người ký quyết định', synonyms: ['Chủ tịch UBND'], kind: 'text', note: 'Họ và tên người ký quyết định công nhận.' },
      { key: 'decisionSignerTitle', label: 'Chức vụ ký quyết định', synonyms: [], kind: 'list', note: 'Các dòng chức vụ cách nhau bởi dấu ;, ví dụ: TM. ỦY BAN NHÂN DÂN; KT. CHỦ TỊCH; PHÓ CHỦ TỊCH.', example: 'TM. ỦY BAN NHÂN DÂN; CHỦ TỊCH' },
      { key: 'oneDecision', label: 'Một quyết định cho mọi danh hiệu', synonyms: ['Quyết định chung'], kind: 'mark', note: 'Đánh dấu x để ra một quyết định gồm nhiều điều; để trống để ra mỗi danh hiệu một quyết định.' },
      { key: 'recipients', label: 'Nơi nhận', synonyms: ['Nơi nhận báo cáo'], kind: 'list', note: 'Các nơi nhận cách nhau bởi dấu ;, ví dụ: Hội Khuyến học tỉnh (b/c); Đảng ủy, UBND xã (b/c).' },
      { key: 'shareEmails', label: 'Email gửi báo cáo', synonyms: ['Email Hội Khuyến học tỉnh', 'Email người nhận'], kind: 'emails', note: 'Các địa chỉ email nhận báo cáo, cách nhau bởi dấu , hoặc ;.' },
      { key: 'shareRole', label: 'Quyền của người nhận', synonyms: ['Quyền chia sẻ'], kind: 'enum', options: ['Xem', 'Chỉnh sửa'], note: 'Xem (mặc định) hoặc Chỉnh sửa.', example: 'Xem' },
      { key: 'deadline', label: 'Hạn gửi báo cáo', synonyms: ['Hạn báo cáo'], kind: 'date', note: 'Hạn gửi báo cáo lên tỉnh (mặc định 10/12 của năm đánh giá).' },
    ],
  },
  targets: {
    sheet: 'Chỉ tiêu',
    synonyms: ['Chi tieu', 'Mục tiêu'],
    columns: [
      { key: 'indicator', header: 'Chỉ tiêu', synonyms: ['Tên chỉ tiêu', 'Nội dung'], kind: 'enum', required: true, options: INDICATOR_LABELS, note: 'Chọn chỉ tiêu trong danh sách; "Chỉ tiêu khác" để nhập tử số, mẫu số bằng tay.', width: 40 },
      { key: 'year', header: 'Năm', synonyms: ['Mốc năm', 'Đến năm'], kind: 'year', required: true, note: 'Năm phải đạt chỉ tiêu (ví dụ 2028).', width: 8 },
      { key: 'comparison', header: 'So sánh', synonyms: ['Phép so sánh'], kind: 'enum', options: ['≥', '>'], note: '≥ (đạt từ tỷ lệ trở lên) hoặc > (trên tỷ lệ). Mặc định ≥.', width: 8 },
      { key: 'percent', header: 'Tỷ lệ (%)', synonyms: ['Tỷ lệ', '%', 'Chỉ tiêu (%)'], kind: 'number', required: true, note: 'Tỷ lệ phần trăm phải đạt, từ 0 đến 100.', width: 10 },
      { key: 'scope', header: 'Phạm vi', synonyms: ['Áp dụng'], kind: 'enum', options: ['Toàn xã', 'Từng thôn'], note: 'Toàn xã: tính chung cả xã. Từng thôn: mọi thôn đều phải đạt.', width: 12 },
      { key: 'label', header: 'Tên chỉ tiêu khác', synonyms: [], kind: 'text', note: 'Chỉ với "Chỉ tiêu khác": mô tả chỉ tiêu.', width: 30 },
      { key: 'numerator', header: 'Tử số', synonyms: ['Số đạt'], kind: 'number', note: 'Chỉ với "Chỉ tiêu khác": số đã đạt.', width: 8 },
      { key: 'denominator', header: 'Mẫu số', synonyms: ['Tổng số'], kind: 'number', note: 'Chỉ với "Chỉ tiêu khác": tổng số.', width: 8 },
      { key: 'source', header: 'Nguồn', synonyms: ['Căn cứ', 'Ghi chú'], kind: 'text', note: 'Văn bản đặt ra chỉ tiêu.', width: 24 },
    ],
  },
  criteria: {
    sheet: 'Bộ tiêu chí',
    synonyms: ['Bo tieu chi', 'Tiêu chí'],
    columns: [
      { key: 'title', header: 'Danh hiệu', synonyms: [], kind: 'enum', required: true, options: ['Gia đình học tập', 'Dòng họ học tập', 'Cộng đồng học tập', 'Đơn vị học tập', 'Công dân học tập'], note: 'Danh hiệu mà tiêu chí thuộc về.', width: 20 },
      { key: 'code', header: 'Mã', synonyms: ['Mã tiêu chí'], kind: 'text', required: true, note: 'Mã tiêu chí, trùng với tên cột điểm trên trang danh sách (TC1, TC2…).', width: 8 },
      { key: 'group', header: 'Nhóm', synonyms: ['Nhóm tiêu chí'], kind: 'text', note: 'Nhóm tiêu chí (nếu có).', width: 24 },
      { key: 'label', header: 'Nội dung tiêu chí', synonyms: ['Tiêu chí', 'Nội dung'], kind: 'text', required: true, note: 'Nội dung tiêu chí.', width: 50 },
      { key: 'max', header: 'Điểm tối đa', synonyms: ['Điểm chuẩn'], kind: 'number', required: true, note: 'Điểm tối đa của tiêu chí; ghi 0 cho chỉ số chỉ đánh giá đạt hoặc không đạt (không tính điểm).', width: 10 },
      { key: 'min', header: 'Điểm tối thiểu', synonyms: ['Điểm sàn'], kind: 'number', note: 'Điểm tối thiểu phải có ở tiêu chí này (để trống nếu không có).', width: 10 },
      { key: 'mandatory', header: 'Bắt buộc', synonyms: [], kind: 'mark', note: 'Đánh dấu x nếu không đạt tiêu chí này thì không đạt danh hiệu.', width: 9 },
      { key: 'passTotal', header: 'Điểm đạt', synonyms: ['Tổng điểm đạt'], kind: 'number', note: 'Ghi ở một dòng bất kỳ của danh hiệu: tổng điểm tối thiểu để đạt.', width: 9 },
    ],
  },
  registers: [
    {
      key: 'villages', sheet: 'Thôn', synonyms: ['Thon', 'Danh sách thôn', 'Tổ dân phố', 'Thôn, tổ dân phố', 'Cộng đồng'], title: 'community', criteriaAfter: 'registered', labelColumn: 'name',
      columns: [
        c('CĐHT').order,
        { key: 'name', header: 'Tên thôn', synonyms: ['Thôn', 'Tên thôn/tổ dân phố', 'Thôn/Tổ dân phố', 'Tổ dân phố', 'Tên', 'Khu dân cư'], kind: 'text', required: true, note: 'Tên thôn, tổ dân phố như dùng ở các trang khác (ví dụ: Thôn 3).', width: 18 },
        { key: 'kind', header: 'Loại', synonyms: ['Loại địa bàn'], kind: 'enum', options: VILLAGE_KINDS, note: 'Thôn, Tổ dân phố, Bản, Ấp…', width: 12 },
        { key: 'households', header: 'Tổng số hộ', synonyms: ['Số hộ', 'Tổng hộ', 'Hộ gia đình'], kind: 'integer', required: true, note: 'Tổng số hộ gia đình của thôn (mẫu số của tỷ lệ Gia đình học tập).', width: 10 },
        { key: 'clans', header: 'Tổng số dòng họ', synonyms: ['Số dòng họ', 'Dòng họ'], kind: 'integer', note: 'Số dòng họ có trên địa bàn thôn.', width: 10 },
        { key: 'population', header: 'Số nhân khẩu', synonyms: ['Nhân khẩu', 'Dân số', 'Số dân'], kind: 'integer', note: 'Tổng số nhân khẩu (mẫu số của tỷ lệ công dân học tập).', width: 10 },
        { key: 'adults', header: 'Số người lớn', synonyms: ['Người lớn', 'Số người từ 18 tuổi'], kind: 'integer', note: 'Số người từ 18 tuổi trở lên.', width: 10 },
        { key: 'workers', header: 'Số người lao động', synonyms: ['Người lao động', 'Số lao động', 'Lao động'], kind: 'integer', note: 'Số người trong độ tuổi lao động.', width: 10 },
        c('CĐHT').registered,
        c('CĐHT').total, c('CĐHT').result, c('CĐHT').evidence, c('CĐHT').remark,
      ],
    },
    {
      key: 'families', sheet: 'Gia đình', synonyms: ['Gia dinh', 'Hộ gia đình', 'Danh sách hộ', 'GĐHT', 'Gia đình học tập'], title: 'family', criteriaAfter: 'registered', labelColumn: 'head',
      columns: [
        c('GĐHT').order,
        { key: 'head', header: 'Họ tên chủ hộ', synonyms: ['Chủ hộ', 'Họ và tên chủ hộ', 'Tên chủ hộ', 'Họ tên'], kind: 'text', required: true, note: 'Họ và tên chủ hộ, có dấu.', width: 24 },
        { key: 'village', header: 'Thôn', synonyms: ['Tên thôn', 'Thôn/Tổ dân phố', 'Tổ dân phố', 'Địa chỉ'], kind: 'village', required: true, note: 'Tên thôn như ở trang Thôn.', width: 14 },
        { key: 'members', header: 'Số nhân khẩu', synonyms: ['Nhân khẩu', 'Số người'], kind: 'integer', note: 'Số người trong hộ.', width: 9 },
        c('GĐHT').registered,
        c('GĐHT').total, c('GĐHT').result, c('GĐHT').evidence, c('GĐHT').remark,
      ],
    },
    {
      key: 'clans', sheet: 'Dòng họ', synonyms: ['Dong ho', 'Danh sách dòng họ', 'DHHT', 'Dòng họ học tập'], title: 'clan', criteriaAfter: 'registered', labelColumn: 'name',
      columns: [
        c('DHHT').order,
        { key: 'name', header: 'Tên dòng họ', synonyms: ['Dòng họ', 'Họ', 'Tên họ'], kind: 'text', required: true, note: 'Tên dòng họ, ví dụ: Họ Nguyễn Văn (chi 2).', width: 24 },
        { key: 'leader', header: 'Trưởng họ', synonyms: ['Trưởng tộc', 'Họ tên trưởng họ'], kind: 'text', note: 'Họ và tên trưởng họ.', width: 22 },
        { key: 'villages', header: 'Thôn', synonyms: ['Các thôn', 'Địa bàn', 'Thôn cư trú'], kind: 'villages', required: true, note: 'Thôn nơi dòng họ cư trú; nhiều thôn thì cách nhau bởi dấu phẩy. Thôn đầu tiên là nơi dòng họ được bình xét.', width: 20 },
        { key: 'households', header: 'Số hộ', synonyms: ['Số hộ trong dòng họ'], kind: 'integer', note: 'Số hộ thuộc dòng họ.', width: 8 },
        c('DHHT').registered,
        c('DHHT').total, c('DHHT').result, c('DHHT').evidence, c('DHHT').remark,
      ],
    },
    {
      key: 'units', sheet: 'Đơn vị', synonyms: ['Don vi', 'Cơ quan, đơn vị', 'Danh sách đơn vị', 'ĐVHT', 'Đơn vị học tập'], title: 'unit', criteriaAfter: 'registered', labelColumn: 'name',
      columns: [
        c('ĐVHT').order,
        { key: 'name', header: 'Tên đơn vị', synonyms: ['Đơn vị', 'Cơ quan', 'Tên cơ quan', 'Tên cơ quan, đơn vị'], kind: 'text', required: true, note: 'Tên cơ quan, trường học, doanh nghiệp, cơ sở sản xuất do xã quản lý.', width: 30 },
        { key: 'kind', header: 'Loại đơn vị', synonyms: ['Loại', 'Loại hình'], kind: 'enum', options: UNIT_KINDS, note: 'Cơ quan, Trường học, Doanh nghiệp, Cơ sở sản xuất, Tổ chức.', width: 14 },
        { key: 'village', header: 'Thôn', synonyms: ['Địa bàn', 'Địa chỉ'], kind: 'village', note: 'Thôn nơi đơn vị đóng (không bắt buộc).', width: 14 },
        { key: 'staff', header: 'Số CBCCVC, người lao động', synonyms: ['Số CBCCVC', 'Số cán bộ', 'Số người', 'Tổng số CBCCVC', 'Số lao động'], kind: 'integer', required: true, note: 'Tổng số cán bộ, công chức, viên chức, người lao động của đơn vị.', width: 12 },
        c('ĐVHT').registered,
        c('ĐVHT').total, c('ĐVHT').result, c('ĐVHT').evidence, c('ĐVHT').remark,
      ],
    },
    {
      key: 'citizens', sheet: 'Công dân', synonyms: ['Cong dan', 'Danh sách công dân', 'CDHT', 'Công dân học tập'], title: 'citizen', criteriaAfter: 'registered', labelColumn: 'name',
      columns: [
        c('CDHT').order,
        { key: 'name', header: 'Họ và tên', synonyms: ['Họ tên', 'Tên', 'Họ và tên công dân'], kind: 'text', required: true, note: 'Họ và tên công dân, có dấu.', width: 24 },
        { key: 'birthYear', header: 'Năm sinh', synonyms: ['Ngày sinh', 'Ngày tháng năm sinh'], kind: 'year', note: 'Năm sinh (hoặc ngày sinh dd/mm/yyyy).', width: 9 },
        { key: 'group', header: 'Nhóm', synonyms: ['Đối tượng', 'Nhóm đối tượng', 'Thành phần'], kind: 'enum', required: true, options: CITIZEN_GROUPS, note: 'Người dân/Nông dân, Người lao động, CBCCVC hoặc Học sinh/Sinh viên.', width: 18 },
        { key: 'village', header: 'Thôn', synonyms: ['Tên thôn', 'Tổ dân phố', 'Nơi cư trú'], kind: 'village', note: 'Thôn nơi cư trú (bắt buộc với người dân, người lao động, học sinh).', width: 14 },
        { key: 'unit', header: 'Đơn vị', synonyms: ['Cơ quan', 'Nơi công tác', 'Tên đơn vị'], kind: 'unit', note: 'Đơn vị công tác (bắt buộc với CBCCVC), như ở trang Đơn vị.', width: 24 },
        { key: 'digital', header: 'Kỹ năng số', synonyms: ['Kĩ năng số', 'Kỹ năng số (có/thành thạo)'], kind: 'enum', options: ['Không', 'Có', 'Thành thạo'], note: 'Không, Có hoặc Thành thạo.', width: 11 },
        c('CDHT').registered,
        c('CDHT').total, c('CDHT').result, c('CDHT').evidence, c('CDHT').remark,
      ],
    },
  ],
});

export type Layout = typeof layout;

// The province's master workbook, as constant data like the commune's layout. Both shells read by it: the
// province's Apps Script project (the list of communes' shared sheets) and the command line `tong-hop-tinh`
// (a list of .xlsx paths). Defined before the roll-up menus so the Google side can be built against it: change a
// header or key here and both shells follow; rename nothing a province may already have typed without a synonym.
import { configSheet } from './config-sheet';
import type { ColumnKeyOf, ConfigSheetSpec, TableSheetSpec } from './schema';

type CommuneSetting = (typeof configSheet.settings)[number];
const communeSetting = <K extends CommuneSetting['key']>(key: K): Extract<CommuneSetting, { key: K }> => {
  const found = configSheet.settings.find((s): s is Extract<CommuneSetting, { key: K }> => s.key === key);
  if (!found) throw new Error(`config-sheet.ts has no setting "${key}"`);
  return found;
};

/** "Danh sách xã": one row per commune the province collects from. Rows with a blank link are skipped. */
export const communeListSheet = {
  sheet: 'Danh sách xã',
  synonyms: ['Danh sach xa', 'Danh sách xã, phường', 'Danh sách đơn vị'],
  columns: [
    {
      key: 'index',
      header: 'STT',
      synonyms: ['Số thứ tự', 'TT'],
      kind: 'integer',
      required: false,
      note: 'Số thứ tự (không bắt buộc).',
      width: 6,
    },
    {
      key: 'name',
      header: 'Tên xã',
      synonyms: ['Xã', 'Tên xã/phường', 'Xã/phường', 'Đơn vị'],
      kind: 'text',
      required: false,
      note: 'Tên xã, phường hoặc đặc khu như tỉnh gọi; để trống thì lấy tên trong trang "Số liệu gửi tỉnh" của xã.',
      width: 24,
    },
    {
      // A link to the commune's shared Google Sheet (Apps Script) or a path to its output .xlsx (command line,
      // relative to the list's own folder): one column so the same list serves both.
      key: 'source',
      header: 'Liên kết/Tệp',
      synonyms: ['Liên kết', 'Đường dẫn', 'Tệp', 'Link', 'URL'],
      kind: 'text',
      required: true,
      note: 'Đường liên kết Google Sheets xã đã chia sẻ, hoặc đường dẫn tệp .xlsx kết quả của xã.',
      width: 60,
    },
  ],
} as const satisfies TableSheetSpec;

export type CommuneListColumnKey = ColumnKeyOf<typeof communeListSheet>;

/** "Cấu hình tỉnh": the association's own settings, read by label like the commune's "Cấu hình". */
export const provinceConfigSheet = {
  sheet: 'Cấu hình tỉnh',
  synonyms: ['Cau hinh tinh', 'Cấu hình Hội tỉnh'],
  headers: ['Tham số', 'Giá trị', 'Giải thích'],
  settings: [
    {
      key: 'province',
      label: 'Tỉnh/thành phố',
      synonyms: ['Tỉnh', 'Thành phố', 'Tỉnh/TP'],
      kind: 'text',
      required: true,
      note: 'Tên tỉnh hoặc thành phố trực thuộc trung ương, không kèm chữ "tỉnh" (ví dụ: Thanh Hóa).',
      example: 'Thanh Hóa',
    },
    {
      key: 'year',
      label: 'Năm tổng hợp',
      synonyms: ['Năm', 'Năm đánh giá', 'Năm báo cáo'],
      kind: 'year',
      required: true,
      note: 'Năm bình xét mà các xã đã tổng hợp (ví dụ: 2026).',
      example: 2026,
    },
    {
      key: 'targetYear',
      label: 'Năm chỉ tiêu',
      synonyms: ['Mốc chỉ tiêu'],
      kind: 'year',
      required: false,
      note: 'Mốc chỉ tiêu của tỉnh để so sánh. Để trống: lấy mốc gần nhất từ năm tổng hợp trở đi.',
    },
    {
      key: 'reportNumber',
      label: 'Số báo cáo',
      synonyms: ['Số BC'],
      kind: 'text',
      required: false,
      note: 'Số thứ tự của báo cáo, ví dụ 12 (ký hiệu /BC-HKH do hệ thống thêm).',
    },
    // Dated and signed as the commune's report is: the same rows, so the two sheets cannot drift apart.
    communeSetting('reportDate'),
    communeSetting('reportSigner'),
    communeSetting('reportSignerTitle'),
    {
      key: 'recipients',
      label: 'Nơi nhận',
      synonyms: ['Nơi nhận báo cáo'],
      kind: 'list',
      required: false,
      note: 'Các nơi nhận cách nhau bởi dấu ;, ví dụ: UBND tỉnh (b/c); Trung ương Hội Khuyến học Việt Nam (b/c).',
    },
  ],
} as const satisfies ConfigSheetSpec;

export type ProvinceSettingKey = (typeof provinceConfigSheet)['settings'][number]['key'];

/**
 * The province's targets use the commune's "Chỉ tiêu" layout (src/core/layout/targets-sheet.ts) on the master
 * workbook, so src/core/targets reads them unchanged. The sheets the roll-up writes and owns:
 */
export const provinceOwnedSheets = {
  rollup: 'Tổng hợp tỉnh',
  /** The Google roll-up's store between executions: one row per commune read (hidden; rewritten each run). */
  read: 'Số liệu đã đọc từ các xã',
} as const;

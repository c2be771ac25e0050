// Every Vietnamese text of the sheets the product owns ("Tổng hợp", "Lỗi dữ liệu"), the same in both shells.
import {
  citizenGroupTerms,
  indicatorTerms,
  scopeTerms,
  titleTerms,
  titleWithUnit,
  verdictTerms,
} from './terms';

const { family, clan, community, citizen } = titleTerms;

export const summaryText = {
  title: (year: number | string, place: string) =>
    `TỔNG HỢP KẾT QUẢ XÂY DỰNG CÁC MÔ HÌNH HỌC TẬP NĂM ${year}${place ? ` – ${place}` : ''}`,
  subtitle: (
    targetYear: number | null,
    preset: string | null,
    errors: number,
    warnings: number,
    sheet: string,
  ) =>
    `So sánh với chỉ tiêu năm ${targetYear ?? '(chưa chọn)'}${preset ? ` (${preset})` : ''}. ` +
    `Dữ liệu: ${errors} lỗi, ${warnings} cảnh báo (xem trang "${sheet}").`,
  partTitles: 'I. KẾT QUẢ THEO DANH HIỆU',
  titlesHeader: ['Danh hiệu', 'Tổng số', 'Đăng ký', 'Tỷ lệ đăng ký (%)', 'Công nhận', 'Tỷ lệ công nhận (%)'],
  citizenRow: titleWithUnit('citizen'),
  partTargets: (year: number | null) => `II. SO SÁNH VỚI CHỈ TIÊU NĂM ${year ?? ''}`,
  targetsHeader: [
    'Chỉ tiêu',
    'Phạm vi',
    'Chỉ tiêu (%)',
    'Thực hiện (%)',
    'Số đạt',
    'Tổng số',
    'Kết quả',
    'Còn thiếu',
    'Thôn chưa đạt',
  ],
  noTargets: 'Không có chỉ tiêu cho năm này.',
  scopeEveryVillage: scopeTerms.everyVillage,
  scopeCommune: scopeTerms.commune,
  partVillages: 'III. KẾT QUẢ TỪNG THÔN',
  villagesHeader: (targetYear: number | null) => [
    'Thôn',
    'Tổng số hộ',
    'Hộ đăng ký',
    `Hộ đạt ${family.short}`,
    `${family.short} (%)`,
    'Số dòng họ',
    'Dòng họ đạt',
    `${clan.short} (%)`,
    community.short,
    'Số người lớn',
    'Người lớn đạt',
    `${citizen.short} người lớn (%)`,
    'Số lao động',
    'Lao động đạt',
    `${citizen.short} lao động (%)`,
    `Chỉ tiêu từng thôn năm ${targetYear ?? ''}`,
  ],
  communityMet: verdictTerms.met,
  communityMissed: verdictTerms.missed,
  communityUnregistered: 'Chưa đăng ký',
  communeRow: (kind: string | undefined) => `Toàn ${kind?.toLowerCase() ?? 'xã'}`,
  communeCommunities: (recognised: string, total: string) => `${recognised}/${total} thôn đạt`,
  villageMissed: (misses: string[]) => `${verdictTerms.missed}: ${misses.join('; ')}`,
  villageMiss: (short: string, shortfall: string, unit: string) => `${short} (thiếu ${shortfall} ${unit})`,
  chartTitle: (year: number | string) => `Tỷ lệ ${family.name} theo thôn năm ${year}`,
  partGroups: `IV. ${citizen.name.toUpperCase()} THEO NHÓM`,
  groupsHeader: ['Nhóm', 'Đăng ký', 'Đạt', 'Tỷ lệ (%)'],
  groupLabel: (g: keyof typeof citizenGroupTerms) => citizenGroupTerms[g].label,
  // The group spelled as its row just above it spells it, not "CBCCVC".
  officials: `${citizenGroupTerms.official.label} trong đơn vị đạt ${citizen.short} (%)`,
  digital: indicatorTerms.citizenDigital.label,
  digitalPro: indicatorTerms.citizenDigitalPro.label,
  partEvidence: 'V. MINH CHỨNG CỦA CÁC DANH HIỆU ĐƯỢC CÔNG NHẬN',
  evidenceHeader: (shorts: readonly string[]) => [
    'Thôn',
    ...shorts.flatMap((short) => [`${short} đạt`, `${short} có minh chứng`, `${short} có minh chứng (%)`]),
  ],
  evidenceNoColumn: (sheets: readonly string[]) =>
    `Trang ${sheets.map((x) => `"${x}"`).join(', ')} chưa có cột "Minh chứng" nên chưa tính được tỷ lệ có minh chứng.`,
  evidenceNote:
    'Minh chứng là đường dẫn (http:// hoặc https://) ở cột "Minh chứng" của mỗi dòng được công nhận; hệ thống chỉ kiểm tra dạng đường dẫn, không mở đường dẫn.',
  digitalBase: (base: string) => `Tỷ lệ kỹ năng số: ${base.charAt(0).toLowerCase()}${base.slice(1)}.`,
  footer: 'Trang này do hệ thống tạo và được ghi đè mỗi lần tổng hợp; hãy sửa dữ liệu ở các trang danh sách.',
} as const;

export const problemsText = {
  title: (errors: number, warnings: number) => `DANH SÁCH LỖI DỮ LIỆU: ${errors} lỗi, ${warnings} cảnh báo`,
  blocking:
    'Lỗi phải sửa trước khi tạo báo cáo; cảnh báo nên xem lại. Bấm vào ô ở cột "Ô" để đến chỗ cần sửa.',
  clean: 'Không có lỗi chặn báo cáo. Cảnh báo (nếu có) nên xem lại.',
  header: ['STT', 'Mức độ', 'Trang', 'Dòng', 'Cột', 'Ô', 'Giá trị', 'Vấn đề', 'Cách sửa'],
  none: 'Không có lỗi nào. Dữ liệu đã sẵn sàng để tổng hợp.',
  error: 'Lỗi',
  warning: 'Cảnh báo',
  row: (row: number) => `Dòng ${row}`,
} as const;

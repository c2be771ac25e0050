// The province roll-up's words: each commune's state as the "Tổng hợp tỉnh" sheet, the sidebar and the console say it.
import type { CommuneState } from '../province/rollup';

export const communeStateTerms: Record<CommuneState, string> = {
  read: 'Đã đọc',
  notShared: 'Chưa chia sẻ',
  notFound: 'Không tìm thấy',
  unreadable: 'Có tệp nhưng không đọc được',
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
  unreadable:
    'Tệp của xã có nhưng không đọc được (hỏng, bị khóa mật khẩu, không có quyền đọc hoặc không phải bảng tính): xem ghi chú của từng xã; nếu không mở được tệp, đề nghị xã gửi lại tệp.',
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
  /** A file that is there but unreadable for a reason the shell cannot name; source: as "Danh sách xã" lists it. */
  unreadable: (source: string) =>
    `Tệp có nhưng không đọc được (hỏng, bị khóa mật khẩu hoặc không có quyền đọc): "${source}". Hãy mở thử tệp bằng Excel; nếu không mở được, đề nghị xã gửi lại tệp.`,
  /** After the command line's own message for the read error (fileText), which names the file and the fix. */
  resend: 'Nếu không sửa được, đề nghị xã gửi lại tệp.',
  /** On Google: the link opens a Drive file that is not a Google Sheet (an .xlsx uploaded as it is, a PDF…). */
  notGoogleSheet: (source: string) =>
    `Liên kết "${source}" mở một tệp trên Drive nhưng không phải Google Trang tính (ví dụ tệp Excel .xlsx tải lên nguyên dạng), nên không đọc được. Đề nghị xã mở tệp, chọn Tệp → Lưu dưới dạng Google Trang tính, chia sẻ bảng mới với Hội Khuyến học tỉnh và gửi lại liên kết.`,
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
  partEvidence: 'III. MINH CHỨNG CỦA CÁC DANH HIỆU ĐƯỢC CÔNG NHẬN (TỶ LỆ % CÓ ĐƯỜNG DẪN MINH CHỨNG)',
  evidenceTotalsHeader: [
    'STT',
    'Danh hiệu',
    'Được công nhận (ở các xã có số liệu minh chứng)',
    'Có minh chứng',
    'Có minh chứng (%)',
    'Số xã không có số liệu minh chứng',
  ],
  evidenceCommunesHeader: (shorts: readonly string[]) => [
    'STT',
    'Tên xã',
    ...shorts.map((short) => `${short} có minh chứng (%)`),
  ],
  /** A commune whose register has no "Minh chứng" column: its coverage is unknown, not 0 %. */
  evidenceNoData: 'Không có số liệu',
  evidenceNoCommunes: 'Chưa có xã nào được cộng số liệu.',
  evidenceNote:
    'Tỷ lệ là số danh hiệu được công nhận có đường dẫn ở cột "Minh chứng" trên số được công nhận, chỉ ở các xã đã cộng số liệu. "Không có số liệu": trang danh sách của xã chưa có cột "Minh chứng", nên xã đó không được tính vào tỷ lệ toàn tỉnh của danh hiệu này; "–": xã không có danh hiệu nào được công nhận.',
  partStates: 'IV. SỐ XÃ THEO TÌNH TRẠNG',
  statesHeader: ['STT', 'Tình trạng', 'Số xã', 'Việc cần làm'],
  chartTitle: (year: number) => `Tỷ lệ gia đình học tập theo xã năm ${year} (%)`,
  footer:
    'Trang này do tiện ích tạo lại mỗi lần "Tổng hợp tỉnh": không sửa tay. Chỉ cộng số liệu của các xã "Đã đọc"; xã còn lỗi dữ liệu được nêu nhưng chưa cộng.',
} as const;

/** The association's report to the province's People's Committee. */
export const provinceReportText = {
  body: (place: string) => ['HỘI KHUYẾN HỌC', place],
  subject: (year: number) => `Kết quả xây dựng các mô hình học tập năm ${year}`,
  subjectPlace: (place: string) => `trên địa bàn ${place}`,
  addressee: (place: string) => `Kính gửi: Ủy ban nhân dân ${place}.`,
  intro: (place: string, year: number) =>
    `Hội Khuyến học ${place} tổng hợp số liệu các xã, phường, đặc khu gửi qua trang "Số liệu gửi tỉnh" và báo cáo kết quả xây dựng các mô hình học tập năm ${year} như sau:`,
  partCollection: 'I. TÌNH HÌNH TỔNG HỢP SỐ LIỆU',
  collection: (listed: string, counted: string, notCounted: string) =>
    `Danh sách của tỉnh có ${listed} xã, phường, đặc khu; đã cộng số liệu của ${counted} đơn vị` +
    (notCounted === '0' ? '.' : `; ${notCounted} đơn vị chưa cộng được số liệu (chi tiết ở mục IV).`),
  partResults: (targetYear: number | null) =>
    targetYear === null ? 'II. KẾT QUẢ TOÀN TỈNH' : `II. KẾT QUẢ TOÀN TỈNH SO VỚI CHỈ TIÊU NĂM ${targetYear}`,
  noTargets:
    'Trang "Chỉ tiêu" của bảng tổng hợp tỉnh chưa có chỉ tiêu cho năm này: báo cáo nêu số liệu, chưa so sánh với chỉ tiêu.',
  figure: (label: string, numerator: string, denominator: string, percent: string) =>
    `${label}: toàn tỉnh ${numerator}/${denominator} (${percent})`,
  noFigure: (label: string) => `${label}: chưa tính được (các xã đã cộng chưa có số liệu)`,
  notComputable: (n: string) => `; ${n} xã chưa tính được chỉ số này`,
  resultsHeader: [
    [
      { text: 'TT' },
      { text: 'Chỉ số' },
      { text: 'Chỉ tiêu (%)' },
      { text: 'Đạt' },
      { text: 'Tổng số' },
      { text: 'Tỷ lệ (%)' },
      { text: 'Đánh giá' },
      { text: 'Số xã chưa đạt' },
    ],
  ],
  /** `covered`: "40/50 Gia đình học tập (80,0%)" per title with evidence data in the counted communes. */
  evidence: (covered: readonly string[], missing: readonly string[]) =>
    (covered.length > 0
      ? `Về minh chứng số, trong các danh hiệu được công nhận ở các xã đã cộng số liệu, ${covered.join(', ')} có đường dẫn minh chứng`
      : 'Chưa tính được tỷ lệ danh hiệu được công nhận có đường dẫn minh chứng (các xã đã cộng chưa có số liệu minh chứng)') +
    (missing.length > 0 ? `; không có số liệu minh chứng: ${missing.join('; ')}` : '') +
    '.',
  evidenceCovered: (numerator: string, denominator: string, label: string, percent: string) =>
    `${numerator}/${denominator} ${label} (${percent})`,
  evidenceMissing: (label: string, count: string) => `${label} ở ${count} xã`,
  evidenceHeader: (shorts: readonly string[]) => [
    [{ text: 'TT' }, { text: 'Tên xã' }, ...shorts.map((short) => ({ text: `${short} có minh chứng (%)` }))],
  ],
  evidenceNoData: 'Không có số liệu',
  partBelow: 'III. CÁC XÃ CHƯA ĐẠT CHỈ TIÊU',
  noneBelow: 'Các xã đã cộng số liệu đều đạt các chỉ tiêu của tỉnh.',
  below: (label: string, count: string, list: string) => `${label}: ${count} xã chưa đạt: ${list}.`,
  belowCommune: (name: string, percent: string) => `${name} (${percent})`,
  partNotRead: 'IV. CÁC XÃ CHƯA CỘNG ĐƯỢC SỐ LIỆU',
  allRead: 'Số liệu của tất cả các xã trong danh sách đều đã được cộng.',
  notReadHeader: [[{ text: 'TT' }, { text: 'Tên xã' }, { text: 'Tình trạng' }, { text: 'Ghi chú, đề nghị' }]],
  partTasks: 'V. NHIỆM VỤ, GIẢI PHÁP THỜI GIAN TỚI',
  tasksPlaceholder:
    '[Phần này do cán bộ Hội tự viết: đánh giá chung, nguyên nhân các xã chưa đạt chỉ tiêu, nhiệm vụ và giải pháp thời gian tới, kiến nghị với Ủy ban nhân dân tỉnh. Xóa dòng này sau khi viết.]',
  closing: (year: number, place: string) =>
    `Trên đây là báo cáo kết quả xây dựng các mô hình học tập năm ${year} trên địa bàn ${place}./.`,
  name: (year: number, place: string) => `Báo cáo kết quả các mô hình học tập năm ${year} - ${place}`,
  unnamed: (row: number) => `(dòng ${row})`,
  defaultSignerTitle: ['TM. BAN THƯỜNG VỤ', 'CHỦ TỊCH'],
  defaultRecipients: (place: string) => [
    `UBND ${place} (b/c)`,
    'Trung ương Hội Khuyến học Việt Nam (b/c)',
    'Các xã, phường, đặc khu',
  ],
} as const;

/** The command line `tong-hop-tinh`: usage, progress and summary. */
export const provinceCliText = {
  usage: [
    'Cách dùng: npm run cli -- tong-hop-tinh <thư mục hoặc các tệp .xlsx> [--out <thư mục>] [--nam <năm>]',
    '',
    'Đọc trang "Số liệu gửi tỉnh" trong tệp kết quả (…-tong-hop.xlsx) của từng xã, cộng số liệu toàn tỉnh và ghi',
    'bảng tổng hợp tỉnh (trang "Tổng hợp tỉnh") cùng báo cáo gửi UBND tỉnh (.docx) vào thư mục kết quả.',
    '',
    '  <tinh.xlsx>       Bảng tổng hợp tỉnh có trang "Danh sách xã" (đường dẫn tệp của từng xã), "Cấu hình tỉnh"',
    '                    (tên tỉnh, năm tổng hợp, người ký) và "Chỉ tiêu" (chỉ tiêu của tỉnh)',
    '  <thư mục>         Mọi tệp .xlsx trong thư mục (không tính thư mục con); nếu trong đó có bảng tổng hợp tỉnh',
    '                    thì theo "Danh sách xã" của bảng đó',
    '  --out <thư mục>   Thư mục ghi kết quả (mặc định: out)',
    '  --nam <năm>       Năm tổng hợp (mặc định: theo "Cấu hình tỉnh", nếu không có thì năm gần nhất của các xã)',
    '',
    'Mã thoát: 0 = xong (kể cả khi có xã chưa cộng được: xem danh sách in ra); 1 = "Cấu hình tỉnh" còn lỗi;',
    '          2 = gọi lệnh sai; 3 = không đọc hoặc ghi được tệp.',
  ].join('\n'),
  missingInput: 'Lệnh "tong-hop-tinh" cần một thư mục hoặc các tệp .xlsx kết quả của các xã.',
  unknownOption: (opt: string) => `Không có tùy chọn "${opt}" cho lệnh tong-hop-tinh.`,
  missingValue: (opt: string) =>
    `Tùy chọn ${opt} cần một giá trị, ví dụ ${opt === '--nam' ? '--nam 2026' : `${opt} out`}.`,
  badYear: (value: string) => `"${value}" không phải là năm hợp lệ cho --nam (cần 4 chữ số, ví dụ 2026).`,
  twoMasters: (a: string, b: string) =>
    `Có hai bảng tổng hợp tỉnh ("${a}" và "${b}"): chỉ đưa vào một tệp có trang "Danh sách xã" hoặc "Cấu hình tỉnh".`,
  noCommunes:
    'Không có tệp .xlsx nào của xã để tổng hợp (thư mục trống, hoặc "Danh sách xã" chưa có dòng nào).',
  noProvince:
    'Không xác định được tỉnh và năm: chưa có xã nào đọc được "Số liệu gửi tỉnh". Đưa vào bảng tổng hợp tỉnh có trang "Cấu hình tỉnh", hoặc kiểm tra lại các tệp của xã.',
  masterProblems: (file: string) => `Bảng tổng hợp tỉnh "${file}" còn lỗi, chưa tổng hợp được:`,
  ignored: (n: string, list: string) => `Bỏ qua ${n} tệp không có trong "Danh sách xã": ${list}.`,
  reading: (n: string) => `Đang đọc "Số liệu gửi tỉnh" của ${n} xã…`,
  read: (ms: number) => `Đã đọc và cộng số liệu (${ms} ms).`,
  writing: (path: string) => `Đang ghi ${path}…`,
  heading: (place: string, year: number, counted: string, listed: string) =>
    `Tổng hợp ${place}, năm ${year}: đã cộng số liệu của ${counted}/${listed} xã.`,
  states: (list: string) => `Tình trạng các xã: ${list}.`,
  stateCount: (state: string, n: string) => `${state} ${n}`,
  targetsHeading: (year: number) => `Toàn tỉnh so với chỉ tiêu năm ${year}:`,
  figuresHeading: 'Toàn tỉnh (chưa có chỉ tiêu của tỉnh để so sánh):',
  indicator: (label: string, figure: string, verdict: string) => `  ${label}: ${figure}${verdict}`,
  figure: (percent: string, numerator: string, denominator: string) =>
    `${percent} (${numerator}/${denominator})`,
  verdict: (comparison: string, percent: string, word: string, below: string) =>
    ` (chỉ tiêu ${comparison} ${percent}) ${word}${below === '0' ? '' : `, ${below} xã chưa đạt`}`,
  notCountedHeading: 'Các xã chưa cộng được số liệu:',
  notCounted: (row: number, name: string, state: string, note: string) =>
    `  Dòng ${row}: ${name}: ${state}. ${note}`.trimEnd(),
  written: 'Đã ghi:',
  writtenFile: (path: string) => `  ${path}`,
} as const;

// Every Vietnamese message the validation can show, keyed by issue code: one catalog for both shells.
import type { Severity } from '../issues/issue';

/** A value a message shows: a name, a count, a year, a list already joined. */
type Shown = string | number;

/**
 * What each issue's message and hint need besides the sheet and the value (which every issue has): the params of
 * an issue are typed by its code, as zod types its issues, so a call with a missing or misspelt param fails to compile.
 */
export interface IssueParamsByCode {
  SHEET_MISSING: Record<never, never>;
  SHEET_OPTIONAL_MISSING: { title: Shown };
  HEADER_NOT_FOUND: { expected: Shown };
  COLUMN_MISSING: { header: Shown; row: Shown };
  COLUMN_DUPLICATE: { header: Shown; used: Shown };
  SHEET_EMPTY: Record<never, never>;
  REQUIRED_EMPTY: { header: Shown };
  NOT_A_NUMBER: { header: Shown };
  NOT_AN_INTEGER: { header: Shown };
  NEGATIVE_NUMBER: { header: Shown };
  POINTS_OUT_OF_RANGE: { header: Shown; max: Shown };
  TOTAL_OUT_OF_RANGE: { max: Shown };
  TOTAL_MISMATCH: { sum: Shown };
  ITEMS_INCOMPLETE: { count: Shown; given: Shown; missing: Shown };
  BAD_MARK: { header: Shown };
  BAD_RESULT: { header: Shown };
  BAD_DATE: { header: Shown };
  BAD_YEAR: { header: Shown };
  BIRTH_YEAR_IMPLAUSIBLE: { age: Shown; year: Shown };
  /** `bound` is the set's limit the age falls outside: 'min' (too young) or 'max' (too old). */
  CITIZEN_AGE_OUT_OF_RANGE: {
    age: Shown;
    year: Shown;
    group: Shown;
    bound: 'min' | 'max';
    limit: Shown;
    set: Shown;
  };
  BAD_OPTION: { header: Shown; options: Shown; suggestion?: Shown };
  BAD_URL: Record<never, never>;
  SPREADSHEET_ERROR: { header: Shown };
  LEGACY_TEXT: { converted: Shown; encoding: Shown };
  UNKNOWN_VILLAGE: { suggestion?: Shown; villagesSheet: Shown };
  UNKNOWN_UNIT: { suggestion?: Shown; unitsSheet: Shown };
  DUPLICATE_VILLAGE: { firstRow: Shown };
  DUPLICATE_FAMILY: { firstRow: Shown; village: Shown };
  DUPLICATE_CITIZEN: { birthYear: Shown; firstRow: Shown; place: Shown };
  DUPLICATE_CLAN: { firstRow: Shown; village: Shown };
  DUPLICATE_UNIT: { firstRow: Shown };
  RESULT_CONTRADICTS_POINTS: { computed: Shown; reason: Shown };
  RECOGNISED_NOT_REGISTERED: Record<never, never>;
  REGISTERED_NOT_ASSESSED: Record<never, never>;
  CITIZEN_NO_VILLAGE: { group: Shown };
  CITIZEN_NO_UNIT: Record<never, never>;
  FAMILIES_EXCEED_HOUSEHOLDS: { count: Shown; other: Shown; village: Shown };
  REGISTERED_EXCEED_TOTAL: { count: Shown; village: Shown; what: Shown };
  CLANS_EXCEED_TOTAL: { count: Shown; other: Shown; village: Shown };
  CITIZENS_EXCEED_POPULATION: { count: Shown; header: Shown; village: Shown; what: Shown };
  ADULTS_EXCEED_POPULATION: { population: Shown; what: Shown };
  OFFICIALS_EXCEED_STAFF: { count: Shown; other: Shown };
  ZERO_TOTAL: { what: Shown };
  CONFIG_MISSING: { label: Shown; note: Shown };
  CONFIG_BAD_VALUE: { label: Shown; note: Shown };
  CONFIG_UNKNOWN_KEY: { options: Shown };
  CONFIG_DOC_NUMBER: { example: Shown; label: Shown };
  CONFIG_DOC_DATE: { label: Shown };
  BAD_EMAIL: Record<never, never>;
  BAD_COMMUNE_CODE: { label: Shown };
  UNKNOWN_PRESET: { options: Shown };
  YEAR_OUTSIDE_PLAN: { end: Shown; start: Shown };
  TARGET_YEAR_OUTSIDE_PLAN: { end: Shown; options: Shown; start: Shown };
  NO_TARGETS_FOR_YEAR: { options: Shown };
  TARGET_BAD_PERCENT: Record<never, never>;
  TARGET_BAD_YEAR: { max: Shown; min: Shown };
  TARGET_UNKNOWN_INDICATOR: { suggestion?: Shown };
  TARGET_DUPLICATE: { firstRow: Shown; year: Shown };
  TARGET_CUSTOM_NUMBERS: Record<never, never>;
  TARGET_NUMERATOR_EXCEEDS: { denominator: Shown };
  CRITERIA_BAD: { reason: Shown; title: Shown };
  CRITERIA_EXAMPLE: { title: Shown };
  VILLAGES_SHEET_MISSING: { expected: Shown; found: Shown };
  LEGACY_COLUMN: { cells: Shown; column: Shown; converted: Shown; encoding: Shown };
  UNMAPPED_COLUMN: { header: Shown; options: Shown; rename: Shown };
  UNMAPPED_RESULT_COLUMN: { count: Shown; header: Shown; kind: Shown; rename: Shown };
  SHEET_ALIAS_USED: { other: Shown; register: Shown; rows: Shown };
  SHEET_CONFLICT: { other: Shown; otherRows: Shown; register: Shown; rows: Shown };
  SHEET_FOUND_BY_CONTENT: { expected: Shown; register: Shown };
  COUNT_IMPLAUSIBLE: { header: Shown; max: Shown };
  DIGITAL_NOT_RECORDED: { cells: Shown; count: Shown; header: Shown; recorded: Shown };
  CRITERIA_ZERO_MAX: { count: Shown; register: Shown; title: Shown };
}

export type IssueCode = keyof IssueParamsByCode;
export type IssueParams<C extends IssueCode = IssueCode> = Readonly<IssueParamsByCode[C]>;

/** Every message sees its params plus where the issue is (the sheet) and what the cell held (the value). */
type Seen<C extends IssueCode> = IssueParams<C> & { readonly sheet: string; readonly value: string };

interface Entry<C extends IssueCode> {
  severity: Severity;
  message: (p: Seen<C>) => string;
  hint: (p: Seen<C>) => string;
}

const s = (v: Shown | undefined): string => (v === undefined ? '' : String(v));
const didYouMean = (p: { readonly suggestion?: Shown }) =>
  p.suggestion ? ` Có phải là "${s(p.suggestion)}"?` : '';

export const issueCatalog: { readonly [C in IssueCode]: Entry<C> } = {
  SHEET_MISSING: {
    severity: 'error',
    message: (p) => `Không tìm thấy trang "${s(p.sheet)}".`,
    hint: () => 'Dùng Tổng hợp → Thiết lập (hoặc lệnh "mau") để thêm trang mẫu, rồi nhập dữ liệu vào đó.',
  },
  VILLAGES_SHEET_MISSING: {
    severity: 'error',
    message: (p) =>
      `Không tìm thấy trang "${s(p.expected)}" (tổng số hộ, số dòng họ, số người lớn của từng thôn: mẫu số của mọi tỷ lệ). ${s(p.found)}`,
    hint: (p) =>
      `Thêm trang "${s(p.expected)}" với các cột "Tên thôn", "Tổng số hộ" (và nếu có: "Tổng số dòng họ", "Số người lớn", "Số người lao động"), mỗi thôn một dòng: dùng Tổng hợp → Thiết lập hoặc lệnh "mau" để có trang mẫu.`,
  },
  SHEET_OPTIONAL_MISSING: {
    severity: 'warning',
    message: (p) => `Không có trang "${s(p.sheet)}": danh hiệu "${s(p.title)}" sẽ không được tổng hợp.`,
    hint: () => 'Nếu xã có theo dõi danh hiệu này, hãy thêm trang bằng Tổng hợp → Thiết lập.',
  },
  HEADER_NOT_FOUND: {
    severity: 'error',
    message: (p) =>
      `Trang "${s(p.sheet)}" không có dòng tiêu đề nhận ra được (cần các cột như ${s(p.expected)}).`,
    hint: () => 'Giữ nguyên dòng tiêu đề của mẫu; có thể đổi thứ tự cột nhưng không đổi tên cột.',
  },
  COLUMN_MISSING: {
    severity: 'error',
    message: (p) => `Trang "${s(p.sheet)}" thiếu cột bắt buộc "${s(p.header)}".`,
    hint: (p) => `Thêm cột có tiêu đề "${s(p.header)}" vào dòng tiêu đề (dòng ${s(p.row)}).`,
  },
  COLUMN_DUPLICATE: {
    severity: 'warning',
    message: (p) => `Cột "${s(p.header)}" xuất hiện hai lần; chỉ dùng cột ${s(p.used)}.`,
    hint: () => 'Xóa hoặc đổi tên cột thừa.',
  },
  SHEET_EMPTY: {
    severity: 'warning',
    message: (p) => `Trang "${s(p.sheet)}" chưa có dữ liệu.`,
    hint: () => 'Nhập danh sách vào dưới dòng tiêu đề.',
  },
  REQUIRED_EMPTY: {
    severity: 'error',
    message: (p) => `Ô "${s(p.header)}" đang để trống.`,
    hint: (p) => `Nhập ${s(p.header).toLowerCase()} cho dòng này, hoặc xóa cả dòng nếu thừa.`,
  },
  NOT_A_NUMBER: {
    severity: 'error',
    message: (p) => `"${s(p.value)}" ở cột "${s(p.header)}" không phải là số.`,
    hint: () => 'Chỉ nhập số, ví dụ 85 hoặc 85,5 (không kèm chữ).',
  },
  NOT_AN_INTEGER: {
    severity: 'error',
    message: (p) => `"${s(p.value)}" ở cột "${s(p.header)}" phải là số nguyên.`,
    hint: () => 'Nhập số nguyên không âm, ví dụ 312.',
  },
  NEGATIVE_NUMBER: {
    severity: 'error',
    message: (p) => `Cột "${s(p.header)}" không được là số âm (${s(p.value)}).`,
    hint: () => 'Nhập số từ 0 trở lên.',
  },
  COUNT_IMPLAUSIBLE: {
    severity: 'error',
    message: (p) =>
      `"${s(p.value)}" ở cột "${s(p.header)}" không thể đúng: lớn hơn ${s(p.max)} (có thể gõ thừa chữ số).`,
    hint: () => 'Nhập lại số thực tế, ví dụ 312.',
  },
  POINTS_OUT_OF_RANGE: {
    severity: 'error',
    message: (p) => `Điểm tiêu chí ${s(p.header)} là ${s(p.value)}, ngoài khoảng 0–${s(p.max)}.`,
    hint: (p) => `Nhập điểm từ 0 đến ${s(p.max)} theo bộ tiêu chí.`,
  },
  TOTAL_OUT_OF_RANGE: {
    severity: 'error',
    message: (p) => `Tổng điểm ${s(p.value)} ngoài khoảng 0–${s(p.max)}.`,
    hint: (p) => `Tổng điểm tối đa của bộ tiêu chí là ${s(p.max)}.`,
  },
  TOTAL_MISMATCH: {
    severity: 'warning',
    message: (p) => `Tổng điểm ghi ${s(p.value)} nhưng cộng các tiêu chí được ${s(p.sum)}.`,
    hint: () => 'Hệ thống dùng tổng cộng từ các tiêu chí; sửa lại ô Tổng điểm hoặc để trống.',
  },
  ITEMS_INCOMPLETE: {
    severity: 'warning',
    message: (p) => `Mới có điểm ${s(p.given)}/${s(p.count)} tiêu chí (thiếu ${s(p.missing)}).`,
    hint: () => 'Chấm đủ các tiêu chí; khi thiếu điểm, dòng này được tính là chưa đạt.',
  },
  BAD_MARK: {
    severity: 'error',
    message: (p) => `"${s(p.value)}" ở cột "${s(p.header)}" không rõ là có hay không.`,
    hint: () => 'Đánh dấu x (hoặc "có") nếu có; để trống nếu không.',
  },
  BAD_RESULT: {
    severity: 'error',
    message: (p) => `Kết quả "${s(p.value)}" không hợp lệ.`,
    hint: () => 'Chọn "Đạt" hoặc "Không đạt" trong danh sách, hoặc để trống để hệ thống tính từ điểm.',
  },
  BAD_DATE: {
    severity: 'error',
    message: (p) => `"${s(p.value)}" ở cột "${s(p.header)}" không phải là ngày hợp lệ.`,
    hint: () => 'Nhập ngày theo dạng ngày/tháng/năm, ví dụ 05/12/2026.',
  },
  BAD_YEAR: {
    severity: 'error',
    message: (p) => `"${s(p.value)}" ở cột "${s(p.header)}" không phải là năm hợp lệ.`,
    hint: () => 'Nhập năm gồm 4 chữ số, ví dụ 1985.',
  },
  BIRTH_YEAR_IMPLAUSIBLE: {
    severity: 'warning',
    message: (p) => `Năm sinh ${s(p.value)} cho tuổi ${s(p.age)} vào năm ${s(p.year)}: khó có thể đúng.`,
    hint: () => 'Kiểm tra lại năm sinh.',
  },
  CITIZEN_AGE_OUT_OF_RANGE: {
    severity: 'warning',
    message: (p) =>
      `Năm sinh ${s(p.value)}: đến năm ${s(p.year)} người này ${p.bound === 'min' ? 'mới' : 'đã'} ${s(p.age)} tuổi, ` +
      `trong khi nhóm "${s(p.group)}" chỉ được đánh giá ${p.bound === 'min' ? 'từ' : 'đến'} ${s(p.limit)} tuổi ` +
      `(${s(p.set)}).`,
    hint: (p) =>
      p.bound === 'min'
        ? `Kiểm tra lại năm sinh và nhóm; nếu đúng là trẻ dưới ${s(p.limit)} tuổi, bỏ đăng ký và kết quả ở dòng này (trẻ chưa thuộc đối tượng công nhận).`
        : 'Kiểm tra lại năm sinh và nhóm của người này.',
  },
  BAD_OPTION: {
    severity: 'error',
    message: (p) => `"${s(p.value)}" không có trong danh sách của cột "${s(p.header)}".${didYouMean(p)}`,
    hint: (p) => `Chọn một trong: ${s(p.options)}.`,
  },
  BAD_URL: {
    severity: 'warning',
    message: (p) => `Minh chứng "${s(p.value)}" không phải là đường dẫn.`,
    hint: () => 'Dán đường dẫn bắt đầu bằng http:// hoặc https://, hoặc để trống.',
  },
  SPREADSHEET_ERROR: {
    severity: 'error',
    message: (p) => `Ô "${s(p.header)}" đang báo lỗi công thức ${s(p.value)}.`,
    hint: () => 'Sửa công thức hoặc nhập giá trị trực tiếp.',
  },
  LEGACY_TEXT: {
    severity: 'warning',
    message: (p) =>
      `Chữ "${s(p.value)}" đang ở bảng mã cũ ${s(p.encoding)}; đã đọc thành "${s(p.converted)}".`,
    hint: () => 'Nên chuyển sang Unicode (ví dụ bằng Unikey) để danh sách hiển thị đúng.',
  },
  LEGACY_COLUMN: {
    severity: 'warning',
    message: (p) =>
      `Cột ${s(p.column)} đang ở bảng mã cũ ${s(p.encoding)}: đã đọc ${s(p.cells)} ô thành Unicode (ví dụ "${s(p.value)}" thành "${s(p.converted)}").`,
    hint: () => 'Nên chuyển cả trang sang Unicode (ví dụ bằng Unikey) để danh sách hiển thị đúng.',
  },
  UNMAPPED_COLUMN: {
    severity: 'warning',
    message: (p) => `Cột "${s(p.header)}" không khớp cột nào của trang "${s(p.sheet)}" nên không được đọc.`,
    hint: (p) =>
      p.rename
        ? `Nếu cột này là "${s(p.rename)}", hãy đổi tiêu đề thành "${s(p.rename)}". Nếu không cần cho tổng hợp, có thể bỏ qua.`
        : `Nếu cột này cần cho tổng hợp, hãy đổi tiêu đề thành một trong: ${s(p.options)}. Nếu không, có thể bỏ qua.`,
  },
  UNMAPPED_RESULT_COLUMN: {
    severity: 'error',
    message: (p) =>
      `${s(p.count)} dòng đã đăng ký nhưng không có điểm hay kết quả, trong khi cột "${s(p.header)}" có ${s(p.kind)} mà hệ thống không đọc được.`,
    hint: (p) =>
      `Đổi tiêu đề cột "${s(p.header)}" thành "${s(p.rename)}" để hệ thống đọc được, rồi chạy lại.`,
  },
  SHEET_ALIAS_USED: {
    severity: 'warning',
    message: (p) =>
      `Dùng trang "${s(p.sheet)}" (${s(p.rows)} dòng) làm danh sách ${s(p.register)}; trang "${s(p.other)}" chưa có dữ liệu nên được bỏ qua.`,
    hint: (p) => `Nếu "${s(p.other)}" không dùng nữa, có thể xóa trang đó.`,
  },
  SHEET_CONFLICT: {
    severity: 'error',
    message: (p) =>
      `Có hai trang cùng là danh sách ${s(p.register)}: "${s(p.sheet)}" (${s(p.rows)} dòng) và "${s(p.other)}" (${s(p.otherRows)} dòng); không rõ dùng trang nào.`,
    hint: (p) =>
      `Giữ một trang: chép các dòng cần dùng vào "${s(p.sheet)}" rồi xóa hoặc đổi tên trang "${s(p.other)}" (ví dụ thêm "cũ" vào tên).`,
  },
  SHEET_FOUND_BY_CONTENT: {
    severity: 'warning',
    message: (p) =>
      `Trang "${s(p.sheet)}" được nhận là danh sách ${s(p.register)} theo dòng tiêu đề (tên mẫu là "${s(p.expected)}").`,
    hint: (p) => `Có thể đổi tên trang thành "${s(p.expected)}" cho rõ.`,
  },
  UNKNOWN_VILLAGE: {
    severity: 'error',
    message: (p) => `Thôn "${s(p.value)}" không có trong trang "${s(p.villagesSheet)}".${didYouMean(p)}`,
    hint: (p) => `Sửa tên cho khớp với trang "${s(p.villagesSheet)}", hoặc thêm thôn đó vào trang này.`,
  },
  UNKNOWN_UNIT: {
    severity: 'error',
    message: (p) => `Đơn vị "${s(p.value)}" không có trong trang "${s(p.unitsSheet)}".${didYouMean(p)}`,
    hint: (p) => `Sửa tên cho khớp với trang "${s(p.unitsSheet)}", hoặc thêm đơn vị đó vào trang này.`,
  },
  DUPLICATE_VILLAGE: {
    severity: 'error',
    message: (p) => `Thôn "${s(p.value)}" đã có ở dòng ${s(p.firstRow)}.`,
    hint: () => 'Mỗi thôn chỉ ghi một dòng; xóa dòng trùng.',
  },
  DUPLICATE_FAMILY: {
    severity: 'error',
    message: (p) => `Hộ "${s(p.value)}" ở ${s(p.village)} đã có ở dòng ${s(p.firstRow)}.`,
    hint: () =>
      'Xóa dòng trùng; nếu là hai hộ khác nhau cùng tên, ghi thêm tên đệm hoặc năm sinh để phân biệt.',
  },
  DUPLICATE_CITIZEN: {
    severity: 'error',
    message: (p) =>
      `Công dân "${s(p.value)}" (sinh năm ${s(p.birthYear)}, ${s(p.place)}) đã có ở dòng ${s(p.firstRow)}.`,
    hint: () => 'Xóa dòng trùng.',
  },
  DUPLICATE_CLAN: {
    severity: 'warning',
    message: (p) => `Dòng họ "${s(p.value)}" ở ${s(p.village)} đã có ở dòng ${s(p.firstRow)}.`,
    hint: () => 'Nếu là cùng một dòng họ, xóa dòng trùng; nếu là hai chi khác nhau, ghi rõ tên chi.',
  },
  DUPLICATE_UNIT: {
    severity: 'error',
    message: (p) => `Đơn vị "${s(p.value)}" đã có ở dòng ${s(p.firstRow)}.`,
    hint: () => 'Mỗi đơn vị chỉ ghi một dòng; xóa dòng trùng.',
  },
  RESULT_CONTRADICTS_POINTS: {
    severity: 'warning',
    message: (p) => `Kết quả ghi "${s(p.value)}" nhưng theo điểm thì ${s(p.computed)}: ${s(p.reason)}`,
    hint: () => 'Hệ thống tính theo kết quả đã ghi; hãy kiểm tra lại điểm hoặc kết quả.',
  },
  RECOGNISED_NOT_REGISTERED: {
    severity: 'warning',
    message: () => 'Được công nhận nhưng chưa đánh dấu đăng ký.',
    hint: () => 'Đánh dấu x ở cột "Đăng ký" nếu đã đăng ký; dòng này được tính là đã đăng ký.',
  },
  REGISTERED_NOT_ASSESSED: {
    severity: 'warning',
    message: () => 'Đã đăng ký nhưng chưa có điểm hay kết quả.',
    hint: () => 'Nhập điểm các tiêu chí hoặc kết quả bình xét; đến lúc đó dòng này được tính là chưa đạt.',
  },
  CITIZEN_NO_VILLAGE: {
    severity: 'error',
    message: (p) => `Công dân thuộc nhóm "${s(p.group)}" nhưng chưa ghi thôn.`,
    hint: () => 'Nhập thôn nơi cư trú.',
  },
  CITIZEN_NO_UNIT: {
    severity: 'error',
    message: () => 'Công dân thuộc nhóm CBCCVC nhưng chưa ghi đơn vị công tác.',
    hint: () => 'Nhập tên đơn vị như ở trang Đơn vị, hoặc đổi nhóm nếu không phải CBCCVC.',
  },
  FAMILIES_EXCEED_HOUSEHOLDS: {
    severity: 'error',
    message: (p) =>
      `${s(p.village)} ghi tổng số hộ ${s(p.value)} nhưng trang "${s(p.other)}" có ${s(p.count)} hộ.`,
    hint: () => 'Sửa tổng số hộ của thôn, hoặc kiểm tra danh sách hộ có dòng thừa, dòng trùng.',
  },
  REGISTERED_EXCEED_TOTAL: {
    severity: 'error',
    message: (p) =>
      `${s(p.village)}: số ${s(p.what)} đăng ký (${s(p.count)}) lớn hơn tổng số (${s(p.value)}).`,
    hint: () => 'Sửa tổng số ở trang Thôn cho đúng thực tế.',
  },
  CLANS_EXCEED_TOTAL: {
    severity: 'warning',
    message: (p) =>
      `${s(p.village)} ghi ${s(p.value)} dòng họ nhưng trang "${s(p.other)}" có ${s(p.count)} dòng họ ở thôn này.`,
    hint: () => 'Sửa "Tổng số dòng họ" của thôn, hoặc kiểm tra cột Thôn ở trang Dòng họ.',
  },
  CITIZENS_EXCEED_POPULATION: {
    severity: 'error',
    message: (p) =>
      `${s(p.village)}: ${s(p.count)} người đạt "Công dân học tập" thuộc nhóm ${s(p.what)}, nhiều hơn tổng số ${s(p.value)}.`,
    hint: (p) => `Sửa cột "${s(p.header)}" ở trang Thôn cho đúng thực tế.`,
  },
  ADULTS_EXCEED_POPULATION: {
    severity: 'error',
    message: (p) => `${s(p.what)} (${s(p.value)}) lớn hơn số nhân khẩu (${s(p.population)}).`,
    hint: () => 'Kiểm tra lại số nhân khẩu, số người lớn và số người lao động của thôn.',
  },
  OFFICIALS_EXCEED_STAFF: {
    severity: 'error',
    message: (p) =>
      `Đơn vị ghi ${s(p.value)} CBCCVC, người lao động nhưng trang "${s(p.other)}" có ${s(p.count)} người của đơn vị.`,
    hint: () => 'Sửa số CBCCVC của đơn vị, hoặc kiểm tra cột Đơn vị ở trang Công dân.',
  },
  DIGITAL_NOT_RECORDED: {
    severity: 'warning',
    message: (p) =>
      `${s(p.count)} người đạt "Công dân học tập" chưa ghi "${s(p.header)}" (${s(p.cells)}): tỷ lệ có kỹ năng số tính trên ${s(p.recorded)} người đã ghi.`,
    hint: () =>
      'Ghi "Có", "Thành thạo" hoặc "Không" cho những người này để tỷ lệ tính trên tất cả người đạt.',
  },
  ZERO_TOTAL: {
    severity: 'warning',
    message: (p) => `${s(p.what)} bằng 0: không tính được tỷ lệ.`,
    hint: () => 'Nhập tổng số thực tế.',
  },
  CONFIG_MISSING: {
    severity: 'error',
    message: (p) => `Chưa nhập "${s(p.label)}" ở trang "${s(p.sheet)}".`,
    hint: (p) => `Nhập giá trị vào cột "Giá trị" của dòng "${s(p.label)}". ${s(p.note)}`,
  },
  CONFIG_BAD_VALUE: {
    severity: 'error',
    message: (p) => `"${s(p.value)}" không hợp lệ cho "${s(p.label)}".`,
    hint: (p) => s(p.note),
  },
  CONFIG_DOC_NUMBER: {
    severity: 'warning',
    message: (p) =>
      `"${s(p.value)}" chưa đủ số và ký hiệu văn bản cho "${s(p.label)}"; báo cáo và quyết định để trống chỗ này (tô vàng).`,
    hint: (p) => `Ghi đúng như trên văn bản: số, dấu /, rồi ký hiệu, ví dụ ${s(p.example)}.`,
  },
  CONFIG_DOC_DATE: {
    severity: 'warning',
    message: (p) =>
      `"${s(p.value)}" không phải là ngày cho "${s(p.label)}"; báo cáo và quyết định để trống ngày này (tô vàng).`,
    hint: () => 'Ghi ngày ban hành dạng dd/mm/yyyy, ví dụ 15/01/2026.',
  },
  CONFIG_UNKNOWN_KEY: {
    severity: 'warning',
    message: (p) => `Không hiểu tham số "${s(p.value)}" ở trang "${s(p.sheet)}"; dòng này được bỏ qua.`,
    hint: (p) => `Các tham số dùng được: ${s(p.options)}.`,
  },
  BAD_EMAIL: {
    severity: 'error',
    message: (p) => `"${s(p.value)}" không phải là địa chỉ email.`,
    hint: () => 'Nhập email dạng ten@example.com; nhiều email cách nhau bởi dấu phẩy.',
  },
  BAD_COMMUNE_CODE: {
    severity: 'warning',
    message: (p) => `"${s(p.value)}" không phải là mã xã 5 chữ số ở dòng "${s(p.label)}".`,
    hint: () =>
      'Nhập mã đơn vị hành chính của xã gồm đúng 5 chữ số (ví dụ: 01234), hoặc để trống; chưa có mã thì tỉnh ghép số liệu theo tên xã.',
  },
  UNKNOWN_PRESET: {
    severity: 'error',
    message: (p) => `Không có bộ chỉ tiêu "${s(p.value)}".`,
    hint: (p) => `Chọn một trong: ${s(p.options)}.`,
  },
  YEAR_OUTSIDE_PLAN: {
    severity: 'warning',
    message: (p) => `Năm đánh giá ${s(p.value)} nằm ngoài giai đoạn kế hoạch ${s(p.start)}–${s(p.end)}.`,
    hint: () => 'Kiểm tra lại năm đánh giá hoặc chọn bộ chỉ tiêu của giai đoạn khác.',
  },
  TARGET_YEAR_OUTSIDE_PLAN: {
    severity: 'error',
    message: (p) => `Năm chỉ tiêu ${s(p.value)} nằm ngoài giai đoạn kế hoạch ${s(p.start)}–${s(p.end)}.`,
    hint: (p) => `Chọn năm chỉ tiêu trong số: ${s(p.options)}.`,
  },
  NO_TARGETS_FOR_YEAR: {
    severity: 'warning',
    message: (p) =>
      p.value
        ? `Không có chỉ tiêu nào cho năm ${s(p.value)}.`
        : 'Chưa có chỉ tiêu nào để so sánh, và trang "Cấu hình" chưa ghi năm đánh giá.',
    hint: (p) =>
      p.options
        ? `Các năm có chỉ tiêu: ${s(p.options)}.`
        : 'Nhập chỉ tiêu ở trang "Chỉ tiêu" hoặc chọn một bộ chỉ tiêu ở trang "Cấu hình".',
  },
  TARGET_BAD_PERCENT: {
    severity: 'error',
    message: (p) => `Tỷ lệ chỉ tiêu "${s(p.value)}" phải từ 0 đến 100.`,
    hint: () => 'Nhập phần trăm, ví dụ 90 (không cần dấu %).',
  },
  TARGET_BAD_YEAR: {
    severity: 'error',
    message: (p) => `Năm mục tiêu ${s(p.value)} phải từ ${s(p.min)} đến ${s(p.max)}.`,
    hint: (p) =>
      `Nhập năm cần đạt chỉ tiêu (từ ${s(p.min)} đến ${s(p.max)}), ví dụ 2030; nếu dòng này thừa thì xóa cả dòng.`,
  },
  TARGET_UNKNOWN_INDICATOR: {
    severity: 'error',
    message: (p) => `Không hiểu chỉ tiêu "${s(p.value)}".${didYouMean(p)}`,
    hint: () => 'Chọn chỉ tiêu trong danh sách thả xuống; dùng "Chỉ tiêu khác" cho chỉ tiêu tự đặt.',
  },
  TARGET_DUPLICATE: {
    severity: 'warning',
    message: (p) =>
      `Chỉ tiêu "${s(p.value)}" năm ${s(p.year)} đã có ở dòng ${s(p.firstRow)}; dòng này được bỏ qua.`,
    hint: () => 'Xóa dòng trùng.',
  },
  TARGET_CUSTOM_NUMBERS: {
    severity: 'warning',
    message: (p) => `Chỉ tiêu "${s(p.value)}" chưa có tử số và mẫu số.`,
    hint: () => 'Nhập số đã đạt vào cột "Tử số" và tổng số vào cột "Mẫu số" để so sánh với chỉ tiêu.',
  },
  TARGET_NUMERATOR_EXCEEDS: {
    severity: 'error',
    message: (p) => `Tử số (${s(p.value)}) lớn hơn mẫu số (${s(p.denominator)}).`,
    hint: () => 'Kiểm tra lại hai số.',
  },
  CRITERIA_BAD: {
    severity: 'error',
    message: (p) => `Bộ tiêu chí "${s(p.title)}" ở trang "${s(p.sheet)}" không dùng được: ${s(p.reason)}`,
    hint: () =>
      'Sửa các dòng của danh hiệu này ở trang "Bộ tiêu chí"; trong lúc đó hệ thống dùng bộ tiêu chí có sẵn.',
  },
  CRITERIA_ZERO_MAX: {
    severity: 'error',
    message: (p) =>
      `Bộ tiêu chí "${s(p.title)}" ở trang "${s(p.sheet)}" có mọi "Điểm tối đa" bằng 0, nhưng trang "${s(p.register)}" chấm điểm (${s(p.count)} ô có điểm).`,
    hint: () =>
      'Nhập điểm tối đa của từng tiêu chí ở trang "Bộ tiêu chí" (0 chỉ dùng cho tiêu chí đạt/không đạt); đến lúc đó các điểm chưa được tính.',
  },
  CRITERIA_EXAMPLE: {
    severity: 'warning',
    message: (p) =>
      `Danh hiệu "${s(p.title)}" đang chấm theo bộ tiêu chí mẫu, chưa phải bộ tiêu chí của tỉnh.`,
    hint: () => 'Nhập bộ tiêu chí của tỉnh vào trang "Bộ tiêu chí" trước khi ra quyết định công nhận.',
  },
};

// The command line's lich-su, apart from the add-in's words so the Apps Script bundle does not carry it.
import type { SummaryRead } from '../summary/cells';
import { a1 } from '../text/a1';
import { formatInt } from '../text/format';

const SHEET = 'Lịch sử';

const CLI = 'npm run cli --';

/** The command line's lich-su: adding an older workbook's year to a workbook's "Lịch sử". */
export const lichSuText = {
  usage: [
    `Cách dùng: ${CLI} lich-su --them <sổ-năm-cũ.xlsx> <sổ.xlsx> [--out <thư mục>]`,
    `  Thêm số liệu của năm cũ vào trang "${SHEET}" của một bản sao của sổ (sổ không bị sửa).`,
    `  Số liệu lấy từ trang "Số liệu gửi tỉnh" của sổ năm cũ nếu có, nếu không thì chấm điểm lại sổ năm cũ.`,
    `  Ví dụ: ${CLI} lich-su --them xa-hoa-an-2025.xlsx xa-hoa-an-2026.xlsx --out ket-qua`,
  ].join('\n'),
  missingValue: (opt: string) => `Tùy chọn "${opt}" cần một giá trị.`,
  unknownOption: (opt: string) => `Không có tùy chọn "${opt}" cho lệnh lich-su.`,
  missingOld: 'Chưa có sổ năm cũ: thêm --them <sổ-năm-cũ.xlsx>.',
  missingBook: 'Chưa có sổ cần thêm lịch sử: ghi tên tệp .xlsx sau --them <sổ-năm-cũ.xlsx>.',
  extra: (arg: string) => `Không hiểu "${arg}": lệnh lich-su nhận một sổ năm cũ và một sổ.`,
  noConfig: (file: string) => `Không đọc được trang "Cấu hình" của "${file}" (tên xã, tỉnh, năm đánh giá).`,
  oldUnreadable: (file: string, read: Exclude<SummaryRead, { kind: 'ok' }>) =>
    `Không thêm được: trang "Số liệu gửi tỉnh" của "${file}" ${
      read.kind === 'damaged'
        ? `có ô ${a1(read.row, read.col - 1)} (cột "${read.header}") không đọc được`
        : read.kind === 'oldSchema'
          ? 'do phiên bản cũ của phần mềm ghi'
          : read.kind === 'newerSchema'
            ? `do phiên bản mới hơn của phần mềm ghi (mẫu ${read.version})`
            : 'không phải do phần mềm ghi'
    }. Xóa hoặc đổi tên trang đó để phần mềm chấm điểm lại sổ năm cũ.`,
  bookUnreadable: (file: string, reason: string) => `Không thêm được vào "${file}". ${reason}`,
  otherCommune: (file: string, other: string, own: string) =>
    `Không thêm được: "${file}" là số liệu của xã ${other}, không phải xã ${own}.`,
  sameYear: (file: string, year: number) =>
    `Không thêm được: "${file}" là năm ${year}, trùng năm đánh giá của sổ. Chạy tong-hop để ghi năm này.`,
  fromSummary: (file: string, years: string, rows: number) =>
    `Đã thêm năm ${years} (${formatInt(rows)} dòng) từ trang "Số liệu gửi tỉnh" của "${file}".`,
  fromEngine: (file: string, years: string, rows: number) =>
    `Đã thêm năm ${years} (${formatInt(rows)} dòng), chấm điểm lại từ "${file}".`,
  withErrors: (n: number) =>
    `Lưu ý: sổ năm cũ còn ${formatInt(n)} lỗi dữ liệu, số liệu năm đó có thể chưa đúng (xem bằng lệnh kiem-tra).`,
  years: (years: string) => `Trang "${SHEET}" có các năm: ${years}.`,
  written: (path: string) => `Đã ghi: ${path}`,
} as const;

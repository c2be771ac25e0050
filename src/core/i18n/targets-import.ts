// Every Vietnamese text of "Nhập chỉ tiêu từ kế hoạch": the dialog, the command chi-tieu, the reasons a sentence
// could not be read.
import type { Preview } from '../targets/import';
import type { ImportedTarget, UnresolvedReason } from '../targets/import/parse';
import { indicatorLabels } from '../targets/presets';
import { CLI_NAME } from './cli';

export const unresolvedText: Record<UnresolvedReason, string> = {
  indicator: 'không rõ là chỉ tiêu nào (danh hiệu, hoặc tính trên người lớn, người lao động hay CBCCVC)',
  year: 'không rõ năm phải đạt',
  relative: 'tỷ lệ tăng/giảm so với một mốc, không phải tỷ lệ phải đạt',
  range: 'một khoảng tỷ lệ (từ … đến …), chưa rõ mức phải đạt',
  upperBound: 'mức tối đa ("dưới", "không quá"), trang Chỉ tiêu chỉ nhận ≥ hoặc >',
  percent: 'tỷ lệ lớn hơn 100%',
  columns: 'số tỷ lệ trong dòng bảng không khớp với số cột năm',
};

const cut = (s: string, n: number) => (s.length <= n ? s : `${s.slice(0, n - 1).trimEnd()}…`);

export const targetImportText = {
  menu: 'Nhập chỉ tiêu từ kế hoạch',
  /** What the "Nguồn" cell says: the plan, its line, and the sentence. */
  source: (plan: string, line: number, sentence: string) => `${plan}, dòng ${line}: “${cut(sentence, 300)}”`,
  pastedPlan: 'Kế hoạch dán vào',
  tooLong: (max: number) =>
    `Nội dung dán vào dài quá ${max.toLocaleString('vi-VN')} ký tự. Hãy chỉ dán phần "Mục tiêu" hoặc "Chỉ tiêu" của kế hoạch.`,
  noHeader: (sheet: string) =>
    `Trang "${sheet}" đã có dữ liệu nhưng không tìm thấy dòng tiêu đề (Chỉ tiêu, Năm, Tỷ lệ (%)…), nên không ghi thêm để tránh làm hỏng trang. Hãy thêm dòng tiêu đề hoặc đổi tên trang đó rồi chạy lại.`,
  headers: {
    tick: 'Chọn',
    indicator: 'Chỉ tiêu',
    comparison: 'So sánh',
    percent: 'Tỷ lệ (%)',
    year: 'Năm',
    scope: 'Phạm vi',
    line: 'Dòng',
    sentence: 'Câu trong kế hoạch',
  },
  scope: { commune: 'Toàn xã', everyVillage: 'Từng thôn' },
  found: (n: number) => (n === 0 ? 'Không tìm thấy chỉ tiêu nào.' : `Tìm thấy ${n} chỉ tiêu.`),
  unresolvedHeading: (n: number) =>
    `${n} câu giống chỉ tiêu nhưng chưa đọc được, cần cán bộ xem lại và nhập tay:`,
  unresolvedLine: (line: number, reason: string, sentence: string) =>
    `  dòng ${line}: ${reason}. “${cut(sentence, 160)}”`,
  customNote: 'Chỉ tiêu khác: cần nhập tử số và mẫu số ở trang Chỉ tiêu.',
  alreadyThere: (row: number) =>
    `Trang Chỉ tiêu đã có chỉ tiêu này cho năm đó (dòng ${row}); không thêm lại.`,
  periodDiffers: (start: number, end: number, planStart: number, planEnd: number) =>
    `Trang "Cấu hình" ghi giai đoạn kế hoạch ${start}–${end}, còn kế hoạch này là ${planStart}–${planEnd}: sửa "Kế hoạch từ năm" và "Kế hoạch đến năm" cho khớp.`,
  targetYearMissing: (year: number, years: readonly number[]) =>
    `Trang "Cấu hình" chọn "Năm chỉ tiêu" ${year}, nhưng kế hoạch này không có chỉ tiêu năm đó (có: ${years.join(', ')}).`,
  period: (start: number, end: number) =>
    start === end ? `Kế hoạch năm ${start}.` : `Kế hoạch giai đoạn ${start}–${end}.`,
  skipped: (indicator: string, year: number, row: number) =>
    `Bỏ qua ${indicator} năm ${year}: trang Chỉ tiêu đã có ở dòng ${row}.`,
  added: (n: number, sheet: string) =>
    n === 0 ? `Không thêm dòng nào vào trang "${sheet}".` : `Đã thêm ${n} dòng vào cuối trang "${sheet}".`,
  configSet: (sheet: string, value: string) => `Đã đặt "Bộ chỉ tiêu" ở trang "${sheet}" là "${value}".`,
  noConfig: 'Chưa có trang "Cấu hình": hãy chạy "Thiết lập" rồi chọn "Bộ chỉ tiêu" là "Theo trang Chỉ tiêu".',
  dialog: {
    title: 'Nhập chỉ tiêu từ kế hoạch',
    intro:
      'Dán toàn văn kế hoạch (chép từ Word, Google Tài liệu hoặc PDF) vào ô dưới đây rồi bấm "Đọc chỉ tiêu". Chương trình chỉ đọc, chưa ghi gì cho đến khi bạn bấm "Thêm vào trang Chỉ tiêu".',
    placeholder: 'Dán nội dung kế hoạch vào đây…',
    read: 'Đọc chỉ tiêu',
    reading: 'Đang đọc…',
    add: 'Thêm vào trang Chỉ tiêu',
    adding: 'Đang ghi…',
    cancel: 'Đóng',
    empty: 'Hãy dán nội dung kế hoạch trước.',
    noneChosen: 'Chưa chọn chỉ tiêu nào.',
    failed: 'Không thực hiện được: ',
    unresolvedTitle: 'Câu chưa đọc được (cần nhập tay)',
  },
} as const;

const CMD = `${CLI_NAME} chi-tieu`;

/** The command line's words for chi-tieu. */
export const chiTieuText = {
  usage: `Cách dùng: ${CMD} <kế-hoạch.txt|.docx> [--json] [--vao <sổ.xlsx> [--out <thư mục>]]`,
  missingPlan: `Lệnh "chi-tieu" cần tệp kế hoạch (.txt hoặc .docx), ví dụ: ${CMD} ke-hoach-2026.docx`,
  extra: (arg: string) =>
    `Không hiểu "${arg}": mỗi lần chỉ đọc một kế hoạch. Nếu tên tệp có dấu cách, đặt trong ngoặc kép.`,
  unknownOption: (opt: string) =>
    `Lệnh "chi-tieu" không có tùy chọn "${opt}". Các tùy chọn: --json, --vao, --out.`,
  missingValue: (opt: string) =>
    `Tùy chọn ${opt} cần một giá trị, ví dụ ${opt === '--vao' ? '--vao so-theo-doi.xlsx' : '--out ket-qua'}.`,
  planMissing: (path: string) => `Không tìm thấy tệp kế hoạch "${path}". Kiểm tra lại tên và thư mục.`,
  planNotFile: (path: string) =>
    `"${path}" không phải là tệp (thư mục, thiết bị hoặc ống dẫn). Chỉ đúng tệp kế hoạch .txt hoặc .docx.`,
  planFormat: (path: string) =>
    `Không đọc được "${path}": cần tệp .txt (UTF-8) hoặc .docx. Với tệp PDF hoặc .doc, mở bằng Word rồi lưu thành .docx, hoặc chép nội dung vào một tệp .txt.`,
  noTargetSheet: (path: string) =>
    `Sổ "${path}" chưa có trang "Chỉ tiêu". Lấy sổ mẫu bằng lệnh "${CLI_NAME} mau" hoặc thêm trang đó rồi chạy lại.`,
  table: (p: Preview): string[] => [
    p.summary,
    ...p.rows.flatMap((r, i) => [
      `${i + 1}. ${r.indicator} | ${r.comparison} ${r.percent}% | năm ${r.year} | ${r.scope}${r.note ? ` | ${r.note}` : ''}`,
      `   dòng ${r.line}: “${cut(r.sentence, 200)}”`,
    ]),
    ...chiTieuText.unresolved(p),
  ],
  unresolved: (p: Preview): string[] =>
    p.unresolved.length === 0
      ? []
      : [
          '',
          targetImportText.unresolvedHeading(p.unresolved.length),
          ...p.unresolved.map((u) => targetImportText.unresolvedLine(u.line, u.reason, u.sentence)),
        ],
  skipped: (t: ImportedTarget, row: number) =>
    targetImportText.skipped(indicatorLabels[t.indicator], t.year, row),
  added: (n: number, sheet: string) => targetImportText.added(n, sheet),
  configSet: (sheet: string) => targetImportText.configSet(sheet, 'Theo trang Chỉ tiêu'),
  configKept: 'Trang "Cấu hình" đã chọn "Theo trang Chỉ tiêu" (hoặc chưa có trang này): không đổi.',
  written: (path: string) => `Đã ghi bản sao: ${path} (tệp gốc không bị sửa).`,
} as const;

// Every Vietnamese text the command line and the .xlsx templates show: help, progress, summary, file problems.
export const CLI_NAME = 'npm run cli --';

export const helpText = (presets: readonly string[]): string =>
  [
    'khuyenhoc-sheets: kiểm tra, chấm điểm và tổng hợp danh hiệu học tập suốt đời từ tệp Excel (.xlsx).',
    '',
    'Cách dùng:',
    '  npm start                                 Tổng hợp xã mẫu (sheets-templates/xa-mau.xlsx), ghi kết quả vào out/',
    `  ${CLI_NAME} tong-hop <tệp.xlsx> [tùy chọn]  Kiểm tra, chấm điểm, tổng hợp; ghi bản sao có trang "Tổng hợp",`,
    '                                            "Lỗi dữ liệu" và báo cáo .docx vào thư mục kết quả',
    `  ${CLI_NAME} kiem-tra <tệp.xlsx> [--ra <tệp>] Chỉ kiểm tra dữ liệu; với --ra, ghi cả danh sách lỗi vào một`,
    '                                            bản sao có trang "Lỗi dữ liệu" (bấm vào ô để đến chỗ cần sửa)',
    `  ${CLI_NAME} mau [--out <tệp.xlsx>]          Ghi sổ mẫu trống để xã điền (mặc định: mau-trong.xlsx)`,
    `  ${CLI_NAME} chi-tieu <kế-hoạch.txt|.docx>  Đọc các chỉ tiêu của kế hoạch, kèm câu và dòng của từng chỉ tiêu;`,
    '                                            --json: in dạng JSON; --vao <sổ.xlsx>: ghi bản sao sổ có thêm',
    '                                            các dòng vào trang "Chỉ tiêu" (thư mục kết quả: --out)',
    `  ${CLI_NAME} lich-su --them <sổ-năm-cũ.xlsx> <sổ.xlsx>  Thêm số liệu một năm cũ vào trang "Lịch sử" của`,
    '                                            một bản sao của sổ (thư mục kết quả: --out)',
    `  ${CLI_NAME} tong-hop-tinh <thư mục|tệp…>   Cộng "Số liệu gửi tỉnh" của các xã: ghi "Tổng hợp tỉnh" và báo cáo`,
    '                                            gửi UBND tỉnh (.docx); xem: tong-hop-tinh --help',
    '',
    'Tùy chọn của tong-hop và kiem-tra:',
    '  --nam <năm>         So sánh với chỉ tiêu của năm này, ví dụ --nam 2028 (mặc định: theo trang "Cấu hình")',
    `  --ke-hoach <bộ>     Bộ chỉ tiêu: ${presets.join(', ')}`,
    '  --out <thư mục>     Thư mục ghi kết quả (mặc định: out)',
    '  -h, --help          Hiện hướng dẫn này',
    '',
    'Tệp đầu vào không bao giờ bị sửa: kết quả là một bản sao trong thư mục kết quả.',
    '',
    'Mã thoát: 0 = xong, không có lỗi; 1 = dữ liệu còn lỗi (báo cáo chưa lập được);',
    '          2 = gọi lệnh sai; 3 = không đọc hoặc ghi được tệp.',
    '',
    'Ví dụ:',
    `  ${CLI_NAME} tong-hop "D:/Khuyen hoc/xa-hoa-an-2026.xlsx" --nam 2028 --out ket-qua`,
    `  ${CLI_NAME} kiem-tra danh-sach.xlsx`,
    `  ${CLI_NAME} mau --out so-theo-doi-2026.xlsx`,
    `  ${CLI_NAME} chi-tieu ke-hoach-2026.docx --vao so-theo-doi-2026.xlsx`,
  ].join('\n');

export const usageText = {
  unknownCommand: (cmd: string) =>
    `Không có lệnh "${cmd}". Các lệnh: tong-hop, kiem-tra, mau, chi-tieu, lich-su, tong-hop-tinh.`,
  noCommand: 'Chưa chọn lệnh. Các lệnh: tong-hop, kiem-tra, mau, chi-tieu, lich-su, tong-hop-tinh.',
  missingFile: (cmd: string) => `Lệnh "${cmd}" cần tên tệp .xlsx, ví dụ: ${CLI_NAME} ${cmd} xa-hoa-an.xlsx`,
  extraArgument: (arg: string) =>
    `Không hiểu "${arg}": mỗi lần chỉ xử lý một tệp. Nếu tên tệp có dấu cách, đặt trong ngoặc kép.`,
  unknownOption: (opt: string) => `Không có tùy chọn "${opt}".`,
  missingValue: (opt: string) =>
    `Tùy chọn ${opt} cần một giá trị, ví dụ ${opt === '--nam' ? '--nam 2028' : opt === '--ke-hoach' ? '--ke-hoach quang-ngoc-2026-2030' : `${opt} out`}.`,
  badYear: (value: string) => `"${value}" không phải là năm hợp lệ cho --nam (cần 4 chữ số, ví dụ 2028).`,
  unknownPreset: (value: string, presets: readonly string[]) =>
    `Không có bộ chỉ tiêu "${value}". Chọn một trong: ${presets.join(', ')}.`,
  listNotXlsx: (value: string) =>
    `--ra cần tên tệp .xlsx để ghi danh sách lỗi, ví dụ --ra loi-du-lieu.xlsx (không phải "${value}").`,
  optionNotForCommand: (opt: string, cmd: string) => `Lệnh "${cmd}" không dùng tùy chọn ${opt}.`,
  seeHelp: `Xem hướng dẫn: ${CLI_NAME} --help`,
} as const;

export const fileText = {
  FILE_MISSING: (path: string) => `Không tìm thấy tệp "${path}". Kiểm tra lại tên và thư mục của tệp.`,
  NOT_A_FILE: (path: string, kind = 'folder') =>
    kind === 'folder'
      ? `"${path}" là một thư mục, không phải tệp .xlsx.`
      : `"${path}" không phải là tệp (thiết bị hoặc ống dẫn). Chỉ đúng tệp .xlsx của xã, ví dụ xa-mau.xlsx.`,
  NOT_XLSX: (path: string) =>
    `Tệp "${path}" không phải là tệp Excel .xlsx. Mở tệp bằng Excel (hoặc LibreOffice) rồi chọn Lưu thành → "Sổ làm việc Excel (*.xlsx)".`,
  LEGACY_XLS: (path: string) =>
    `Tệp "${path}" là định dạng Excel 97–2003 (.xls) cũ. Mở bằng Excel rồi chọn Lưu thành → "Sổ làm việc Excel (*.xlsx)".`,
  ENCRYPTED: (path: string) =>
    `Tệp "${path}" đang đặt mật khẩu. Mở bằng Excel, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ sổ làm việc → Mã hóa bằng mật khẩu, xóa mật khẩu), lưu lại rồi chạy lại.`,
  CORRUPT: (path: string) =>
    `Không mở được tệp "${path}": tệp bị hỏng hoặc chưa tải về hết. Thử mở bằng Excel và lưu lại thành .xlsx, hoặc lấy lại bản gốc.`,
  UNREADABLE: (path: string) =>
    `Không có quyền đọc tệp "${path}". Đóng tệp nếu đang mở ở chương trình khác, hoặc chép tệp sang thư mục khác.`,
  WRITE_FAILED: (path: string) =>
    `Không ghi được "${path}". Nếu tệp đang mở trong Excel, hãy đóng lại; kiểm tra thư mục có quyền ghi và còn chỗ trống.`,
  WRITE_NO_SPACE: (path: string) =>
    `Không ghi được "${path}": ổ đĩa đã đầy. Xóa bớt tệp không cần hoặc chọn thư mục kết quả trên ổ khác bằng --out; tệp cũ (nếu có) vẫn còn nguyên.`,
  WRITE_NOT_A_FOLDER: (path: string) =>
    `Không ghi được "${path}": một phần của đường dẫn là tệp chứ không phải thư mục. Chọn thư mục kết quả khác bằng --out.`,
  WRITE_IS_FOLDER: (path: string) =>
    `Không ghi được "${path}": đã có một thư mục trùng tên. Đổi tên hoặc xóa thư mục đó, hoặc chọn thư mục kết quả khác bằng --out.`,
  WRITE_NOT_A_FILE: (path: string) =>
    `Không ghi được "${path}": chỗ đó không phải là tệp (thiết bị hoặc ống dẫn). Chọn thư mục kết quả khác bằng --out.`,
  WRITE_NAME_TOO_LONG: (path: string) =>
    `Không ghi được "${path}": tên tệp quá dài. Đổi tệp đầu vào sang tên ngắn hơn hoặc chọn thư mục kết quả khác bằng --out.`,
  WRITE_DENIED: (path: string) =>
    `Không có quyền ghi "${path}". Chọn thư mục kết quả khác bằng --out (ví dụ một thư mục trong Tài liệu của bạn).`,
  WRITE_READ_ONLY: (path: string) =>
    `Tệp "${path}" đang đặt chỉ đọc nên không được ghi đè. Bỏ thuộc tính chỉ đọc nếu muốn thay tệp này, hoặc chọn thư mục kết quả khác bằng --out.`,
  WRITE_BUSY: (path: string) =>
    `Không ghi được "${path}": tệp đang mở trong chương trình khác (Excel, Word). Đóng tệp rồi chạy lại.`,
  SAME_AS_INPUT: (path: string) =>
    `Tệp kết quả "${path}" trùng với tệp đầu vào; chọn thư mục kết quả khác bằng --out.`,
  OUTPUT_EXISTS: (path: string) =>
    `Đã có tệp "${path}"; không ghi đè để tránh mất dữ liệu. Chọn tên khác bằng --out hoặc xóa tệp cũ.`,
  SHEET_PART_MISSING: (path: string, sheets = '') =>
    `Tệp "${path}" bị hỏng: trang "${sheets}" có tên trong tệp nhưng không còn nội dung (tệp chưa tải về hết hoặc bị cắt). Mở tệp bằng Excel và lưu lại, hoặc lấy lại bản gốc; chưa tổng hợp để không ra số liệu sai.`,
  NO_SHEETS: (path: string, missing: readonly string[]) =>
    `Tệp "${path}" không có các trang cần thiết (${missing.map((s) => `"${s}"`).join(', ')}). Dùng lệnh "${CLI_NAME} mau" để lấy sổ mẫu, rồi chép danh sách vào đúng trang.`,
  /** A workbook with lists but neither the settings nor the village sheet: what was found and what to add. */
  NOT_A_COMMUNE: (path: string, found: readonly string[], missing: readonly string[]) =>
    `Tệp "${path}" chưa đủ để tổng hợp. ${found.map((f) => `${f}.`).join(' ')} Còn thiếu ${missing.join(' và ')}. Dùng lệnh "${CLI_NAME} mau" để lấy sổ mẫu, chép danh sách vào trang cùng tên và điền trang "Thôn" (mỗi thôn một dòng với "Tên thôn", "Tổng số hộ") cùng trang "Cấu hình" (tên xã, tỉnh, năm đánh giá).`,
} as const;

export const progressText = {
  reading: (path: string) => `Đang đọc ${path}…`,
  read: (sheets: number, rows: number, ms: number) => `Đã đọc ${sheets} trang, ${rows} dòng (${ms} ms).`,
  checking: 'Đang kiểm tra, chấm điểm và tổng hợp…',
  checked: (ms: number) => `Đã tổng hợp (${ms} ms).`,
  writingWorkbook: (path: string) => `Đang ghi ${path}…`,
  writingReport: 'Đang lập báo cáo .docx…',
  done: (ms: number) => `Xong (${(ms / 1000).toFixed(1).replace('.', ',')} giây).`,
} as const;

export const summaryText = {
  heading: (place: string, year: number | null) => `${place}${year === null ? '' : `, năm đánh giá ${year}`}`,
  noConfig: 'Chưa đọc được trang "Cấu hình" (xem các lỗi bên dưới).',
  villages: (n: string) => `Số thôn: ${n}`,
  tableHeader: ['Danh hiệu', 'Đăng ký', 'Đạt', 'Tổng số', 'Tỷ lệ đạt'] as const,
  citizenLine: (registered: string, recognised: string) =>
    `Công dân học tập: ${registered} người đăng ký, ${recognised} người đạt`,
  citizenRatio: (label: string, ratio: string, numerator: string, denominator: string) =>
    `  ${label}: ${ratio} (${numerator}/${denominator})`,
  citizenRatios: {
    adults: 'trong số người lớn',
    workers: 'trong số người lao động',
    officials: 'CBCCVC trong các đơn vị',
    digital: 'có kỹ năng số',
    digitalPro: 'thành thạo kỹ năng số',
  },
  digitalBase: (recorded: string, unrecorded: string) =>
    `  (kỹ năng số tính trên ${recorded} người đạt đã ghi; ${unrecorded} người chưa ghi)`,
  targetsHeading: (year: number, preset: string | null) =>
    `So với chỉ tiêu năm ${year}${preset ? ` (${preset})` : ''}:`,
  noTargets: 'Không có chỉ tiêu để so sánh (chọn bộ chỉ tiêu ở trang "Cấu hình" hoặc dùng --ke-hoach).',
  met: 'đạt',
  missed: 'chưa đạt',
  unknown: 'chưa tính được',
  notAssessable: 'chưa đánh giá được',
  target: (label: string, actual: string, comparison: string, percent: string, verdict: string) =>
    `  ${label}: ${actual} (chỉ tiêu ${comparison} ${percent}) ${verdict}`,
  shortfall: (n: string) => `, còn thiếu ${n}`,
  villagesMissing: (n: number, list: string) => `    ${n} thôn chưa đạt: ${list}`,
  villageMissing: (name: string, actual: string, shortfall: string) =>
    `${name} ${actual} (thiếu ${shortfall})`,
  issues: (errors: string, warnings: string) => `Dữ liệu: ${errors} lỗi, ${warnings} cảnh báo.`,
  topIssues: (file: string) =>
    `Một số lỗi cần sửa trước (danh sách đầy đủ ở trang "Lỗi dữ liệu" của tệp ${file}):`,
  issueLine: (severity: 'error' | 'warning', where: string, message: string) =>
    `  [${severity === 'error' ? 'Lỗi' : 'Cảnh báo'}] ${where}: ${message}`,
  issueWhere: (sheet: string, row: number | null, cell: string | null) =>
    `Trang "${sheet}"${cell ? `, ô ${cell}` : row !== null ? `, dòng ${row}` : ''}`,
  issueHint: (hint: string) => `      → ${hint}`,
  moreIssues: (n: string) => `  … và ${n} vấn đề khác.`,
  moreIssuesToList: (n: string, file: string) =>
    `  … và ${n} vấn đề khác. Ghi cả danh sách vào tệp: ${CLI_NAME} kiem-tra "${file}" --ra loi-du-lieu.xlsx`,
  listWritten: (n: string, path: string) =>
    `Đã ghi danh sách đầy đủ (${n} dòng) vào trang "Lỗi dữ liệu" của ${path}`,
  blocked: 'Báo cáo chưa được lập vì dữ liệu còn lỗi. Sửa các lỗi trên rồi chạy lại.',
  noReportYet:
    'Báo cáo .docx chưa có trong bản này; các số liệu ở trên và trang "Tổng hợp" là kết quả tổng hợp.',
  written: 'Đã ghi:',
  writtenFile: (path: string) => `  ${path}`,
  checkOk: 'Không có lỗi: dữ liệu sẵn sàng để tổng hợp.',
  checkFailed: (errors: string) => `Có ${errors} lỗi cần sửa.`,
  templateWritten: (path: string) => `Đã ghi sổ mẫu trống: ${path}`,
} as const;

export { unexpectedText } from './common';

export const templateText = {
  dropdownErrorTitle: 'Giá trị ngoài danh sách',
  dropdownError: (header: string) =>
    `Nên chọn "${header}" trong danh sách thả xuống. Bấm "Có" để giữ giá trị đã nhập.`,
  configNoteLabel: 'Tên tham số: giữ nguyên chữ ở cột này. Tham số có dấu * là bắt buộc.',
  configNoteValue: 'Nhập giá trị của xã/phường ở cột này; xem cách nhập ở cột bên phải.',
  configNoteExplain: 'Cách nhập từng tham số.',
  /**
   * "Bộ tiêu chí": the sets in use shown beside the commune's own table (columns the reader does not map), so
   * TC1… read as words without hovering over a note.
   */
  criteriaReference: {
    headers: [
      'Đang dùng: danh hiệu',
      'Đang dùng: mã',
      'Đang dùng: ý nghĩa',
      'Đang dùng: điểm',
      'Đang dùng: bộ tiêu chí',
    ],
    notes: [
      'Các bộ tiêu chí hệ thống đang dùng khi trang này chưa có dòng nào của danh hiệu (chỉ để tra cứu, không được đọc).',
      'Mã tiêu chí: tên cột điểm trên trang danh sách.',
      'Ý nghĩa của tiêu chí.',
      'Điểm tối đa; "đạt/không đạt" cho chỉ số không tính điểm.',
      'Văn bản ban hành bộ tiêu chí. Muốn dùng bộ của tỉnh: chép các dòng sang cột A–H và sửa theo văn bản của tỉnh.',
    ],
    passFail: 'đạt/không đạt',
    example: (name: string) => `${name} (bộ mẫu, cần thay bằng bộ của tỉnh)`,
  },
} as const;

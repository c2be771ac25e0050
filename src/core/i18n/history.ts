// The words of "Lịch sử" and of progress toward the plan's targets, for the console, "Tổng hợp" and the report.
import type { GoalProgress, IndicatorProgress } from '../history/progress';
import type { SummaryRead } from '../summary/cells';
import { a1 } from '../text/a1';
import { formatInt, formatPercent } from '../text/format';

const SHEET = 'Lịch sử';
const KEPT = `Trang "${SHEET}" được giữ nguyên, chưa ghi năm nay`;

const goalPercent = (g: GoalProgress) =>
  `${g.target.comparison === '>' ? 'trên ' : ''}${formatPercent(g.target.percent)}`;

const counted = (n: number, unit: string) => `${formatInt(n)}${unit ? ` ${unit}` : ''}`;

/** "cần thêm khoảng 180 hộ mỗi năm để đạt 90% năm 2028", with what the path says before it. */
export const goalSentence = (p: IndicatorProgress, g: GoalProgress): string => {
  const aim = `${goalPercent(g)} năm ${g.target.year}`;
  const yearsLeft = g.target.year - (p.latest?.year ?? g.target.year);
  // Fewer missing than years left: "1 thôn mỗi năm" would ask for four where one is enough.
  const need =
    g.shortfall < yearsLeft
      ? `cần thêm ${counted(g.shortfall, p.unit)} trước năm ${g.target.year} để đạt ${goalPercent(g)}`
      : `cần thêm khoảng ${counted(g.perYear ?? 0, p.unit)} mỗi năm để đạt ${aim}`;
  const path =
    g.pathNow === null ? '' : ` (lộ trình năm ${p.latest?.year ?? ''}: ${formatPercent(g.pathNow)})`;
  switch (g.status) {
    case 'noBaseline':
      return `chưa có số liệu năm nào để theo dõi chỉ tiêu ${aim}`;
    case 'reached':
      return `đã đạt chỉ tiêu ${aim}`;
    case 'firstYear':
      return `${need} (mới có số liệu một năm, chưa so được với lộ trình)`;
    case 'onTrack':
      return `đúng lộ trình${path}; ${need}`;
    case 'behind':
      return `chậm so với lộ trình${path}; ${need}`;
    case 'due':
      return `năm nay là năm chỉ tiêu: còn thiếu ${counted(g.shortfall, p.unit)} để đạt ${goalPercent(g)}`;
    case 'passed':
      return `đã qua năm chỉ tiêu ${g.target.year} mà chưa đạt ${goalPercent(g)}, còn thiếu ${counted(g.shortfall, p.unit)}`;
  }
};

/** "2024: 40%; 2026: 70%", or a dash when no year has a figure. */
export const figuresText = (p: IndicatorProgress): string =>
  p.figures.length === 0
    ? 'chưa có số liệu'
    : p.figures.map((f) => `${f.year}: ${formatPercent(f.ratio.percent)}`).join('; ');

export const historyText = {
  heading: (first: number, last: number) =>
    first === last
      ? `Tiến độ so với chỉ tiêu (mới có số liệu năm ${first}):`
      : `Tiến độ so với chỉ tiêu (số liệu ${first}–${last}, năm gốc ${first}):`,
  unreadable: (read: Exclude<SummaryRead, { kind: 'ok' }>): string => {
    switch (read.kind) {
      case 'damaged':
        return `${KEPT}: ô ${a1(read.row, read.col - 1)} (cột "${read.header}") không đọc được. Sửa ô đó, hoặc xóa trang "${SHEET}" nếu không cần giữ các năm trước, rồi chạy lại.`;
      case 'oldSchema':
        return `${KEPT}: trang do phiên bản cũ của phần mềm ghi${read.version === null ? '' : ` (mẫu ${read.version})`}. Đổi tên trang đó rồi thêm lại các năm trước từ các sổ cũ.`;
      case 'newerSchema':
        return `${KEPT}: trang do phiên bản mới hơn của phần mềm ghi (mẫu ${read.version}). Hãy dùng phiên bản mới nhất.`;
      case 'notSummary':
        return `${KEPT}: trang này không phải do phần mềm ghi. Đổi tên trang đó để phần mềm ghi được lịch sử các năm.`;
    }
  },
  otherCommune: (other: string, year: number, own: string) =>
    `${KEPT}: trang ghi số liệu của xã ${other} (năm ${year}), không phải xã ${own}.`,
  noHistory: 'Chưa có số liệu năm nào trong "Lịch sử" để theo dõi tiến độ.',
  indicator: (p: IndicatorProgress) => `  ${p.label}: ${figuresText(p)}`,
  goal: (p: IndicatorProgress, g: GoalProgress) => `    ${goalSentence(p, g)}`,
} as const;

/** The progress block as plain lines: a heading, then per indicator its figures and one line per target year. */
export const progressLines = (progress: readonly IndicatorProgress[]): string[] => {
  const years = progress.flatMap((p) => p.figures.map((f) => f.year));
  if (years.length === 0) return progress.length === 0 ? [] : [historyText.noHistory];
  return [
    historyText.heading(Math.min(...years), Math.max(...years)),
    ...progress.flatMap((p) => [historyText.indicator(p), ...p.goals.map((g) => historyText.goal(p, g))]),
  ];
};

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

type Review = { kind: 'midterm' | 'final'; start: number; end: number };

const reviewName = (m: Review) =>
  `${m.kind === 'final' ? 'tổng kết' : 'sơ kết'} giai đoạn ${m.start}–${m.end}`;

/** The annual report's words for progress, and for its sơ kết / tổng kết variants. */
export const REPORT_PROGRESS = {
  heading: (n: number) => `${n}. Tiến độ thực hiện chỉ tiêu của kế hoạch`,
  intro: (first: number, last: number) =>
    first === last
      ? `Số liệu mới có năm ${first} (năm gốc); lộ trình là đường thẳng từ năm gốc đến chỉ tiêu của từng năm.`
      : `Số liệu các năm ${first}–${last}, lấy năm ${first} làm năm gốc; lộ trình là đường thẳng từ năm gốc đến chỉ tiêu của từng năm.`,
  noHistory: 'Chưa có số liệu các năm để theo dõi tiến độ (trang "Lịch sử" trống).',
  sentence: (p: IndicatorProgress) =>
    `${p.label}: ${figuresText(p)}; ${p.goals.map((g) => goalSentence(p, g)).join('; ')}.`,
  chartAlt: (first: number, last: number) => `Biểu đồ tỷ lệ theo năm ${first}–${last} so với các chỉ tiêu`,
  chartTitle: 'Tỷ lệ theo năm so với chỉ tiêu',
  sheetHeading: (base: number) => `TIẾN ĐỘ SO VỚI CHỈ TIÊU (năm gốc ${base}; số liệu từ trang "${SHEET}")`,
  sheetIndicator: 'Chỉ số (%)',
  sheetTargets: (short: string) => `Chỉ tiêu ${short}`,
  chartAxis: 'Tỷ lệ (%)',
  chartLegend: 'Nét liền: số liệu từng năm; nét đứt: lộ trình từ năm gốc; hình thoi: chỉ tiêu.',
  subject: (m: Review) =>
    `${m.kind === 'final' ? 'Tổng kết' : 'Sơ kết'} giai đoạn ${m.start}–${m.end} xây dựng các mô hình học tập`,
  name: (m: Review, place: string) => `Báo cáo ${reviewName(m)} xây dựng các mô hình học tập - ${place}`,
  periodNote: (m: Review, section: number) =>
    `Năm ${m.end} là năm ${reviewName(m)} của kế hoạch: ngoài kết quả năm ${m.end}, mục ${section} đánh giá tiến độ cả giai đoạn so với chỉ tiêu.`,
  closing: (m: Review, place: string) =>
    `Trên đây là báo cáo ${reviewName(m)} xây dựng các mô hình học tập trên địa bàn ${place}./.`,
} as const;

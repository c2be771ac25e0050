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

/** The add-in's "Thêm số liệu năm cũ": older years from sheets copied in from an older workbook. */
export const gasHistoryText = {
  title: 'Thêm số liệu năm cũ',
  noCopies: [
    'Chưa thấy trang nào được sao chép từ bảng tính năm cũ. Cách thêm số liệu năm cũ:',
    '1. Mở bảng tính của năm cũ.',
    `2. Bấm chuột phải vào thẻ trang "${SHEET}" (hoặc "Số liệu gửi tỉnh") ở cuối màn hình → "Sao chép vào" → "Bảng tính hiện có" → chọn bảng tính này.`,
    `3. Quay lại bảng tính này (trang vừa chép có tên "Bản sao của ${SHEET}" hoặc "Bản sao của Số liệu gửi tỉnh") và chạy lại mục này.`,
    'Phần mềm chỉ được mở bảng tính đang dùng, không mở được bảng tính khác, nên cần bạn mang trang của năm cũ sang.',
  ].join('\n'),
  bookUnreadable: (reason: string) => `Không thêm được. ${reason}`,
  bookOtherCommune: (other: string, own: string) =>
    `Không thêm được: trang "${SHEET}" của bảng tính này ghi số liệu của xã ${other}, không phải xã ${own}.`,
  copyUnreadable: (sheet: string, read: Exclude<SummaryRead, { kind: 'ok' }>) =>
    `Không thêm được từ trang "${sheet}": ${
      read.kind === 'damaged'
        ? `ô ${a1(read.row, read.col - 1)} (cột "${read.header}") không đọc được`
        : read.kind === 'oldSchema'
          ? 'trang do phiên bản cũ của phần mềm ghi'
          : read.kind === 'newerSchema'
            ? `trang do phiên bản mới hơn của phần mềm ghi (mẫu ${read.version})`
            : 'trang này không phải do phần mềm ghi'
    }.`,
  copyEmpty: (sheet: string) => `Trang "${sheet}" không có số liệu năm nào để thêm.`,
  otherCommune: (sheet: string, other: string, own: string) =>
    `Không thêm được: trang "${sheet}" là số liệu của xã ${other}, không phải xã ${own}.`,
  sameYear: (sheet: string, year: number) =>
    `Không thêm được: trang "${sheet}" có số liệu năm ${year}, trùng năm đánh giá của bảng tính này. Năm này do "Chấm điểm và tổng hợp" ghi.`,
  added: (sheet: string, years: string, rows: number) =>
    `Đã thêm năm ${years} (${formatInt(rows)} dòng) từ trang "${sheet}".`,
  years: (years: string) => `Trang "${SHEET}" có các năm: ${years}.`,
  mayDelete: (sheets: readonly string[]) =>
    `Bạn có thể xóa ${sheets.map((s) => `trang "${s}"`).join(', ')} (phần mềm không tự xóa trang của bạn).`,
  noConfig:
    'Không đọc được trang "Cấu hình" của bảng tính này (tên xã, tỉnh, năm đánh giá): sửa trang đó rồi chạy lại.',
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

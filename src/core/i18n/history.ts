// The words of "Lịch sử" and of progress toward the plan's targets, for the console, "Tổng hợp" and the report.
import type { GoalProgress, IndicatorProgress } from '../history/progress';
import { formatInt, formatPercent } from '../text/format';

const goalPercent = (g: GoalProgress) =>
  `${g.target.comparison === '>' ? 'trên ' : ''}${formatPercent(g.target.percent)}`;

const counted = (n: number, unit: string) => `${formatInt(n)}${unit ? ` ${unit}` : ''}`;

/** "cần thêm khoảng 180 hộ mỗi năm để đạt 90% năm 2028", with what the path says before it. */
export const goalSentence = (p: IndicatorProgress, g: GoalProgress): string => {
  const aim = `${goalPercent(g)} năm ${g.target.year}`;
  const need = `cần thêm khoảng ${counted(g.perYear ?? 0, p.unit)} mỗi năm để đạt ${aim}`;
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
  noHistory: 'Chưa có số liệu năm nào trong "Lịch sử" để theo dõi tiến độ.',
  indicator: (p: IndicatorProgress) => `  ${p.label}: ${figuresText(p)}`,
  goal: (p: IndicatorProgress, g: GoalProgress) => `    ${goalSentence(p, g)}`,
} as const;

// The progress chart: each followed indicator's figures by year as a line, its straight path to each target dashed,
// and the targets as points; a plain SVG string, deterministic, rendered to PNG by the shells.
import type { IndicatorProgress } from '../history/progress';
import { REPORT_PROGRESS } from '../i18n/history';
import { formatDecimal } from '../text/format';
import { CHART_FONT, CHART_SIZE } from './chart';

export interface ProgressLine {
  label: string;
  points: { year: number; percent: number }[];
  targets: { year: number; percent: number }[];
  /** From the baseline to each target. */
  paths: { from: { year: number; percent: number }; to: { year: number; percent: number } }[];
}

export interface ProgressChartModel {
  title: string;
  axisLabel: string;
  /** What the dashed lines and the hollow diamonds are. */
  legendNote: string;
  years: number[];
  lines: ProgressLine[];
}

/** Lines beyond these colours would be unreadable in print: the first five followed indicators with figures. */
const COLORS = ['#2e75b6', '#c55a11', '#548235', '#7030a0', '#bf9000'] as const;

export const buildProgressChartModel = (
  progress: readonly IndicatorProgress[],
): ProgressChartModel | null => {
  const lines = progress
    .filter((p) => p.figures.length > 0)
    .slice(0, COLORS.length)
    .map((p): ProgressLine => ({
      label: p.label,
      points: p.figures.flatMap((f) =>
        f.ratio.percent === null ? [] : [{ year: f.year, percent: f.ratio.percent }],
      ),
      targets: p.goals.map((g) => ({ year: g.target.year, percent: g.target.percent })),
      paths: p.goals.flatMap((g) => {
        const [from, to] = g.path;
        return from && to ? [{ from, to }] : [];
      }),
    }));
  if (lines.length === 0) return null;
  const all = lines.flatMap((l) => [...l.points, ...l.targets].map((p) => p.year));
  const first = Math.min(...all);
  const last = Math.max(...all);
  const years: number[] = [];
  for (let y = first; y <= last; y++) years.push(y);
  return {
    title: REPORT_PROGRESS.chartTitle,
    axisLabel: REPORT_PROGRESS.chartAxis,
    legendNote: REPORT_PROGRESS.chartLegend,
    years,
    lines,
  };
};

const esc = (s: string): string =>
  s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
const r1 = (n: number): string => String(Math.round(n * 10) / 10);
const text = (x: number, y: number, body: string, attrs = ''): string =>
  `<text x="${r1(x)}" y="${r1(y)}"${attrs ? ` ${attrs}` : ''}>${esc(body)}</text>`;

export const progressChartSvg = (m: ProgressChartModel): string => {
  const { width, height } = CHART_SIZE;
  const legendRows = Math.ceil(m.lines.length / 2) + 1;
  const plot = { left: 70, right: width - 40, top: 60 + legendRows * 26, bottom: height - 50 };
  const span = Math.max(1, m.years.length - 1);
  const x = (year: number) =>
    m.years.length === 1
      ? (plot.left + plot.right) / 2
      : plot.left + ((year - (m.years[0] ?? year)) / span) * (plot.right - plot.left);
  const y = (p: number) => plot.bottom - (Math.max(0, Math.min(100, p)) / 100) * (plot.bottom - plot.top);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${CHART_FONT}">`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    text(width / 2, 32, m.title, 'font-size="26" font-weight="bold" text-anchor="middle"'),
  ];
  for (let p = 0; p <= 100; p += 20) {
    out.push(
      `<line x1="${plot.left}" y1="${r1(y(p))}" x2="${plot.right}" y2="${r1(y(p))}" stroke="#d9d9d9" stroke-width="1"/>`,
      text(plot.left - 8, y(p) + 6, `${p}%`, 'font-size="17" text-anchor="end"'),
    );
  }
  for (const year of m.years)
    out.push(text(x(year), plot.bottom + 26, String(year), 'font-size="17" text-anchor="middle"'));
  m.lines.forEach((l, i) => {
    const color = COLORS[i] ?? '#000000';
    for (const p of l.paths)
      out.push(
        `<line x1="${r1(x(p.from.year))}" y1="${r1(y(p.from.percent))}" x2="${r1(x(p.to.year))}" y2="${r1(y(p.to.percent))}" stroke="${color}" stroke-width="1.5" stroke-dasharray="8 6"/>`,
      );
    if (l.points.length > 1)
      out.push(
        `<polyline points="${l.points.map((p) => `${r1(x(p.year))},${r1(y(p.percent))}`).join(' ')}" fill="none" stroke="${color}" stroke-width="3"/>`,
      );
    for (const p of l.points)
      out.push(
        `<circle cx="${r1(x(p.year))}" cy="${r1(y(p.percent))}" r="5" fill="${color}"/>`,
        text(
          x(p.year),
          y(p.percent) - 10,
          formatDecimal(p.percent, 1),
          `font-size="15" text-anchor="middle" fill="${color}"`,
        ),
      );
    for (const t of l.targets) {
      const cx = x(t.year);
      const cy = y(t.percent);
      out.push(
        `<polygon points="${r1(cx)},${r1(cy - 8)} ${r1(cx + 8)},${r1(cy)} ${r1(cx)},${r1(cy + 8)} ${r1(cx - 8)},${r1(cy)}" fill="#ffffff" stroke="${color}" stroke-width="2.5"/>`,
      );
    }
    const lx = i % 2 === 0 ? plot.left : width / 2 + 10;
    const ly = 56 + Math.floor(i / 2) * 26;
    out.push(
      `<line x1="${lx}" y1="${ly}" x2="${lx + 30}" y2="${ly}" stroke="${color}" stroke-width="3"/>`,
      text(lx + 38, ly + 6, l.label, 'font-size="16"'),
    );
  });
  out.push(
    text(plot.left, 56 + (legendRows - 1) * 26 + 6, m.legendNote, 'font-size="16" font-style="italic"'),
    `<line x1="${plot.left}" y1="${plot.bottom}" x2="${plot.right}" y2="${plot.bottom}" stroke="#000000" stroke-width="1.2"/>`,
    '</svg>',
  );
  return out.join('\n');
};

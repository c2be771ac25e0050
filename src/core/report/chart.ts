// The per-village chart: a data model from the engine's tally, and a plain SVG string drawn from it.
import { CHART } from '../i18n/report';
import type { EngineResult } from '../result';
import { formatDecimal, formatPercent } from '../text/format';

export interface ChartBar {
  label: string;
  /** null when the village has no households on record. */
  percent: number | null;
  /** Against the target line; null without a target or a percentage. */
  met: boolean | null;
}

export interface ChartModel {
  title: string;
  axisLabel: string;
  bars: ChartBar[];
  target: { percent: number; label: string } | null;
}

/** Family percentages per village against the family target of the chosen year (the plans' headline figure). */
export const buildChartModel = (result: EngineResult): ChartModel => {
  const year = result.config?.year ?? result.targetYear ?? new Date(0).getFullYear();
  const evaluation = result.targets.find((t) => t.indicator === 'family');
  const target = evaluation ? evaluation.target.percent : null;
  const strict = evaluation?.target.comparison === '>';
  return {
    title: CHART.title(year),
    axisLabel: CHART.axis,
    bars: result.tally.villages.map((v) => {
      const p = v.family.recognisedRatio.percent;
      return {
        label: v.name,
        percent: p,
        met: p === null || target === null ? null : strict ? p > target : p >= target - 1e-9,
      };
    }),
    target:
      target === null
        ? null
        : { percent: target, label: CHART.target(formatPercent(target), result.targetYear) },
  };
};

export const CHART_SIZE = { width: 960, height: 520 } as const;
export const CHART_FONT = "'Times New Roman', 'Liberation Serif', serif";
const COLORS = {
  met: '#2e75b6',
  missed: '#c55a11',
  none: '#7f7f7f',
  target: '#c00000',
  grid: '#d9d9d9',
  text: '#000000',
} as const;

const esc = (s: string): string =>
  s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
const r1 = (n: number): string => String(Math.round(n * 10) / 10);

const text = (x: number, y: number, body: string, attrs = ''): string =>
  `<text x="${r1(x)}" y="${r1(y)}"${attrs ? ` ${attrs}` : ''}>${esc(body)}</text>`;

/** A column chart with value labels, a dashed target line and a two-entry legend. Deterministic output. */
export const chartSvg = (m: ChartModel): string => {
  const { width, height } = CHART_SIZE;
  const many = m.bars.length > 8;
  const plot = { left: 70, right: width - 30, top: 90, bottom: height - (many ? 120 : 60) };
  const plotW = plot.right - plot.left;
  const plotH = plot.bottom - plot.top;
  const y = (p: number) => plot.bottom - (Math.max(0, Math.min(100, p)) / 100) * plotH;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${CHART_FONT}">`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    text(width / 2, 34, m.title, 'font-size="26" font-weight="bold" text-anchor="middle"'),
  ];
  for (let p = 0; p <= 100; p += 20) {
    out.push(
      `<line x1="${plot.left}" y1="${r1(y(p))}" x2="${plot.right}" y2="${r1(y(p))}" stroke="${COLORS.grid}" stroke-width="1"/>`,
    );
    out.push(text(plot.left - 8, y(p) + 6, `${p}%`, 'font-size="17" text-anchor="end"'));
  }
  out.push(text(18, plot.top - 16, m.axisLabel, 'font-size="17"'));
  const slot = m.bars.length > 0 ? plotW / m.bars.length : plotW;
  const barW = Math.min(70, slot * 0.62);
  m.bars.forEach((b, i) => {
    const cx = plot.left + slot * (i + 0.5);
    if (b.percent !== null) {
      const color = b.met === null ? COLORS.met : b.met ? COLORS.met : COLORS.missed;
      const top = y(b.percent);
      out.push(
        `<rect x="${r1(cx - barW / 2)}" y="${r1(top)}" width="${r1(barW)}" height="${r1(plot.bottom - top)}" fill="${color}"/>`,
      );
      out.push(
        text(cx, top - 6, formatDecimal(b.percent, 1), `font-size="${many ? 14 : 17}" text-anchor="middle"`),
      );
    }
    const labelY = plot.bottom + 22;
    out.push(
      many
        ? text(
            cx,
            labelY,
            b.label,
            `font-size="16" text-anchor="end" transform="rotate(-40 ${r1(cx)} ${r1(labelY)})"`,
          )
        : text(cx, labelY, b.label, 'font-size="17" text-anchor="middle"'),
    );
  });
  out.push(
    `<line x1="${plot.left}" y1="${plot.bottom}" x2="${plot.right}" y2="${plot.bottom}" stroke="${COLORS.text}" stroke-width="1.2"/>`,
  );
  if (m.target) {
    const ty = y(m.target.percent);
    out.push(
      `<line x1="${plot.left}" y1="${r1(ty)}" x2="${plot.right}" y2="${r1(ty)}" stroke="${COLORS.target}" stroke-width="2.5" stroke-dasharray="10 6"/>`,
    );
    // The legend names the target, so its label never collides with a bar's value.
    const lx = width / 2 - 330;
    out.push(
      `<rect x="${lx}" y="52" width="16" height="16" fill="${COLORS.met}"/>`,
      text(lx + 22, 66, CHART.legendMet, 'font-size="17"'),
    );
    out.push(
      `<rect x="${lx + 150}" y="52" width="16" height="16" fill="${COLORS.missed}"/>`,
      text(lx + 172, 66, CHART.legendMissed, 'font-size="17"'),
    );
    out.push(
      `<line x1="${lx + 340}" y1="60" x2="${lx + 380}" y2="60" stroke="${COLORS.target}" stroke-width="2.5" stroke-dasharray="10 6"/>`,
    );
    out.push(text(lx + 388, 66, m.target.label, `font-size="17" font-weight="bold" fill="${COLORS.target}"`));
  }
  out.push('</svg>');
  return out.join('\n');
};

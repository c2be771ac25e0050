// The annual report's progress section: per followed indicator, its figures by year and where it stands on the
// path to each target year, then the progress chart.
import type { IndicatorProgress } from '../history/progress';
import { REPORT_PROGRESS } from '../i18n/history';
import { CHART_SIZE } from './chart';
import { bold, paragraph, type Block } from './model';

export const PROGRESS_CHART_KEY = 'progressChart';

export const progressBlocks = (
  progress: readonly IndicatorProgress[],
  section: number,
  withChart: boolean,
): Block[] => {
  const years = progress.flatMap((p) => p.figures.map((f) => f.year));
  const heading = paragraph('heading', bold(REPORT_PROGRESS.heading(section)));
  if (years.length === 0) return [heading, paragraph('body', REPORT_PROGRESS.noHistory)];
  const first = Math.min(...years);
  const last = Math.max(...years);
  return [
    heading,
    paragraph('body', REPORT_PROGRESS.intro(first, last)),
    ...progress.map((p) => paragraph('body', REPORT_PROGRESS.sentence(p))),
    ...(withChart
      ? [
          {
            kind: 'image' as const,
            key: PROGRESS_CHART_KEY,
            widthMm: 160,
            heightMm: (160 * CHART_SIZE.height) / CHART_SIZE.width,
            alt: REPORT_PROGRESS.chartAlt(first, last),
          },
        ]
      : []),
  ];
};

// The terminal summary: where, how many villages, each title's counts and percentage, targets met or missed,
// and the first problems to fix. Plain lines, so a script or an officer can read them.
import { summaryText as t } from '../../core/i18n/cli';
import { provinceWithKind } from '../../core/i18n/engine';
import { indicatorUnits, titleWithUnit } from '../../core/targets/presets';
import type { Issue } from '../../core/issues/issue';
import type { EngineResult, Ratio, TargetEvaluation } from '../../core/result';
import { formatInt, formatPercent } from '../../core/text/format';

const pct = (r: Ratio): string => (r.percent === null ? t.unknown : formatPercent(r.percent));

const place = (result: EngineResult): string => {
  const c = result.config;
  if (!c) return t.noConfig;
  const province = provinceWithKind(c.province);
  return t.heading(`${c.communeKind} ${c.commune}, ${province}`, c.year);
};

const table = (rows: string[][]): string[] => {
  const widths = rows[0]?.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length))) ?? [];
  return rows.map((r) =>
    r
      .map((cell, c) => (c === 0 ? cell.padEnd(widths[c] ?? 0) : cell.padStart(widths[c] ?? 0)))
      .join('   ')
      .trimEnd(),
  );
};

const titlesTable = (result: EngineResult): string[] => {
  const c = result.tally.commune;
  const rows = (['family', 'clan', 'community', 'unit'] as const).map((k) =>
    c[k].assessed
      ? [
          titleWithUnit(k),
          formatInt(c[k].registered),
          formatInt(c[k].recognised),
          formatInt(c[k].total),
          pct(c[k].recognisedRatio),
        ]
      : [titleWithUnit(k), '–', '–', formatInt(c[k].total), t.unknown],
  );
  return table([[...t.tableHeader], ...rows]);
};

const citizenLines = (result: EngineResult): string[] => {
  const c = result.tally.commune.citizen;
  const ratio = (label: string, r: Ratio) =>
    t.citizenRatio(label, pct(r), formatInt(r.numerator), formatInt(r.denominator));
  return [
    t.citizenLine(formatInt(c.registered), formatInt(c.recognised)),
    ratio(t.citizenRatios.adults, c.adults),
    ratio(t.citizenRatios.workers, c.workers),
    ratio(t.citizenRatios.officials, c.officials),
    ratio(t.citizenRatios.digital, c.digital),
    ratio(t.citizenRatios.digitalPro, c.digitalPro),
    ...(c.digitalUnrecorded > 0 && c.digital.denominator > 0
      ? [t.digitalBase(formatInt(c.digital.denominator), formatInt(c.digitalUnrecorded))]
      : []),
  ];
};

const targetLines = (e: TargetEvaluation): string[] => {
  const verdict = e.met === null ? t.notAssessable : e.met ? t.met : t.missed;
  const unit = indicatorUnits[e.indicator];
  const short =
    e.met === false && e.shortfall > 0
      ? t.shortfall(`${formatInt(e.shortfall)}${unit ? ` ${unit}` : ''}`)
      : '';
  const lines = [
    t.target(
      e.label,
      pct(e.actual),
      e.target.comparison === '>' ? '>' : '≥',
      formatPercent(e.target.percent),
      verdict,
    ) + short,
  ];
  if (e.villagesMissing.length > 0) {
    const list = e.villagesMissing.map((v) =>
      t.villageMissing(v.name, pct(v.actual), `${formatInt(v.shortfall)}${unit ? ` ${unit}` : ''}`),
    );
    lines.push(t.villagesMissing(e.villagesMissing.length, list.join('; ')));
  }
  return lines;
};

/** Errors first (they block the documents), each line marked Lỗi or Cảnh báo; `more` says where the rest are. */
export const issueLines = (
  issues: readonly Issue[],
  limit: number,
  more: (n: string) => string = t.moreIssues,
): string[] => {
  const ordered = [
    ...issues.filter((i) => i.severity === 'error'),
    ...issues.filter((i) => i.severity !== 'error'),
  ];
  const lines = ordered
    .slice(0, limit)
    .flatMap((i) => [
      t.issueLine(i.severity, t.issueWhere(i.sheet, i.row, i.cell), i.message),
      t.issueHint(i.hint),
    ]);
  if (ordered.length > limit) lines.push(more(formatInt(ordered.length - limit)));
  return lines;
};

export const summaryLines = (result: EngineResult): string[] => {
  const lines = [
    place(result),
    t.villages(formatInt(result.tally.villages.length)),
    '',
    ...titlesTable(result),
    '',
    ...citizenLines(result),
    '',
  ];
  if (result.targetYear !== null && result.targets.length > 0) {
    lines.push(
      t.targetsHeading(result.targetYear, result.preset?.name ?? null),
      ...result.targets.flatMap(targetLines),
    );
  } else lines.push(t.noTargets);
  lines.push('', t.issues(formatInt(result.errorCount), formatInt(result.warningCount)));
  return lines;
};

// Target clauses generated from the numbers: ", chưa đạt chỉ tiêu 90% năm 2028, còn thiếu 90 hộ".
import { VERDICT } from '../i18n/report';
import type { TargetEvaluation } from '../result';
import { indicatorUnits } from '../targets/presets';
import { formatInt, formatPercent } from '../text/format';
import { int, pct } from './parts';

const level = (e: TargetEvaluation): string =>
  `${e.target.comparison === '>' ? 'trên ' : ''}${formatPercent(e.target.percent)} năm ${e.target.year}`;

const amount = (e: TargetEvaluation, n: number): string =>
  `${formatInt(n)} ${indicatorUnits[e.indicator]}`.trim();

/** The clause after a figure; empty when the figure cannot be compared (no population). */
export const targetSentence = (e: TargetEvaluation, villages: number): string => {
  if (e.met === null) return `, chưa so sánh được với chỉ tiêu ${level(e)} do thiếu số liệu`;
  if (e.target.scope === 'everyVillage') {
    if (e.met) return `, đạt chỉ tiêu ${level(e)} ở tất cả các thôn`;
    const missing = e.villagesMissing.length;
    const where = missing > 0 ? `: ${formatInt(missing)}/${formatInt(villages)} thôn chưa đạt` : '';
    return `, chưa đạt chỉ tiêu ${level(e)} ở từng thôn${where}, còn thiếu ${amount(e, e.shortfall)}`;
  }
  return e.met
    ? `, đạt chỉ tiêu ${level(e)}`
    : `, chưa đạt chỉ tiêu ${level(e)}, còn thiếu ${amount(e, e.shortfall)}`;
};

/** Table cells: target, verdict, gap. */
export const targetCells = (e: TargetEvaluation | undefined): [string, string, string] => {
  if (!e) return ['', VERDICT.none, ''];
  const target = `${e.target.comparison === '>' ? '> ' : ''}${pct(e.target.percent).replace(/,0$/u, '')}${e.target.scope === 'everyVillage' ? '*' : ''}`;
  const verdict = e.met === null ? VERDICT.unknown : e.met ? VERDICT.met : VERDICT.missed;
  return [
    target,
    verdict,
    e.met === false ? `${int(e.shortfall)} ${indicatorUnits[e.indicator]}`.trim() : '',
  ];
};

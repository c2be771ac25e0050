// Target clauses generated from the numbers: ", chưa đạt chỉ tiêu 90% năm 2028, còn thiếu 90 hộ".
import { REPORT_SENTENCES as S, VERDICT } from '../i18n/report';
import type { TargetEvaluation } from '../result';
import { indicatorUnits } from '../targets/presets';
import { formatInt, formatPercent } from '../text/format';
import { int, pct } from './parts';

const level = (e: TargetEvaluation): string =>
  S.level(e.target.comparison === '>', formatPercent(e.target.percent), e.target.year);

const amount = (e: TargetEvaluation, n: number): string =>
  S.amount(formatInt(n), indicatorUnits[e.indicator]);

/** The clause after a figure; empty when the figure cannot be compared (no population). */
export const targetSentence = (e: TargetEvaluation, villages: number): string => {
  if (e.met === null) return S.notCompared(level(e));
  if (e.target.scope === 'everyVillage') {
    if (e.met) return S.metEveryVillage(level(e));
    const missing = e.villagesMissing.length;
    const where = missing > 0 ? S.villagesMissing(formatInt(missing), formatInt(villages)) : '';
    return S.missedEveryVillage(level(e), where, amount(e, e.shortfall));
  }
  return e.met ? S.met(level(e)) : S.missed(level(e), amount(e, e.shortfall));
};

/** Table cells: target, verdict, gap. */
export const targetCells = (e: TargetEvaluation | undefined): [string, string, string] => {
  if (!e) return ['', VERDICT.none, ''];
  const target = `${e.target.comparison === '>' ? '> ' : ''}${pct(e.target.percent).replace(/,0$/u, '')}${e.target.scope === 'everyVillage' ? '*' : ''}`;
  const verdict = e.met === null ? VERDICT.unknown : e.met ? VERDICT.met : VERDICT.missed;
  return [target, verdict, e.met === false ? S.amount(int(e.shortfall), indicatorUnits[e.indicator]) : ''];
};

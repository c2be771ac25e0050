// The "Tổng hợp tỉnh" sheet: the province-wide figures against the province's targets, every commune on the list
// with its state and its commune-level percentages, and how many communes are in each state. Built with the
// same TableBuilder as the commune's "Tổng hợp", so both shells render it as they render that one.
import { fileText } from '../i18n/cli';
import { provinceWithKind } from '../i18n/engine';
import {
  communeStateAdvice,
  communeStateDetail as D,
  communeStateTerms,
  provinceTableText as T,
} from '../i18n/province';
import { indicatorTerms, titleTerms, verdictTerms } from '../i18n/terms';
import type { TitleCode } from '../layout/schema';
import { provinceOwnedSheets } from '../layout/province-sheets';
import { COLORS, COUNT_FORMAT, pct, TableBuilder, type StyledCell } from '../output/builder';
import type { OutputTable, Ratio } from '../result';
import { evidenceIndicators } from '../summary/build';
import { summaryIndicators } from '../summary/schema';
import { ratio } from '../tally/ratio';
import { a1 } from '../text/a1';
import { formatInt, upperVi } from '../text/format';
import type { CommuneResult, CommuneState, ProvinceIndicator, ProvinceRollup } from './rollup';

const n = (v: number): StyledCell => ({ value: v, style: { numberFormat: COUNT_FORMAT } });

const STATE_COLORS: Partial<Record<CommuneState, string>> = {
  read: COLORS.met,
  hasErrors: COLORS.error,
  damaged: COLORS.error,
};

/** The state's detail in words: what the province needs to know before it writes to the commune. */
export const stateDetail = (c: CommuneResult): string => {
  const d = c.detail;
  switch (c.state) {
    case 'notRunThisYear':
      return d.lastYear === undefined ? '' : D.lastYear(d.lastYear);
    case 'oldSchema':
    case 'newerSchema':
      return D.version(d.version ?? null);
    case 'damaged':
      return d.row !== undefined && d.col !== undefined ? D.cell(a1(d.row, d.col - 1), d.header ?? '') : '';
    case 'hasErrors':
      return d.errors === undefined ? '' : D.errors(formatInt(d.errors));
    case 'duplicate':
      return d.row === undefined ? '' : D.duplicate(d.row);
    default:
      return '';
  }
};

/**
 * An unreadable file's note names the file as "Danh sách xã" lists it: the command line's own message for the
 * read error when there is one (one wording for a broken file, whichever command meets it), then what to ask.
 */
const unreadableNote = (c: CommuneResult): string => {
  const { reason, reasonDetail } = c.detail;
  if (reason === undefined) return D.unreadable(c.source);
  if (reason === 'notGoogleSheet') return D.notGoogleSheet(c.source);
  const message =
    reason === 'NOT_A_FILE' || reason === 'SHEET_PART_MISSING'
      ? fileText[reason](c.source, reasonDetail)
      : fileText[reason](c.source);
  return `${message} ${D.resend}`;
};

/** The note beside a commune: its detail, then what to do about it. */
export const stateNote = (c: CommuneResult): string =>
  c.state === 'unreadable'
    ? unreadableNote(c)
    : [stateDetail(c), communeStateAdvice[c.state]].filter((s) => s !== '').join(' ');

/** A commune's own figure, rounded by the product's one rule (a blank or zero population shows "–"). */
const figureOf = (c: CommuneResult, indicator: string): StyledCell => {
  const r = c.rows.find((row) => row.indicator === indicator);
  if (!r || r.numerator === null || r.denominator === null) return '–';
  return pct(ratio(r.numerator, r.denominator).percent);
};

/**
 * A commune's minh chứng coverage of one title: 'noData' when its register keeps no "Minh chứng" column (an
 * unknown share, never 0 %), null when the figure is not computable.
 */
export const communeEvidence = (c: CommuneResult, indicator: string): Ratio | 'noData' | null => {
  const r = c.rows.find((row) => row.indicator === indicator);
  if (!r || r.numerator === null) return null;
  return r.evidence === null ? 'noData' : ratio(r.evidence, r.numerator);
};

/** A commune recognising none shows "–", like a figure not computable. */
const evidenceCell = (c: CommuneResult, indicator: string): StyledCell => {
  const e = communeEvidence(c, indicator);
  return e === 'noData' ? T.evidenceNoData : pct(e?.percent ?? null);
};

/** The title whose recognised entries an evidence indicator counts: its coverage is that title's. */
export const evidenceTitle: Partial<Record<string, TitleCode>> = {
  family: 'family',
  clan: 'clan',
  community: 'community',
  unit: 'unit',
  citizenAll: 'citizen',
};
const titleOf = (indicator: string) => titleTerms[evidenceTitle[indicator] ?? 'family'];

const evidencePart = (t: TableBuilder, rollup: ProvinceRollup): void => {
  t.title(T.partEvidence);
  t.header([...T.evidenceTotalsHeader]);
  const totals = evidenceIndicators.flatMap((k) => rollup.indicators.filter((i) => i.indicator === k));
  totals.forEach((i, k) =>
    t.add([
      k + 1,
      titleOf(i.indicator).name,
      n(i.evidence.denominator),
      n(i.evidence.numerator),
      pct(i.evidence.percent),
      n(i.evidenceMissing),
    ]),
  );
  t.blank();
  t.header(T.evidenceCommunesHeader(evidenceIndicators.map((i) => titleOf(i).short)));
  const counted = rollup.communes.filter((c) => c.counted);
  if (counted.length === 0) t.add(['', T.evidenceNoCommunes]);
  counted.forEach((c, k) => t.add([k + 1, c.name, ...evidenceIndicators.map((i) => evidenceCell(c, i))]));
  t.add(['', T.provinceRow, ...totals.map((i) => pct(i.evidence.percent))], {
    bold: true,
    background: COLORS.commune,
  });
  t.title(T.evidenceNote, { bold: false });
  t.blank();
};

const verdict = (i: ProvinceIndicator): StyledCell =>
  i.target === null
    ? ''
    : i.met === null
      ? verdictTerms.unknown
      : {
          value: i.met ? verdictTerms.met : verdictTerms.missed,
          style: { bold: true, background: i.met ? COLORS.met : COLORS.missed },
        };

const totalsRow = (i: ProvinceIndicator, k: number): StyledCell[] => {
  const unit = indicatorTerms[i.indicator].unit;
  return [
    k + 1,
    indicatorTerms[i.indicator].label,
    i.target === null ? T.noTarget : `${i.target.comparison === '>' ? '>' : '≥'} ${i.target.percent}`,
    i.actual.denominator > 0 ? pct(i.actual.percent) : verdictTerms.notComputable,
    n(i.actual.numerator),
    n(i.actual.denominator),
    verdict(i),
    i.met === false ? `${formatInt(i.shortfall)} ${unit}`.trim() : '',
    i.target === null ? '' : n(i.communesBelow),
    n(i.notComputable),
  ];
};

const WIDTH = 3 + summaryIndicators.length + 1;

export const buildProvinceTable = (rollup: ProvinceRollup, province: string): OutputTable => {
  const t = new TableBuilder(provinceOwnedSheets.rollup, WIDTH);
  const counted = rollup.communes.filter((c) => c.counted).length;
  t.title(T.title(rollup.year, upperVi(provinceWithKind(province))));
  t.title(T.subtitle(formatInt(counted), formatInt(rollup.communes.length), rollup.targetYear), {
    bold: false,
  });
  t.blank();

  t.title(T.partTotals(rollup.targetYear));
  t.header([...T.totalsHeader]);
  rollup.indicators.forEach((i, k) => t.add(totalsRow(i, k)));
  t.blank();

  t.title(T.partCommunes);
  const headerRow = t.header(T.communesHeader(summaryIndicators.map((i) => indicatorTerms[i].short)));
  rollup.communes.forEach((c, k) => {
    const background = STATE_COLORS[c.state];
    t.add([
      k + 1,
      c.name,
      background ? { value: communeStateTerms[c.state], style: { background } } : communeStateTerms[c.state],
      // Only figures the province added up: a commune still with errors shows its state, not its numbers.
      ...summaryIndicators.map((i) => (c.counted ? figureOf(c, i) : '')),
      stateNote(c),
    ]);
  });
  const lastCommuneRow = t.length - 1;
  t.add(['', T.provinceRow, '', ...rollup.indicators.map((i) => pct(i.actual.percent)), ''], {
    bold: true,
    background: COLORS.commune,
  });
  const family = rollup.indicators.find((i) => i.indicator === 'family');
  if (rollup.communes.length > 0)
    t.chart = {
      title: T.chartTitle(rollup.year),
      headerRow,
      firstRow: headerRow + 1,
      lastRow: lastCommuneRow,
      labelColumn: 1,
      valueColumns: [3 + summaryIndicators.indexOf('family')],
      targetPercent: family?.target?.percent ?? null,
    };
  t.blank();

  evidencePart(t, rollup);

  t.title(T.partStates);
  t.header([...T.statesHeader]);
  (Object.keys(communeStateTerms) as CommuneState[]).forEach((s, k) =>
    t.add([k + 1, communeStateTerms[s], n(rollup.counts[s]), communeStateAdvice[s]]),
  );
  t.blank();
  t.title(T.footer, { bold: false });
  return t.build([6, 40, 22, ...Array<number>(summaryIndicators.length).fill(14), 60], 0);
};

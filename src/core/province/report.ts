// The province association's yearly report to the province's People's Committee (ND 30/2020 layout), built from
// the roll-up: the same document model, header, signature and renderers as the commune's report.
import { provinceWithKind } from '../i18n/engine';
import { communeStateTerms, provinceReportText as T } from '../i18n/province';
import { DOC_TYPES, REPORT_SENTENCES as S, TYPE_CODES, VERDICT } from '../i18n/report';
import { indicatorTerms } from '../i18n/terms';
import {
  bold,
  paragraph,
  type Block,
  type DocModel,
  type TableBlock,
  type TableColumn,
} from '../report/model';
import { dateText, fileSlug, int, numberLine, pct, signature } from '../report/parts';
import { meets, ratio } from '../tally/ratio';
import { formatInt, formatPercent, upperVi } from '../text/format';
import type { CommuneResult, ProvinceIndicator, ProvinceRollup } from './rollup';
import type { ProvinceSettings } from './settings';
import { evidenceIndicators } from '../summary/build';
import { communeEvidence, evidenceTitle, stateNote } from './table';
import { titleTerms } from '../i18n/terms';

const col = (weight: number, align: TableColumn['align'] = 'center'): TableColumn => ({ weight, align });

const level = (i: ProvinceIndicator & { target: NonNullable<ProvinceIndicator['target']> }): string =>
  S.level(i.target.comparison === '>', formatPercent(i.target.percent), i.target.year);

const withTarget = (
  i: ProvinceIndicator,
): i is ProvinceIndicator & { target: NonNullable<ProvinceIndicator['target']> } => i.target !== null;

/** "Gia đình học tập (% hộ): toàn tỉnh 75/100 (75,0%), chưa đạt chỉ tiêu 80% năm 2030, còn thiếu 5 hộ." */
const indicatorSentence = (i: ProvinceIndicator): string => {
  const label = indicatorTerms[i.indicator].label;
  const unit = indicatorTerms[i.indicator].unit;
  const missing = i.notComputable > 0 ? T.notComputable(formatInt(i.notComputable)) : '';
  if (i.actual.denominator === 0) return `${T.noFigure(label)}.`;
  const figure = T.figure(
    label,
    formatInt(i.actual.numerator),
    formatInt(i.actual.denominator),
    formatPercent(i.actual.percent),
  );
  if (!withTarget(i)) return `${figure}${missing}.`;
  const clause =
    i.met === null
      ? S.notCompared(level(i))
      : i.met
        ? S.met(level(i))
        : S.missed(level(i), S.amount(formatInt(i.shortfall), unit));
  return `${figure}${clause}${missing}.`;
};

/** The indicators the report speaks of: those with a figure or a target (the rest would be rows of zeros). */
const reported = (r: ProvinceRollup): ProvinceIndicator[] =>
  r.indicators.filter((i) => i.actual.denominator > 0 || i.target !== null);

const resultsTable = (r: ProvinceRollup): TableBlock => ({
  kind: 'table',
  columns: [col(8), col(46, 'left'), col(14), col(14), col(14), col(12), col(16), col(14)],
  header: T.resultsHeader,
  rows: reported(r).map((i, k) => ({
    cells: [
      String(k + 1),
      indicatorTerms[i.indicator].label,
      i.target
        ? `${i.target.comparison === '>' ? '> ' : ''}${pct(i.target.percent).replace(/,0$/u, '')}`
        : '',
      int(i.actual.numerator),
      int(i.actual.denominator),
      i.actual.denominator > 0 ? pct(i.actual.percent) : VERDICT.notComputable,
      !i.target ? VERDICT.none : i.met === null ? VERDICT.unknown : i.met ? VERDICT.met : VERDICT.missed,
      i.target ? int(i.communesBelow) : '',
    ],
  })),
  size: 'wideTable',
});

const titleName = (indicator: string) => titleTerms[evidenceTitle[indicator] ?? 'family'];

/** Minh chứng coverage: one sentence for the province, then each counted commune's share per title. */
const evidencePart = (r: ProvinceRollup): Block[] => {
  const totals = evidenceIndicators.flatMap((k) => r.indicators.filter((i) => i.indicator === k));
  const covered = totals.flatMap((i) =>
    i.evidence.denominator > 0
      ? [
          T.evidenceCovered(
            formatInt(i.evidence.numerator),
            formatInt(i.evidence.denominator),
            titleName(i.indicator).name,
            formatPercent(i.evidence.percent),
          ),
        ]
      : [],
  );
  const missing = totals.flatMap((i) =>
    i.evidenceMissing > 0
      ? [T.evidenceMissing(titleName(i.indicator).name, formatInt(i.evidenceMissing))]
      : [],
  );
  const counted = r.communes.filter((c) => c.counted);
  const cell = (c: CommuneResult, i: string): string => {
    const e = communeEvidence(c, i);
    return e === 'noData' ? T.evidenceNoData : pct(e?.percent ?? null);
  };
  return [
    paragraph('body', T.evidence(covered, missing)),
    ...(counted.length === 0
      ? []
      : [
          {
            kind: 'table',
            columns: [col(8), col(40, 'left'), ...evidenceIndicators.map(() => col(16))],
            header: T.evidenceHeader(evidenceIndicators.map((i) => titleName(i).short)),
            rows: counted.map((c, k) => ({
              cells: [String(k + 1), c.name, ...evidenceIndicators.map((i) => cell(c, i))],
            })),
            size: 'wideTable',
          } satisfies TableBlock,
        ]),
  ];
};

/** The counted communes below an indicator's target, with their own figure, in list order. */
export const communesBelow = (
  r: ProvinceRollup,
  i: ProvinceIndicator,
): { commune: CommuneResult; percent: number | null }[] => {
  const target = i.target;
  if (!target) return [];
  return r.communes.flatMap((c) => {
    if (!c.counted) return [];
    const row = c.rows.find((x) => x.indicator === i.indicator);
    if (!row || row.numerator === null || row.denominator === null) return [];
    const figure = ratio(row.numerator, row.denominator);
    return meets(figure, target.percent, target.comparison) === false
      ? [{ commune: c, percent: figure.percent }]
      : [];
  });
};

const belowPart = (r: ProvinceRollup): Block[] => {
  const lines = r.indicators.flatMap((i) => {
    const below = communesBelow(r, i);
    if (below.length === 0) return [];
    const list = below.map((b) => T.belowCommune(b.commune.name, formatPercent(b.percent))).join(', ');
    return [paragraph('body', T.below(indicatorTerms[i.indicator].label, formatInt(below.length), list))];
  });
  return lines.length > 0 ? lines : [paragraph('body', T.noneBelow)];
};

const notReadPart = (r: ProvinceRollup): Block[] => {
  const missing = r.communes.filter((c) => !c.counted);
  if (missing.length === 0) return [paragraph('body', T.allRead)];
  return [
    {
      kind: 'table',
      columns: [col(8), col(30, 'left'), col(24, 'left'), col(80, 'left')],
      header: T.notReadHeader,
      rows: missing.map((c, k) => ({
        cells: [String(k + 1), c.name || T.unnamed(c.listRow), communeStateTerms[c.state], stateNote(c)],
      })),
      size: 'wideTable',
    },
  ];
};

export const buildProvinceReport = (r: ProvinceRollup, s: ProvinceSettings): DocModel => {
  const place = provinceWithKind(s.province);
  const counted = r.communes.filter((c) => c.counted).length;
  const blocks: Block[] = [
    {
      kind: 'header',
      parent: [],
      body: T.body(upperVi(place)),
      number: numberLine(s.reportNumber, TYPE_CODES.report),
      placeDate: `${s.province.replace(/^(tỉnh|thành phố)\s+/iu, '')}, ${dateText(s.reportDate, s.year)}`,
    },
    { kind: 'title', docType: DOC_TYPES.report, subject: [T.subject(s.year), T.subjectPlace(place)] },
    paragraph('centered', T.addressee(place)),
    paragraph('body', T.intro(place, s.year)),
    paragraph('heading', bold(T.partCollection)),
    paragraph(
      'body',
      T.collection(formatInt(r.communes.length), formatInt(counted), formatInt(r.communes.length - counted)),
    ),
    paragraph('heading', bold(T.partResults(r.targetYear))),
    ...(r.targetYear === null ? [paragraph('body', T.noTargets)] : []),
    ...reported(r).map((i) => paragraph('body', indicatorSentence(i))),
    resultsTable(r),
    ...evidencePart(r),
    paragraph('heading', bold(T.partBelow)),
    ...belowPart(r),
    paragraph('heading', bold(T.partNotRead)),
    ...notReadPart(r),
    paragraph('heading', bold(T.partTasks)),
    paragraph('placeholder', { text: T.tasksPlaceholder, italic: true }),
    paragraph('body', T.closing(s.year, place)),
    signature(
      s.recipients.length > 0 ? s.recipients : T.defaultRecipients(place),
      s.reportSignerTitle.length > 0 ? s.reportSignerTitle : T.defaultSignerTitle,
      s.reportSigner,
    ),
  ];
  return {
    name: T.name(s.year, place),
    fileStem: fileSlug(`bao-cao-tinh-${s.year}-${s.province}`),
    sections: [{ orientation: 'portrait', blocks }],
  };
};

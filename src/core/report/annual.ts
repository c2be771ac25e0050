// The yearly report of the commune's association to the provincial association, filled from the engine's numbers.
import { titleNames } from '../criteria/sets';
import {
  CITIZEN_GROUPS,
  DATA_LISTS,
  DOC_TYPES,
  ISSUE_KINDS,
  REPORT,
  REPORT_SENTENCES as S,
  REPORT_TABLES,
  TITLE_UNITS,
  TYPE_CODES,
  VERDICT,
} from '../i18n/report';
import { citizenGroupCodes, titleWithUnit } from '../i18n/terms';
import type { Config } from '../config/schema';
import { registerSpec } from '../registers/read';
import type { EngineResult, TargetEvaluation, TitleTally } from '../result';
import { indicatorShort, indicatorUnits } from '../targets/presets';
import type { IndicatorCode } from '../targets/schema';
import { formatInt, formatPercent } from '../text/format';
import {
  bold,
  paragraph,
  type Block,
  type DocModel,
  type TableBlock,
  type TableColumn,
  type TableRow,
} from './model';
import { configOf, fileSlug, int, pct, placeOf, reportHeader, signature } from './parts';
import { CHART_SIZE } from './chart';
import { targetSentence, targetCells } from './sentences';
import { basisCitations } from './basis';
import { countByKind } from '../issues/kinds';
import type { TitleCode } from '../layout/schema';
import type { IndicatorProgress } from '../history/progress';
import { milestoneOf } from '../history/milestone';
import { REPORT_PROGRESS } from '../i18n/history';
import { progressBlocks } from './progress';

export interface AnnualReportOptions {
  /** Leave the chart out (a shell that cannot draw it). */
  chart?: boolean;
  /** Progress from the workbook's "Lịch sử" (a shell that has read it); absent: no progress section. */
  progress?: readonly IndicatorProgress[];
}

const col = (weight: number, align: TableColumn['align'] = 'center'): TableColumn => ({ weight, align });

type TitleWithTarget = 'family' | 'clan' | 'community' | 'unit';
const TITLE_ROWS: { code: TitleWithTarget; unit: string }[] = (
  ['family', 'clan', 'community', 'unit'] as const
).map((code) => ({ code, unit: TITLE_UNITS[code] }));

const evaluationOf = (targets: readonly TargetEvaluation[], code: IndicatorCode) =>
  targets.find((t) => t.indicator === code);

/** "Gia đình học tập: toàn xã có 3.412/3.890 hộ (87,7%) được công nhận (3.600 hộ đăng ký), chưa đạt chỉ tiêu …" */
const titleSentence = (
  c: Config,
  name: string,
  unit: string,
  t: TitleTally,
  e: TargetEvaluation | undefined,
  villages: number,
  onSample: boolean,
): string => {
  if (!t.assessed) return `${S.titleNotComputable(name)}${e ? targetSentence(e, villages) : ''}.`;
  const figures = S.title(
    onSample ? `${name}${REPORT.onSample}` : name,
    c.communeKind,
    formatInt(t.recognised),
    formatInt(t.total),
    unit,
    formatPercent(t.recognisedRatio.percent),
    formatInt(t.registered),
  );
  return `${figures}${e ? targetSentence(e, villages) : ''}.`;
};

const byTitleTable = (r: EngineResult): TableBlock => {
  const c = r.tally.commune;
  const rows: TableRow[] = TITLE_ROWS.map(({ code }, i) => {
    const t = c[code];
    return {
      cells: [
        String(i + 1),
        titleWithUnit(code),
        int(t.total),
        t.assessed ? int(t.registered) : '–',
        t.assessed ? int(t.recognised) : '–',
        t.assessed ? pct(t.recognisedRatio.percent) : VERDICT.notComputable,
        ...targetCells(evaluationOf(r.targets, code)),
      ],
    };
  });
  rows.push({
    cells: [
      '5',
      titleWithUnit('citizen'),
      '',
      int(c.citizen.registered),
      int(c.citizen.recognised),
      '',
      '',
      '',
      '',
    ],
  });
  const citizenTargets = r.targets.filter((e) => !TITLE_ROWS.some((t) => t.code === e.indicator));
  citizenTargets.forEach((e, i) => {
    rows.push({
      cells: [
        `5.${i + 1}`,
        e.label,
        int(e.actual.denominator),
        '',
        int(e.actual.numerator),
        pct(e.actual.percent),
        ...targetCells(e),
      ],
    });
  });
  return {
    kind: 'table',
    columns: [col(9), col(42, 'left'), col(14), col(14), col(14), col(12), col(13), col(14), col(17)],
    header: REPORT_TABLES.byTitle(r.targetYear),
    rows,
    size: 'wideTable',
  };
};

const byVillageTable = (r: EngineResult, c: Config): TableBlock => {
  const community = (v: EngineResult['tally']['villages'][number]) =>
    !v.community.assessed
      ? '–'
      : v.community.recognised
        ? REPORT_TABLES.communityYes
        : v.community.registered
          ? REPORT_TABLES.communityNo
          : REPORT_TABLES.communityUnregistered;
  const rows: TableRow[] = r.tally.villages.map((v, i) => ({
    cells: [
      int(i + 1),
      v.name,
      int(v.family.total),
      int(v.family.recognised),
      pct(v.family.recognisedRatio.percent),
      `${int(v.clan.recognised)}/${int(v.clan.total)}`,
      pct(v.clan.recognisedRatio.percent),
      community(v),
      int(v.citizen.adults.numerator),
      pct(v.citizen.adults.percent),
    ],
  }));
  const t = r.tally.commune;
  rows.push({
    bold: true,
    cells: [
      '',
      REPORT_TABLES.communeRow(c.communeKind),
      int(t.family.total),
      int(t.family.recognised),
      pct(t.family.recognisedRatio.percent),
      `${int(t.clan.recognised)}/${int(t.clan.total)}`,
      pct(t.clan.recognisedRatio.percent),
      t.community.assessed ? `${int(t.community.recognised)}/${int(t.community.total)}` : '–',
      int(t.citizen.adults.numerator),
      pct(t.citizen.adults.percent),
    ],
  });
  return {
    kind: 'table',
    columns: [
      col(8),
      col(29, 'left'),
      col(13),
      col(12),
      col(12),
      col(13),
      col(12),
      col(13),
      col(12),
      col(12),
    ],
    header: REPORT_TABLES.byVillage,
    rows,
    size: 'wideTable',
  };
};

/** The villages' clan column sums past the commune's clans when a clan is listed in several villages: say why. */
const clanSpanPart = (r: EngineResult, c: Config): Block[] => {
  const t = r.tally.commune.clan;
  const vs = r.tally.villages;
  const recognised = vs.reduce((s, v) => s + v.clan.recognised, 0);
  const total = vs.reduce((s, v) => s + v.clan.total, 0);
  if (recognised === t.recognised && total === t.total) return [];
  return [
    paragraph('footnote', {
      text: REPORT.clanSpanNote(
        `${int(recognised)}/${int(total)}`,
        `${int(t.recognised)}/${int(t.total)}`,
        c.communeKind.toLowerCase(),
      ),
      italic: true,
    }),
  ];
};

const missingPart = (r: EngineResult): Block[] => {
  const year = r.targetYear ?? r.config?.year ?? 0;
  const perVillage = r.targets.filter((e) => e.target.scope === 'everyVillage');
  if (perVillage.length === 0) return [paragraph('body', REPORT.noVillageTargets)];
  const order = new Map(r.tally.villages.map((v, i) => [v.key, i]));
  const misses = perVillage
    .flatMap((e) => e.villagesMissing.map((m) => ({ e, m })))
    .sort((a, b) => (order.get(a.m.key) ?? 0) - (order.get(b.m.key) ?? 0));
  if (misses.length === 0) return [paragraph('body', REPORT.allVillagesMet(year))];
  const villages = new Set(misses.map((x) => x.m.key)).size;
  const intro = S.missingIntro(formatInt(villages), formatInt(r.tally.villages.length));
  const rows: TableRow[] = misses.map(({ e, m }, i) => ({
    cells: [
      int(i + 1),
      m.name,
      indicatorShort[e.indicator],
      `${formatPercent(m.actual.percent)} (${int(m.actual.numerator)}/${int(m.actual.denominator)})`,
      `${e.target.comparison === '>' ? '> ' : ''}${formatPercent(e.target.percent)}`,
      S.amount(int(m.shortfall), indicatorUnits[e.indicator]),
    ],
  }));
  return [
    paragraph('body', intro),
    {
      kind: 'table',
      columns: [col(7), col(30, 'left'), col(30, 'left'), col(30), col(16), col(22)],
      header: REPORT_TABLES.missing,
      rows,
      size: 'table',
    },
  ];
};

const groupsPart = (r: EngineResult): Block[] => {
  const c = r.tally.commune.citizen;
  const rows: TableRow[] = citizenGroupCodes.map((g, i) => ({
    cells: [int(i + 1), CITIZEN_GROUPS[g], int(c.byGroup[g].registered), int(c.byGroup[g].recognised)],
  }));
  rows.push({ bold: true, cells: ['', REPORT_TABLES.sum, int(c.registered), int(c.recognised)] });
  const blocks: Block[] = [
    {
      kind: 'table',
      columns: [col(8), col(60, 'left'), col(20), col(20)],
      header: REPORT_TABLES.groups,
      rows,
      size: 'table',
    },
  ];
  const extra: string[] = [];
  if (c.officials.denominator > 0) {
    extra.push(
      S.officials(
        formatInt(c.officials.numerator),
        formatInt(c.officials.denominator),
        formatPercent(c.officials.percent),
      ),
    );
  }
  if (c.digital.denominator > 0) {
    extra.push(
      S.digital(formatPercent(c.digital.percent), formatPercent(c.digitalPro.percent)) +
        (c.digitalUnrecorded > 0
          ? S.digitalBase(
              formatInt(c.digital.denominator),
              formatInt(c.digital.denominator + c.digitalUnrecorded),
            )
          : ''),
    );
  }
  if (extra.length > 0) blocks.push(paragraph('body', S.amongCitizens(extra)));
  return blocks;
};

/** One sentence: how many recognised entries of each register carry a minh chứng link. */
const evidenceSentence = (r: EngineResult): Block => {
  const covered = r.evidence
    .filter((e) => e.hasColumn && e.commune.denominator > 0)
    .map(
      (e) =>
        `${formatInt(e.commune.numerator)}/${formatInt(e.commune.denominator)} ${titleNames[registerSpec(e.register).title]} (${formatPercent(e.commune.percent)})`,
    );
  const noColumn = r.evidence.flatMap((e) => (e.sheet !== null && !e.hasColumn ? [e.sheet] : []));
  return paragraph('body', REPORT.dataEvidence(covered, noColumn));
};

const dataPart = (r: EngineResult): Block[] => [...issuesPart(r), evidenceSentence(r)];

/** The titles whose figures are provisional, named where the province reads the figures. */
const sampleCriteriaPart = (titles: readonly TitleCode[]): Block[] =>
  titles.length === 0 ? [] : [paragraph('body', REPORT.sampleCriteria(titles.map((t) => titleNames[t])))];

/** What was checked (the lists and their sizes), then what remains, by kind: the province has no "Lỗi dữ liệu". */
const issuesPart = (r: EngineResult): Block[] => {
  const lists = (Object.keys(DATA_LISTS) as (keyof typeof DATA_LISTS)[])
    .filter((k) => r.registers[k].length > 0)
    .map((k) => REPORT.dataList(formatInt(r.registers[k].length), DATA_LISTS[k]));
  const checked = paragraph('body', REPORT.dataChecked(joinList(lists)));
  if (r.issues.length === 0) return [checked, paragraph('body', REPORT.dataClean)];
  const rows: TableRow[] = countByKind(r.issues).map((k, i) => ({
    cells: [int(i + 1), ISSUE_KINDS[k.kind], int(k.errors), int(k.warnings)],
  }));
  rows.push({ bold: true, cells: ['', REPORT_TABLES.sum, int(r.errorCount), int(r.warningCount)] });
  return [
    checked,
    paragraph('body', REPORT.dataSummary(formatInt(r.errorCount), formatInt(r.warningCount))),
    {
      kind: 'table',
      columns: [col(8), col(60, 'left'), col(20), col(20)],
      header: REPORT_TABLES.data,
      rows,
      size: 'table',
    },
    paragraph('body', r.blocking ? REPORT.dataBlocking : REPORT.dataWarningsOnly),
  ];
};

/** "12 thôn, 4.000 hộ gia đình và 9.870 công dân" */
const joinList = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} và ${items.at(-1) ?? ''}`;

/** "Thực hiện <guidance>; <plan>, Hội Khuyến học xã … báo cáo …": the gaps stay highlighted runs. */
const introParagraph = (c: Config, body: string): Block => {
  const [guidance = [], plan = []] = basisCitations(c);
  return paragraph(
    'body',
    REPORT.introBasis,
    ...guidance,
    REPORT.introJoin,
    ...plan,
    REPORT.intro(body, c.year),
  );
};

export const buildAnnualReport = (r: EngineResult, opts: AnnualReportOptions = {}): DocModel => {
  const c = configOf(r);
  const place = placeOf(c);
  const t = r.tally.commune;
  const villages = r.tally.villages.length;
  const sentences = TITLE_ROWS.filter(({ code }) => t[code].total > 0 || t[code].registered > 0).map(
    ({ code, unit }) =>
      paragraph(
        'body',
        titleSentence(
          c,
          titleNames[code],
          unit,
          t[code],
          evaluationOf(r.targets, code),
          villages,
          r.sampleCriteria.includes(code),
        ),
      ),
  );
  const citizen = S.citizen(formatInt(t.citizen.recognised), formatInt(t.citizen.registered));
  const citizenTargets = r.targets.filter((e) => !TITLE_ROWS.some((x) => x.code === e.indicator));
  sentences.push(paragraph('body', `${citizen}.`));
  for (const e of citizenTargets) {
    if (e.actual.denominator === 0) {
      sentences.push(paragraph('body', `${e.label}: ${REPORT.noFigure(e.target.percent, e.target.year)}.`));
      continue;
    }
    const figure = S.figure(
      e.label,
      formatInt(e.actual.numerator),
      formatInt(e.actual.denominator),
      formatPercent(e.actual.percent),
    );
    sentences.push(paragraph('body', `${figure}${targetSentence(e, villages)}.`));
  }
  const review = milestoneOf(r);
  const chart = opts.chart !== false && villages > 0;
  const progressSection = chart ? 6 : 5;
  const blocks: Block[] = [
    reportHeader(c, c.reportNumber, TYPE_CODES.report),
    {
      kind: 'title',
      docType: DOC_TYPES.report,
      subject: [
        review ? REPORT_PROGRESS.subject(review) : REPORT.subject(c.year),
        REPORT.subjectPlace(place),
      ],
    },
    introParagraph(c, S.association(place)),
    ...(review && opts.progress
      ? [paragraph('body', REPORT_PROGRESS.periodNote(review, progressSection))]
      : []),
    paragraph('heading', bold(REPORT.partResults)),
    paragraph('heading', bold(REPORT.byTitle)),
    ...(r.targets.length === 0 ? [paragraph('body', REPORT.noTargets)] : []),
    ...sentences,
    ...sampleCriteriaPart(r.sampleCriteria),
    byTitleTable(r),
    ...(r.targets.some((e) => e.target.scope === 'everyVillage')
      ? [paragraph('footnote', { text: REPORT.everyVillageNote, italic: true })]
      : []),
    paragraph('heading', bold(REPORT.byVillage)),
    byVillageTable(r, c),
    ...clanSpanPart(r, c),
    paragraph('heading', bold(REPORT.missing(r.targetYear))),
    ...missingPart(r),
    paragraph('heading', bold(REPORT.citizenGroups)),
    ...groupsPart(r),
  ];
  if (chart) {
    blocks.push(paragraph('heading', bold(REPORT.chart)));
    blocks.push({
      kind: 'image',
      key: 'chart',
      widthMm: 160,
      heightMm: (160 * CHART_SIZE.height) / CHART_SIZE.width,
      alt: REPORT.chartAlt(c.year),
    });
  }
  if (opts.progress) blocks.push(...progressBlocks(opts.progress, progressSection, opts.chart !== false));
  blocks.push(
    paragraph('heading', bold(REPORT.partData)),
    ...dataPart(r),
    paragraph('heading', bold(REPORT.partTasks)),
    paragraph('placeholder', { text: REPORT.tasksPlaceholder, italic: true }),
    paragraph('body', review ? REPORT_PROGRESS.closing(review, place) : REPORT.closing(c.year, place)),
    signature(c.recipients, c.reportSignerTitle, c.reportSigner),
  );
  return {
    name: review ? REPORT_PROGRESS.name(review, place) : REPORT.name(c.year, place),
    fileStem: fileSlug(`bao-cao-${c.year}-${c.commune}`),
    sections: [{ orientation: 'portrait', blocks }],
  };
};

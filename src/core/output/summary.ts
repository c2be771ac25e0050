// The "Tổng hợp" sheet: results per title, targets of the chosen year, every village, CDHT by group.
import { layout } from '../layout';
import type { Config } from '../config/schema';
import { summaryText as S } from '../i18n/sheets';
import { citizenGroupCodes, titleTerms, verdictTerms } from '../i18n/terms';
import { registerSpec } from '../registers/read';
import type {
  CitizenTally,
  CommuneTally,
  EvidenceCoverage,
  OutputTable,
  Ratio,
  TargetEvaluation,
  TitleTally,
  VillageTally,
} from '../result';
import { indicatorShort, indicatorUnits, titleWithUnit } from '../targets/presets';
import { ratio } from '../tally/ratio';
import { formatInt } from '../text/format';
import { a1 } from '../text/a1';
import { COLORS, COUNT_FORMAT, pct, TableBuilder, type StyledCell } from './builder';

const WIDTH = 16;
const LABEL_WIDTH = 28;
/** "100,0%", "10.000" and a header word per line. */
const FIGURE_WIDTH = 9;
/** "Chưa đạt: GĐHT (thiếu 35 hộ); …" wraps here. */
const LAST_WIDTH = 30;
/** The sheet's title and the line that names the target year and the data's errors stay in view. */
const FROZEN_ROWS = 2;
const n = (v: number): StyledCell => ({ value: v, style: { numberFormat: COUNT_FORMAT } });
export const NOT_COMPUTABLE = verdictTerms.notComputable;
const verdict = (met: boolean | null): StyledCell =>
  met === null
    ? verdictTerms.unknown
    : {
        value: met ? verdictTerms.met : verdictTerms.missed,
        style: { background: met ? COLORS.met : COLORS.missed, bold: true },
      };

/** The base of the digital-skills figures: the recognised citizens whose skills are recorded. */
export const digitalBaseNote = (c: CommuneTally['citizen']): string => {
  const recorded = c.digital.denominator;
  if (recorded === 0) return '';
  return c.digitalUnrecorded > 0
    ? `Tính trên ${formatInt(recorded)}/${formatInt(recorded + c.digitalUnrecorded)} người đạt đã ghi "Kỹ năng số"`
    : `Tính trên ${formatInt(recorded)} người đạt`;
};

export interface SummaryInput {
  config: Config | null;
  villages: readonly VillageTally[];
  commune: CommuneTally;
  targetYear: number | null;
  presetName: string | null;
  targets: readonly TargetEvaluation[];
  errorCount: number;
  warningCount: number;
  evidence: readonly EvidenceCoverage[];
}

const titleRow = (label: string, t: TitleTally): StyledCell[] =>
  t.assessed
    ? [
        label,
        n(t.total),
        n(t.registered),
        pct(t.registeredRatio.percent),
        n(t.recognised),
        pct(t.recognisedRatio.percent),
      ]
    : [label, n(t.total), '–', NOT_COMPUTABLE, '–', NOT_COMPUTABLE];

/** "Số dòng họ toàn xã: 6 = 7 (cộng các thôn) − 1 (dòng họ ở nhiều thôn)", so the denominator can be checked. */
const clanBasisNote = (c: CommuneTally, communeWord: string): string => {
  const b = c.clanBasis;
  const sum = b.villages - b.repeated;
  const derived =
    b.repeated > 0
      ? `cộng số dòng họ các thôn (${formatInt(b.villages)}) trừ ${formatInt(b.repeated)} lần đếm lặp của dòng họ ở nhiều thôn`
      : `cộng số dòng họ các thôn (${formatInt(b.villages)})`;
  const floor =
    b.listed > sum
      ? `; không ít hơn ${formatInt(b.listed)} dòng họ có tên ở trang "${registerSpec('clans').sheet}"`
      : '';
  return `Số dòng họ toàn ${communeWord} (${formatInt(b.total)}): ${derived}${floor}.`;
};

const villageVerdict = (v: VillageTally, targets: readonly TargetEvaluation[]): StyledCell => {
  const scoped = targets.filter((t) => t.target.scope === 'everyVillage' && t.villagesMissing !== undefined);
  if (scoped.length === 0) return '';
  const misses = scoped.flatMap((t) => {
    const m = t.villagesMissing.find((x) => x.key === v.key);
    return m
      ? [S.villageMiss(indicatorShort[t.indicator], formatInt(m.shortfall), indicatorUnits[t.indicator])]
      : [];
  });
  return misses.length === 0
    ? { value: verdictTerms.met, style: { background: COLORS.met } }
    : { value: S.villageMissed(misses), style: { background: COLORS.missed } };
};

/** The figures of a village row or of the commune row: same columns, so the two can never drift apart. */
const figures = (
  family: TitleTally,
  clan: TitleTally,
  community: string,
  citizen: Pick<CitizenTally, 'adults' | 'workers'>,
): StyledCell[] => [
  n(family.total),
  n(family.registered),
  n(family.recognised),
  pct(family.recognisedRatio.percent),
  n(clan.total),
  n(clan.recognised),
  pct(clan.recognisedRatio.percent),
  community,
  n(citizen.adults.denominator),
  n(citizen.adults.numerator),
  pct(citizen.adults.percent),
  n(citizen.workers.denominator),
  n(citizen.workers.numerator),
  pct(citizen.workers.percent),
];

const communityCell = (v: VillageTally): string =>
  !v.community.assessed
    ? '–'
    : v.community.recognised
      ? S.communityMet
      : v.community.registered
        ? S.communityMissed
        : S.communityUnregistered;

/** Per village and for the commune, each register's recognised entries and how many carry a minh chứng link. */
const evidenceBlock = (t: TableBuilder, s: SummaryInput): void => {
  t.section(S.partEvidence);
  const shorts = s.evidence.map((e) => titleTerms[registerSpec(e.register).title].short);
  t.header(S.evidenceHeader(shorts));
  const cells = (e: EvidenceCoverage, r: Ratio): StyledCell[] =>
    e.hasColumn
      ? [n(r.denominator), n(r.numerator), pct(r.percent)]
      : [n(r.denominator), '–', NOT_COMPUTABLE];
  for (const [i, v] of s.villages.entries())
    t.add([v.name, ...s.evidence.flatMap((e) => cells(e, e.villages[i]?.ratio ?? ratio(0, 0)))]);
  t.add([S.communeRow(s.config?.communeKind), ...s.evidence.flatMap((e) => cells(e, e.commune))], {
    bold: true,
    background: COLORS.commune,
  });
  const missing = s.evidence.flatMap((e) => (e.sheet !== null && !e.hasColumn ? [e.sheet] : []));
  if (missing.length > 0) t.title(S.evidenceNoColumn(missing), { bold: false });
  t.title(S.evidenceNote, { bold: false });
  t.blank();
};

export const buildSummary = (s: SummaryInput): OutputTable => {
  const t = new TableBuilder(layout.owned.summary, WIDTH);
  const place = s.config ? `${s.config.communeKind.toUpperCase()} ${s.config.commune.toUpperCase()}` : '';
  const year = s.config?.year ?? '';
  t.title(S.title(year, place));
  t.title(S.subtitle(s.targetYear, s.presetName, s.errorCount, s.warningCount, layout.owned.problems), {
    bold: false,
  });
  t.blank();

  t.section(S.partTitles);
  t.header([...S.titlesHeader]);
  const c = s.commune;
  t.add(titleRow(titleWithUnit('family'), c.family));
  t.add(titleRow(titleWithUnit('clan'), c.clan));
  t.add(titleRow(titleWithUnit('community'), c.community));
  t.add(titleRow(titleWithUnit('unit'), c.unit));
  t.add([S.citizenRow, '', n(c.citizen.registered), '', n(c.citizen.recognised), '']);
  t.blank();
  t.title(clanBasisNote(c, s.config?.communeKind.toLowerCase() ?? 'xã'), { bold: false });
  t.blank();

  t.section(S.partTargets(s.targetYear));
  // "Thôn chưa đạt" lists villages: across the columns the village table uses, it stays on one or two lines.
  t.header([...S.targetsHeader], WIDTH - S.targetsHeader.length + 1);
  if (s.targets.length === 0) t.add([S.noTargets]);
  for (const e of s.targets) {
    t.add([
      e.label,
      e.target.scope === 'everyVillage' ? S.scopeEveryVillage : S.scopeCommune,
      // Text, not a figure: right-aligned all the same, beside the percentage it is compared with.
      { value: `${e.target.comparison === '>' ? '>' : '≥'} ${e.target.percent}`, style: { align: 'right' } },
      pct(e.actual.percent),
      n(e.actual.numerator),
      n(e.actual.denominator),
      verdict(e.met),
      e.met === false ? `${formatInt(e.shortfall)} ${indicatorUnits[e.indicator]}`.trim() : '',
      e.villagesMissing.map((m) => m.name).join(', '),
    ]);
  }
  t.blank();

  t.section(S.partVillages);
  const headerRow = t.header(S.villagesHeader(s.targetYear));
  const villageSheet = registerSpec('villages').sheet;
  for (const v of s.villages) {
    t.add([
      { value: v.name, style: { link: { sheet: villageSheet, cell: a1(v.row, 0) } } },
      ...figures(v.family, v.clan, communityCell(v), v.citizen),
      villageVerdict(v, s.targets),
    ]);
  }
  const lastVillageRow = t.length - 1;
  t.add(
    [
      S.communeRow(s.config?.communeKind),
      ...figures(
        c.family,
        c.clan,
        c.community.assessed
          ? S.communeCommunities(formatInt(c.community.recognised), formatInt(c.community.total))
          : NOT_COMPUTABLE,
        c.citizen,
      ),
      '',
    ],
    { bold: true, background: COLORS.commune },
  );
  const familyTarget = s.targets.find((e) => e.indicator === 'family');
  if (s.villages.length > 0) {
    t.chart = {
      title: S.chartTitle(year),
      headerRow,
      firstRow: headerRow + 1,
      lastRow: lastVillageRow,
      labelColumn: 0,
      valueColumns: [4],
      targetPercent: familyTarget?.target.percent ?? null,
    };
  }
  t.blank();

  t.section(S.partGroups);
  t.header([...S.groupsHeader]);
  for (const g of citizenGroupCodes) {
    t.add([S.groupLabel(g), n(c.citizen.byGroup[g].registered), n(c.citizen.byGroup[g].recognised), '']);
  }
  // Percentages in their own column: under "Đạt" they read as a count.
  t.add([S.officials, '', '', pct(c.citizen.officials.percent)]);
  t.add([S.digital, '', '', pct(c.citizen.digital.percent)]);
  t.add([S.digitalPro, '', '', pct(c.citizen.digitalPro.percent)]);
  const digitalBase = digitalBaseNote(c.citizen);
  if (digitalBase) t.title(S.digitalBase(digitalBase), { bold: false });
  t.blank();
  evidenceBlock(t, s);
  t.title(S.footer, { bold: false });
  // Labels wrap in the first column and headers over the narrow figure columns, so the 16 columns print on one
  // A4 landscape width at a readable size; one width for the figures keeps Apps Script to three width calls.
  return t.build([LABEL_WIDTH, ...Array<number>(WIDTH - 2).fill(FIGURE_WIDTH), LAST_WIDTH], FROZEN_ROWS);
};

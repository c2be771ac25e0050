// The engine's answer: everything both shells and the report builders need, computed once.
import type { Config } from './config/schema';
import type { CriteriaSet } from './criteria/schema';
import type { Issue } from './issues/issue';
import type { RegisterKey, TitleCode } from './layout/schema';
import type { CitizenGroup, Registers } from './registers/schema';
import type { IndicatorCode, Target, TargetPreset } from './targets/schema';

/** A count against its population; percent is null when the population is 0 or unknown, else rounded once
 * (half up on the exact fraction, one decimal: tally/ratio.ts percentTenths) so every shell shows its digits. */
export interface Ratio {
  numerator: number;
  denominator: number;
  percent: number | null;
}

export interface TitleTally {
  total: number;
  registered: number;
  recognised: number;
  /** False when the sheet has no registration, points or result column: the ratios are then not computable. */
  assessed: boolean;
  /** recognised ÷ total: the figure compared with targets. */
  recognisedRatio: Ratio;
  /** registered ÷ total. */
  registeredRatio: Ratio;
}

export interface CitizenTally {
  registered: number;
  recognised: number;
  adults: Ratio;
  workers: Ratio;
  citizens: Ratio;
  byGroup: Record<CitizenGroup, { registered: number; recognised: number }>;
}

export interface VillageTally {
  key: string;
  name: string;
  kind: string;
  /** The row of the village on its sheet, for links. */
  row: number;
  family: TitleTally;
  clan: TitleTally;
  community: { assessed: boolean; registered: boolean; recognised: boolean };
  citizen: CitizenTally;
}

/** How the commune's clan total is derived, so the sheet can say it. */
export interface ClanBasis {
  total: number;
  /** The villages' totals added up (a blank total counts the clans listed in that village). */
  villages: number;
  /** Extra counts of clans listed in more than one village. */
  repeated: number;
  /** Clans listed on the clans sheet: the total is never fewer. */
  listed: number;
}

export interface CommuneTally {
  family: TitleTally;
  clan: TitleTally;
  clanBasis: ClanBasis;
  community: TitleTally;
  unit: TitleTally;
  citizen: CitizenTally & {
    officials: Ratio;
    /** Among recognised citizens: with digital skills, and proficient. */
    digital: Ratio;
    digitalPro: Ratio;
    /** Recognised citizens whose "Kỹ năng số" is blank: outside the base of the two figures above. */
    digitalUnrecorded: number;
  };
  recognisedVillages: string[];
  recognisedUnits: string[];
}

export interface VillageShortfall {
  key: string;
  name: string;
  actual: Ratio;
  /** How many more households/people/clans are needed to meet the target. */
  shortfall: number;
}

export interface TargetEvaluation {
  target: Target;
  indicator: IndicatorCode;
  /** Vietnamese label of the indicator, e.g. "Gia đình học tập (% hộ)". */
  label: string;
  /** Commune-wide figure. */
  actual: Ratio;
  /** null when the figure cannot be computed (no population, or hand-entered numbers missing). */
  met: boolean | null;
  /** Commune-wide: how many more are needed (0 when met). */
  shortfall: number;
  /** Every-village scope: villages below the target (empty for commune scope). */
  villagesMissing: VillageShortfall[];
}

/** Recognised entries of one register that carry a minh chứng link, for the commune and per village. */
export interface EvidenceCoverage {
  register: RegisterKey;
  /** The sheet the register was read from; null when the workbook has none. */
  sheet: string | null;
  /** False when the register's sheet has no "Minh chứng" column (or no sheet): its coverage is not known, not 0. */
  hasColumn: boolean;
  /** With a link ÷ recognised. */
  commune: Ratio;
  /** Every village of the villages sheet, in its order. */
  villages: { key: string; ratio: Ratio }[];
}

export type CellOut = string | number | boolean | null;

/** An owned sheet's content, ready for one write. */
export interface OutputTable {
  sheet: string;
  values: CellOut[][];
  /** Same shape as values: background colours ('#rrggbb' or null). */
  backgrounds: (string | null)[][];
  /** Same shape as values: bold cells. */
  bold: boolean[][];
  /** Same shape as values: number formats ('0.0%' on fractions, '#,##0', or null). */
  numberFormats: (string | null)[][];
  /** Same shape as values: a cell of a user sheet this cell should link to. */
  links: ({ sheet: string; cell: string } | null)[][];
  /** Same shape as values: horizontal alignment, null for the spreadsheet's default. */
  alignments: (CellAlignment | null)[][];
  /** Same shape as values: text that wraps within its cell (the row grows) instead of being cut. */
  wraps: boolean[][];
  /** Every cell is top-aligned, so a wrapped label and the figures beside it start on the same line. */
  verticalAlignment: 'top';
  /** Blocks whose every cell gets a thin border (the tables of the sheet, titles and notes left out). */
  borders: CellBlock[];
  /** Blocks whose every row is one cell across the block's columns (a long last column of a narrow table). */
  merges: CellBlock[];
  columnWidths: number[];
  frozenRows: number;
  /** 0-based rows whose cells span the whole width (titles). */
  mergedRows: number[];
  /**
   * 0-based title rows of the sheet's parts ("IV. CÔNG DÂN …"), among mergedRows: the .xlsx breaks the printed page
   * before a part that would not fit on the rest of it. Absent: none.
   */
  sectionRows?: number[];
  /** Where a chart of this table's per-village percentages belongs (0-based rows and columns), if any. */
  chart: OutputChart | null;
  /** A line chart of figures by year (the progress block), drawn below the column chart; absent: none. */
  lineChart?: OutputLineChart;
}

/** Years across `firstCol`..`lastCol` of `headerRow`; one series per row, its name in `labelColumn`. */
export interface OutputLineChart {
  title: string;
  headerRow: number;
  firstCol: number;
  lastCol: number;
  labelColumn: number;
  /** `points`: markers only (the targets), no line. */
  series: { row: number; points: boolean }[];
}

export type CellAlignment = 'left' | 'center' | 'right';

/** A rectangle of cells, 0-based. */
export interface CellBlock {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export interface OutputChart {
  title: string;
  /** Header row of the charted block, then its data rows (the commune row excluded). */
  headerRow: number;
  firstRow: number;
  lastRow: number;
  labelColumn: number;
  valueColumns: number[];
  /** The target line, in percent, when the target year has one for the charted indicator. */
  targetPercent: number | null;
}

export interface EngineResult {
  /** null when configuration is unusable (its issues explain why). */
  config: Config | null;
  issues: Issue[];
  errorCount: number;
  warningCount: number;
  /** Errors block the report; warnings do not. */
  blocking: boolean;
  registers: Registers;
  criteria: Record<TitleCode, CriteriaSet>;
  /** Titles scored with points against a sample criteria set: their figures are provisional, their decisions drafts. */
  sampleCriteria: TitleCode[];
  tally: { villages: VillageTally[]; commune: CommuneTally };
  targetYear: number | null;
  preset: TargetPreset | null;
  targets: TargetEvaluation[];
  evidence: EvidenceCoverage[];
  /** The plan's targets of every year (targets above are those of targetYear): progress is measured on them. */
  planTargets: Target[];
  /** The plan's first and last year ("Cấu hình", else the preset, else the targets' years). */
  planPeriod: { start: number; end: number } | null;
  tables: { summary: OutputTable; problems: OutputTable };
}

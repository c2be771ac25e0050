// The province roll-up: each commune's "Số liệu gửi tỉnh" classified, then the commune-level figures added up.
// Pure: the shells (Apps Script over shared sheets, the command line over .xlsx files) only fetch each summary.
import type { Ratio } from '../result';
import type { SummaryRead } from '../summary/cells';
import { summaryIndicators, type SummaryIndicator, type SummaryRow } from '../summary/schema';
import { meets, ratio, shortfall } from '../tally/ratio';
import type { Target } from '../targets/schema';
import { foldKey } from '../text/normalize';

/** What the province can say of one commune on its list. */
export type CommuneState =
  | 'read'
  | 'notShared'
  | 'notFound'
  | 'unreadable'
  | 'notRunThisYear'
  | 'hasErrors'
  | 'oldSchema'
  | 'newerSchema'
  | 'damaged'
  | 'duplicate';

/**
 * Why a file that is there could not be read. The command line's read errors (src/node/xlsx/errors.ts, worded in
 * core/i18n/cli fileText), or on Google a Drive file that is not a Google Sheet (an .xlsx uploaded as it is).
 * Absent when the shell cannot say.
 */
export type UnreadableReason =
  | 'NOT_A_FILE'
  | 'NOT_XLSX'
  | 'LEGACY_XLS'
  | 'ENCRYPTED'
  | 'CORRUPT'
  | 'UNREADABLE'
  | 'SHEET_PART_MISSING'
  | 'notGoogleSheet';

export interface CommuneSource {
  /** Where the commune's workbook is: a sheet link or a file path, as the list gives it. */
  source: string;
  /** The commune's name as the province's list gives it (may be blank). */
  listedName: string;
  /** 1-based row on the province's list, for messages. */
  listRow: number;
  /** What fetching gave: the summary sheet read, or why it could not be. */
  fetched:
    | { kind: 'notShared' }
    | { kind: 'notFound' }
    | { kind: 'unreadable'; reason?: UnreadableReason; reasonDetail?: string }
    | SummaryRead;
}

export interface CommuneResult {
  source: string;
  listRow: number;
  /** The name from the summary when read, else the list's. */
  name: string;
  code: string;
  state: CommuneState;
  /** State details: the year last run, the schema version, the damaged cell, the row duplicated. */
  detail: {
    lastYear?: number;
    version?: number | null;
    row?: number;
    col?: number;
    header?: string;
    errors?: number;
    reason?: UnreadableReason;
    /** The read error's own detail (a folder or a device), for its message. */
    reasonDetail?: string;
  };
  /** Commune-level rows of the year; empty unless read or hasErrors. */
  rows: SummaryRow[];
  /** Whether its figures are in the province totals. */
  counted: boolean;
}

export interface ProvinceIndicator {
  indicator: SummaryIndicator;
  actual: Ratio;
  /** Counted communes whose figure could not be computed (left out of the sum). */
  notComputable: number;
  /** Recognised entries with minh chứng, over the communes that keep the column. */
  evidence: Ratio;
  /** Counted communes with a figure but no evidence count (their register has no "Minh chứng" column). */
  evidenceMissing: number;
  target: Target | null;
  met: boolean | null;
  shortfall: number;
  /** Counted communes below the target. */
  communesBelow: number;
}

export interface ProvinceRollup {
  year: number;
  /** The milestone the targets are taken from: the first target year not before `year`. */
  targetYear: number | null;
  communes: CommuneResult[];
  indicators: ProvinceIndicator[];
  counts: Record<CommuneState, number>;
}

const identity = (r: SummaryRow): string =>
  r.communeCode !== '' ? `code:${r.communeCode}` : `name:${foldKey(r.province)}|${foldKey(r.commune)}`;

export const classifyCommune = (c: CommuneSource, year: number): Omit<CommuneResult, 'counted'> => {
  const base = {
    source: c.source,
    listRow: c.listRow,
    name: c.listedName,
    code: '',
    rows: [] as SummaryRow[],
  };
  const f = c.fetched;
  switch (f.kind) {
    case 'notShared':
    case 'notFound':
      return { ...base, state: f.kind, detail: {} };
    case 'unreadable':
      return {
        ...base,
        state: 'unreadable',
        detail: {
          ...(f.reason === undefined ? {} : { reason: f.reason }),
          ...(f.reasonDetail === undefined ? {} : { reasonDetail: f.reasonDetail }),
        },
      };
    case 'oldSchema':
    case 'newerSchema':
      return { ...base, state: f.kind, detail: { version: f.version } };
    case 'damaged':
      return { ...base, state: 'damaged', detail: { row: f.row, col: f.col, header: f.header } };
    case 'notSummary':
      return { ...base, state: 'notRunThisYear', detail: {} };
    case 'ok': {
      const first = f.rows[0];
      const named = first ? { name: first.commune, code: first.communeCode } : {};
      const rows = f.rows.filter((r) => r.year === year && r.level === 'commune');
      if (rows.length === 0) {
        const lastYear = f.rows.reduce<number | undefined>(
          (y, r) => (y === undefined || r.year > y ? r.year : y),
          undefined,
        );
        return {
          ...base,
          ...named,
          state: 'notRunThisYear',
          detail: lastYear === undefined ? {} : { lastYear },
        };
      }
      const errors = Math.max(...rows.map((r) => r.errors));
      return {
        ...base,
        ...named,
        rows,
        state: errors > 0 ? 'hasErrors' : 'read',
        detail: errors > 0 ? { errors } : {},
      };
    }
  }
};

const STATES: readonly CommuneState[] = [
  'read',
  'notShared',
  'notFound',
  'unreadable',
  'notRunThisYear',
  'hasErrors',
  'oldSchema',
  'newerSchema',
  'damaged',
  'duplicate',
];

/**
 * Communes still carrying data errors are shown but not added up: a province figure must not rest on rows the
 * commune itself has not finished checking. A commune listed twice is counted once (the first listing).
 */
export const rollUpProvince = (
  sources: readonly CommuneSource[],
  year: number,
  targets: readonly Target[] = [],
): ProvinceRollup => {
  const seen = new Map<string, number>();
  const communes: CommuneResult[] = sources.map((s) => {
    const c = classifyCommune(s, year);
    const first = c.rows[0];
    if (first) {
      const id = identity(first);
      const earlier = seen.get(id);
      if (earlier !== undefined)
        return { ...c, state: 'duplicate', detail: { row: earlier }, rows: [], counted: false };
      seen.set(id, s.listRow);
    }
    return { ...c, counted: c.state === 'read' };
  });
  const counted = communes.filter((c) => c.counted);
  // A plan sets targets for milestone years (2025, 2030): a year in between is compared with the next milestone.
  const years = [...new Set(targets.map((t) => t.year))].sort((a, b) => a - b);
  const targetYear = years.find((y) => y >= year) ?? years[years.length - 1] ?? null;
  const indicators = summaryIndicators.map((indicator): ProvinceIndicator => {
    let n = 0;
    let d = 0;
    let notComputable = 0;
    let withEvidence = 0;
    let evidenceBase = 0;
    let evidenceMissing = 0;
    const figures: Ratio[] = [];
    for (const c of counted) {
      const r = c.rows.find((row) => row.indicator === indicator);
      if (!r || r.numerator === null || r.denominator === null) {
        notComputable++;
        continue;
      }
      n += r.numerator;
      d += r.denominator;
      figures.push(ratio(r.numerator, r.denominator));
      if (r.evidence !== null) {
        withEvidence += r.evidence;
        evidenceBase += r.numerator;
      } else evidenceMissing++;
    }
    const actual = ratio(n, d);
    const target = targets.find((t) => t.indicator === indicator && t.year === targetYear) ?? null;
    const met = target ? meets(actual, target.percent, target.comparison) : null;
    return {
      indicator,
      actual,
      notComputable,
      evidence: ratio(withEvidence, evidenceBase),
      evidenceMissing,
      target,
      met,
      shortfall: target ? shortfall(actual, target.percent, target.comparison) : 0,
      communesBelow: target
        ? figures.filter((f) => meets(f, target.percent, target.comparison) === false).length
        : 0,
    };
  });
  const counts = Object.fromEntries(
    STATES.map((s) => [s, communes.filter((c) => c.state === s).length]),
  ) as Record<CommuneState, number>;
  return { year, targetYear, communes, indicators, counts };
};

/**
 * What a resumable roll-up keeps of a commune's summary between executions: the commune-level rows of `year`,
 * or, when it has none, one row of its latest year, which is all classifyCommune reads (name, code, last year).
 * Village rows are never added up by the province. classifyCommune gives the same answer on the kept read.
 */
export const keepForYear = (read: CommuneSource['fetched'], year: number): CommuneSource['fetched'] => {
  if (read.kind !== 'ok') return read;
  const ofYear = read.rows.filter((r) => r.year === year && r.level === 'commune');
  if (ofYear.length > 0) return { kind: 'ok', rows: ofYear };
  const latest = read.rows.reduce<SummaryRow | null>((m, r) => (m === null || r.year > m.year ? r : m), null);
  const first = read.rows[0];
  if (!latest || !first) return { kind: 'ok', rows: [] };
  // The first row names the commune; the latest gives its last year: one row carrying both.
  return { kind: 'ok', rows: [{ ...latest, commune: first.commune, communeCode: first.communeCode }] };
};

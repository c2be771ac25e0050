// The commune's summary rows from one engine run: what "Số liệu gửi tỉnh" holds and the province adds up.
import { indicatorTerms } from '../i18n/terms';
import type { TitleCode } from '../layout/schema';
import type { RegisterKey } from '../layout/schema';
import type { CommuneTally, EngineResult, Ratio, TitleTally, VillageTally } from '../result';
import { SUMMARY_SCHEMA_VERSION, summaryIndicators, villageIndicators } from './schema';
import type { SummaryIndicator, SummaryRow } from './schema';

export interface SummaryOptions {
  /** When the run happened, ISO 8601 (the shells pass the clock; core has none). */
  generatedAt: string;
  communeCode?: string;
  /** Recognised entries with a minh chứng link, per indicator (and village key); absent: no minh chứng column. */
  evidence?: (indicator: SummaryIndicator, villageKey: string | null) => number | null;
}

const titleOf: Record<SummaryIndicator, TitleCode> = {
  family: 'family',
  clan: 'clan',
  community: 'community',
  unit: 'unit',
  citizenAdults: 'citizen',
  citizenWorkers: 'citizen',
  citizenOfficials: 'citizen',
  citizenAll: 'citizen',
  citizenDigital: 'citizen',
  citizenDigitalPro: 'citizen',
};

interface Figure {
  numerator: number | null;
  denominator: number | null;
}

const fromRatio = (r: Ratio): Figure =>
  r.denominator > 0
    ? { numerator: r.numerator, denominator: r.denominator }
    : { numerator: null, denominator: null };

/** A title whose sheet has no result column is not computable, though its population is known. */
const fromTitle = (t: TitleTally): Figure =>
  t.assessed ? fromRatio(t.recognisedRatio) : { numerator: null, denominator: t.total > 0 ? t.total : null };

const communeFigure = (c: CommuneTally, i: SummaryIndicator): Figure => {
  switch (i) {
    case 'family':
    case 'clan':
    case 'community':
    case 'unit':
      return fromTitle(c[i]);
    case 'citizenAdults':
      return fromRatio(c.citizen.adults);
    case 'citizenWorkers':
      return fromRatio(c.citizen.workers);
    case 'citizenOfficials':
      return fromRatio(c.citizen.officials);
    case 'citizenAll':
      return fromRatio(c.citizen.citizens);
    case 'citizenDigital':
      return fromRatio(c.citizen.digital);
    case 'citizenDigitalPro':
      return fromRatio(c.citizen.digitalPro);
  }
};

const villageFigure = (v: VillageTally, i: (typeof villageIndicators)[number]): Figure => {
  switch (i) {
    case 'family':
    case 'clan':
      return fromTitle(v[i]);
    case 'citizenAdults':
      return fromRatio(v.citizen.adults);
    case 'citizenWorkers':
      return fromRatio(v.citizen.workers);
    case 'citizenAll':
      return fromRatio(v.citizen.citizens);
  }
};

/** Null when the configuration is unusable: without a commune, province and year the rows would name nobody. */
export const buildSummaryRows = (result: EngineResult, options: SummaryOptions): SummaryRow[] | null => {
  const config = result.config;
  if (!config) return null;
  const targetFor = (indicator: SummaryIndicator, level: SummaryRow['level']) => {
    const t = result.targets.find(
      (e) => e.indicator === indicator && (level === 'commune' || e.target.scope === 'everyVillage'),
    );
    return { targetPercent: t?.target.percent ?? null, targetYear: t ? t.target.year : null };
  };
  const common = (indicator: SummaryIndicator) => {
    const set = result.criteria[titleOf[indicator]];
    return {
      schemaVersion: SUMMARY_SCHEMA_VERSION,
      communeCode: options.communeCode ?? '',
      commune: config.commune,
      province: config.province,
      year: config.year,
      indicator,
      label: indicatorTerms[indicator].label,
      criteriaSet: set.name,
      criteriaSample: set.example,
      errors: result.errorCount,
      warnings: result.warningCount,
      generatedAt: options.generatedAt,
    } as const;
  };
  // Evidence counts among the numerator's entries: without a numerator there is nothing to count it against.
  const withEvidence = (f: Figure, indicator: SummaryIndicator, villageKey: string | null) => ({
    ...f,
    evidence: f.numerator === null ? null : (options.evidence?.(indicator, villageKey) ?? null),
  });
  const rows: SummaryRow[] = [];
  for (const indicator of summaryIndicators) {
    rows.push({
      ...common(indicator),
      level: 'commune',
      village: '',
      ...withEvidence(communeFigure(result.tally.commune, indicator), indicator, null),
      ...targetFor(indicator, 'commune'),
    });
  }
  for (const v of result.tally.villages) {
    for (const indicator of villageIndicators) {
      rows.push({
        ...common(indicator),
        level: 'village',
        village: v.name,
        ...withEvidence(villageFigure(v, indicator), indicator, v.key),
        ...targetFor(indicator, 'village'),
      });
    }
  }
  return rows;
};

/** The indicators whose numerator is a register's recognised entries, so its evidence count is that register's. */
const evidenceRegister: Partial<Record<SummaryIndicator, RegisterKey>> = {
  family: 'families',
  clan: 'clans',
  community: 'villages',
  unit: 'units',
  citizenAll: 'citizens',
};

/** The indicators whose summary rows can carry an evidence count, in the order of the titles on "Tổng hợp". */
export const evidenceIndicators = Object.keys(evidenceRegister) as SummaryIndicator[];

/**
 * The evidence column from the engine's coverage. The citizens' sub-groups (adults, workers, officials, digital)
 * count a subset of the recognised citizens, so they carry none. The commune's citizen figure adds up the villages
 * whose population is given (tally.ts), and so does its evidence count.
 */
export const summaryEvidence =
  (result: EngineResult): NonNullable<SummaryOptions['evidence']> =>
  (indicator, villageKey) => {
    const register = evidenceRegister[indicator];
    const coverage = register && result.evidence.find((e) => e.register === register);
    if (!coverage?.hasColumn) return null;
    const ofVillage = (key: string) => coverage.villages.find((v) => v.key === key)?.ratio.numerator ?? 0;
    if (villageKey !== null) return ofVillage(villageKey);
    if (indicator !== 'citizenAll') return coverage.commune.numerator;
    return result.tally.villages
      .filter((v) => v.citizen.citizens.denominator > 0)
      .reduce((s, v) => s + ofVillage(v.key), 0);
  };

/** What both shells write to "Số liệu gửi tỉnh": the rows with the commune code and evidence of this run. */
export const summaryRowsOf = (result: EngineResult, generatedAt: string): SummaryRow[] =>
  buildSummaryRows(result, {
    generatedAt,
    ...(result.config?.communeCode ? { communeCode: result.config.communeCode } : {}),
    evidence: summaryEvidence(result),
  }) ?? [];

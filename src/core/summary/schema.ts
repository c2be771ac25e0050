// "Số liệu gửi tỉnh": the commune's figures as one flat, versioned table the province (and BigQuery) reads.
// One row per indicator at commune level, and per village for the indicators measured per village. The columns
// are fixed for a version: adding, removing, renaming or reordering one is a new version (tests/core/summary-
// schema.test.ts pins every version's columns, so a change without a bump fails).
import * as z from 'zod/mini';
import { ownedSheets } from '../layout/owned-sheets';
import { lazySchema } from '../lazy-schema';

export const SUMMARY_SCHEMA_VERSION = 1;
export const SUMMARY_SHEET = ownedSheets.provinceSummary;

/**
 * The indicators a summary carries: every target indicator but the free-form one. Listed here, not derived from
 * targets/schema.ts, because they are part of the version: a new target indicator must not enter the province's
 * table without a version bump.
 */
export const summaryIndicators = [
  'family',
  'clan',
  'community',
  'unit',
  'citizenAdults',
  'citizenWorkers',
  'citizenOfficials',
  'citizenAll',
  'citizenDigital',
  'citizenDigitalPro',
] as const;
export type SummaryIndicator = (typeof summaryIndicators)[number];

/** Measured village by village too (the others are commune-wide only, as in targets/evaluate.ts). */
export const villageIndicators = [
  'family',
  'clan',
  'citizenAdults',
  'citizenWorkers',
  'citizenAll',
] as const satisfies readonly SummaryIndicator[];

/** The level as the cell spells it. */
export const levelTerms = { commune: 'Xã', village: 'Thôn' } as const;

const count = () => z.int().check(z.nonnegative());

export const SummaryRow = /* @__PURE__ */ lazySchema(() =>
  z.object({
    schemaVersion: z.literal(SUMMARY_SCHEMA_VERSION),
    /** Mã đơn vị hành chính (5 digits since 2025), '' when "Cấu hình" does not give it. */
    communeCode: z.string(),
    commune: z.string().check(z.minLength(1)),
    province: z.string().check(z.minLength(1)),
    year: z.int().check(z.minimum(2000), z.maximum(2100)),
    indicator: z.enum(summaryIndicators),
    /** The indicator's name as the reports spell it (for people reading the sheet; the code is what is read). */
    label: z.string(),
    level: z.enum(['commune', 'village']),
    /** '' at commune level. */
    village: z.string(),
    /** null when the figure cannot be computed (no result column, or no population given). */
    numerator: z.nullable(count()),
    denominator: z.nullable(count()),
    /** The target for targetYear, when the plan sets one for this indicator at this level. */
    targetPercent: z.nullable(z.number().check(z.minimum(0), z.maximum(100))),
    targetYear: z.nullable(z.int()),
    /** The criteria set the title was scored with, and whether it is the sample set rather than the province's. */
    criteriaSet: z.string(),
    criteriaSample: z.boolean(),
    errors: count(),
    warnings: count(),
    /** Recognised entries carrying a minh chứng link; null when the register has no minh chứng column. */
    evidence: z.nullable(count()),
    /** ISO 8601, UTC. */
    generatedAt: z.string(),
  }),
);
export type SummaryRow = z.infer<typeof SummaryRow.schema>;
export type SummaryKey = keyof SummaryRow;

/** The columns of each version, in order, with their headers. Index = version − 1; never edit a past version. */
export const summaryColumnsByVersion: readonly (readonly { key: SummaryKey; header: string }[])[] = [
  [
    { key: 'schemaVersion', header: 'Phiên bản mẫu' },
    { key: 'communeCode', header: 'Mã xã' },
    { key: 'commune', header: 'Tên xã' },
    { key: 'province', header: 'Tỉnh' },
    { key: 'year', header: 'Năm' },
    { key: 'indicator', header: 'Mã chỉ số' },
    { key: 'label', header: 'Chỉ số' },
    { key: 'level', header: 'Cấp' },
    { key: 'village', header: 'Thôn' },
    { key: 'numerator', header: 'Tử số' },
    { key: 'denominator', header: 'Mẫu số' },
    { key: 'targetPercent', header: 'Chỉ tiêu (%)' },
    { key: 'targetYear', header: 'Năm chỉ tiêu' },
    { key: 'criteriaSet', header: 'Bộ tiêu chí' },
    { key: 'criteriaSample', header: 'Tiêu chí mẫu' },
    { key: 'errors', header: 'Số lỗi' },
    { key: 'warnings', header: 'Số cảnh báo' },
    { key: 'evidence', header: 'Có minh chứng' },
    { key: 'generatedAt', header: 'Thời điểm tạo' },
  ],
];

export const summaryColumns = summaryColumnsByVersion[SUMMARY_SCHEMA_VERSION - 1] ?? [];

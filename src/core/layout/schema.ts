// The workbook layout as validated data: one source of truth for the engine, the .xlsx templates and Apps Script.
import * as z from 'zod/mini';

export const titleCodes = ['family', 'clan', 'community', 'unit', 'citizen'] as const;
export const TitleCode = z.enum(titleCodes);
export type TitleCode = z.infer<typeof TitleCode>;

export const ColumnKind = z.enum([
  'text', // free text, NFC
  'integer', // whole number ≥ 0
  'number', // decimal ≥ 0
  'year', // a year such as 1975
  'mark', // a yes/no mark: x, có, ✓, TRUE
  'result', // Đạt / Không đạt (or a band)
  'date',
  'url',
  'enum', // one of `options`
  'village', // the name of a village listed on the villages sheet
  'villages', // one or more village names separated by commas
  'unit', // the name of a unit listed on the units sheet
]);
export type ColumnKind = z.infer<typeof ColumnKind>;

export const ColumnSpec = z.object({
  key: z.string(),
  header: z.string(),
  synonyms: z._default(z.array(z.string()), []),
  kind: ColumnKind,
  required: z._default(z.boolean(), false),
  options: z.optional(z.array(z.string())),
  note: z.string(),
  width: z._default(z.int().check(z.positive()), 14),
});
export type ColumnSpec = z.infer<typeof ColumnSpec>;

export const RegisterSpec = z.object({
  key: z.enum(['villages', 'families', 'clans', 'units', 'citizens']),
  sheet: z.string(),
  synonyms: z._default(z.array(z.string()), []),
  title: TitleCode,
  columns: z.array(ColumnSpec),
  /** Criteria item columns (TC1…TCn of the title's criteria set) go after this column key. */
  criteriaAfter: z.string(),
  /** Column whose text identifies the row in messages ("Nguyễn Văn An"). */
  labelColumn: z.string(),
});
export type RegisterSpec = z.infer<typeof RegisterSpec>;

export const SettingSpec = z.object({
  key: z.string(),
  label: z.string(),
  synonyms: z._default(z.array(z.string()), []),
  kind: z.enum(['text', 'integer', 'year', 'mark', 'date', 'enum', 'list', 'emails']),
  required: z._default(z.boolean(), false),
  options: z.optional(z.array(z.string())),
  note: z.string(),
  example: z.optional(z.union([z.string(), z.number(), z.boolean()])),
});
export type SettingSpec = z.infer<typeof SettingSpec>;

export const TableSheetSpec = z.object({
  sheet: z.string(),
  synonyms: z._default(z.array(z.string()), []),
  columns: z.array(ColumnSpec),
});
export type TableSheetSpec = z.infer<typeof TableSheetSpec>;

export const WorkbookLayout = z.object({
  version: z.int(),
  config: z.object({
    sheet: z.string(),
    synonyms: z._default(z.array(z.string()), []),
    headers: z.tuple([z.string(), z.string(), z.string()]),
    settings: z.array(SettingSpec),
  }),
  targets: TableSheetSpec,
  criteria: TableSheetSpec,
  registers: z.array(RegisterSpec),
  owned: z.object({
    summary: z.string(),
    problems: z.string(),
    shareLog: z.string(),
  }),
  /** Developer-metadata key that marks a sheet as the product's own (Apps Script). */
  ownerMetadataKey: z.string(),
  frozenRows: z.int().check(z.nonnegative()),
});
export type WorkbookLayout = z.infer<typeof WorkbookLayout>;

// The workbook layout's schema: what a sheet, a column and a setting are. The data is in the modules beside it,
// typed by these schemas and checked against them by tests/core/layout-data.test.ts.
import * as z from 'zod/mini';
import { lazySchema } from '../lazy-schema';

export const titleCodes = ['family', 'clan', 'community', 'unit', 'citizen'] as const;
export const TitleCode = /* @__PURE__ */ lazySchema(() => z.enum(titleCodes));
export type TitleCode = z.infer<typeof TitleCode.schema>;

/** Layout data is written once as constants and never changed: its types are deeply read-only. */
type Frozen<T> = T extends object ? { readonly [K in keyof T]: Frozen<T[K]> } : T;

export const ColumnKind = /* @__PURE__ */ lazySchema(() =>
  z.enum([
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
  ]),
);
export type ColumnKind = z.infer<typeof ColumnKind.schema>;

export const ColumnSpec = /* @__PURE__ */ lazySchema(() =>
  z.object({
    key: z.string(),
    header: z.string(),
    synonyms: z.array(z.string()),
    kind: ColumnKind.schema,
    required: z.boolean(),
    options: z.optional(z.array(z.string())),
    note: z.string(),
    width: z.int().check(z.positive()),
  }),
);
export type ColumnSpec = Frozen<z.infer<typeof ColumnSpec.schema>>;

export const registerKeys = ['villages', 'families', 'clans', 'units', 'citizens'] as const;

export const RegisterSpec = /* @__PURE__ */ lazySchema(() =>
  z.object({
    key: z.enum(registerKeys),
    sheet: z.string(),
    synonyms: z.array(z.string()),
    title: TitleCode.schema,
    columns: z.array(ColumnSpec.schema),
    /** Criteria item columns (TC1…TCn of the title's criteria set) go after this column key. */
    criteriaAfter: z.string(),
    /** Column whose text identifies the row in messages ("Nguyễn Văn An"). */
    labelColumn: z.string(),
  }),
);
export type RegisterSpec = Frozen<z.infer<typeof RegisterSpec.schema>>;
export type RegisterKey = RegisterSpec['key'];

export const SettingSpec = /* @__PURE__ */ lazySchema(() =>
  z.object({
    key: z.string(),
    label: z.string(),
    synonyms: z.array(z.string()),
    // code: 'Mã xã' (5 digits). docNumber, docDate: a cited document's "45/KH-UBND" and date; a malformed one is a warning and leaves a blank.
    kind: z.enum([
      'text',
      'code',
      'integer',
      'year',
      'mark',
      'date',
      'enum',
      'list',
      'emails',
      'docNumber',
      'docDate',
    ]),
    required: z.boolean(),
    options: z.optional(z.array(z.string())),
    note: z.string(),
    example: z.optional(z.union([z.string(), z.number(), z.boolean()])),
  }),
);
export type SettingSpec = Frozen<z.infer<typeof SettingSpec.schema>>;

export const ConfigSheetSpec = /* @__PURE__ */ lazySchema(() =>
  z.object({
    sheet: z.string(),
    synonyms: z.array(z.string()),
    headers: z.tuple([z.string(), z.string(), z.string()]),
    settings: z.array(SettingSpec.schema),
  }),
);
export type ConfigSheetSpec = Frozen<z.infer<typeof ConfigSheetSpec.schema>>;

export const TableSheetSpec = /* @__PURE__ */ lazySchema(() =>
  z.object({
    sheet: z.string(),
    synonyms: z.array(z.string()),
    columns: z.array(ColumnSpec.schema),
  }),
);
export type TableSheetSpec = Frozen<z.infer<typeof TableSheetSpec.schema>>;

export const OwnedSheets = /* @__PURE__ */ lazySchema(() =>
  z.object({
    summary: z.string(),
    problems: z.string(),
    shareLog: z.string(),
    provinceSummary: z.string(),
  }),
);
export type OwnedSheets = Frozen<z.infer<typeof OwnedSheets.schema>>;

export const WorkbookLayout = /* @__PURE__ */ lazySchema(() =>
  z.object({
    version: z.int(),
    config: ConfigSheetSpec.schema,
    targets: TableSheetSpec.schema,
    criteria: TableSheetSpec.schema,
    registers: z.array(RegisterSpec.schema),
    owned: OwnedSheets.schema,
    /** Developer-metadata key that marks a sheet as the product's own (Apps Script). */
    ownerMetadataKey: z.string(),
    frozenRows: z.int().check(z.nonnegative()),
  }),
);
export type WorkbookLayout = Frozen<z.infer<typeof WorkbookLayout.schema>>;

/** The column keys of a sheet written as constant data: a union of literals, so a misspelt key does not compile. */
export type ColumnKeyOf<T extends { readonly columns: readonly { readonly key: string }[] }> =
  T['columns'][number]['key'];

// The commune workbook, described once as constant data: sheet names, columns, notes, dropdowns and widths.
// The engine reads by it; the .xlsx templates and the Apps Script "Thiết lập" build sheets from it.
// It is typed by its schema at compile time and parsed by it in tests/core/layout-data.test.ts, so loading the
// bundle costs no validation.
import { configSheet, type SettingKey } from './config-sheet';
import { criteriaSheet } from './criteria-sheet';
import { OWNER_METADATA_KEY, ownedSheets } from './owned-sheets';
import { citizensRegister } from './registers/citizens';
import { clansRegister } from './registers/clans';
import { familiesRegister } from './registers/families';
import { unitsRegister } from './registers/units';
import { villagesRegister } from './registers/villages';
import type { ColumnKeyOf, RegisterKey, SettingSpec, WorkbookLayout } from './schema';
import { targetsSheet } from './targets-sheet';

export { CITIZEN_GROUPS } from './registers/citizens';
export { INDICATOR_LABELS } from './targets-sheet';
export type { CriteriaColumnKey } from './criteria-sheet';
export type { TargetColumnKey } from './targets-sheet';
export type { SettingKey } from './config-sheet';

const registers = [
  villagesRegister,
  familiesRegister,
  clansRegister,
  unitsRegister,
  citizensRegister,
] as const;

const data = {
  version: 1,
  frozenRows: 1,
  ownerMetadataKey: OWNER_METADATA_KEY,
  owned: ownedSheets,
  config: configSheet,
  targets: targetsSheet,
  criteria: criteriaSheet,
  registers,
} as const satisfies WorkbookLayout;

/** The layout as its schema types it: what most code reads (sheet names, columns to iterate). */
export const layout: WorkbookLayout = data;
/** The same data with every key a literal: the source of the key unions below. */
export type LayoutData = typeof data;

/** Columns of a criteria set's items, spliced into a register: "item:TC1"… */
export type ItemColumnKey = `item:${string}`;
/** The keys a register's rows are read by: its own columns and its criteria items. */
export type RegisterColumnKey<R extends RegisterKey> =
  ColumnKeyOf<Extract<(typeof registers)[number], { readonly key: R }>> | ItemColumnKey;

/** The settings with their keys as literals, for code that branches on a setting. */
export const configSettings: readonly (SettingSpec & { readonly key: SettingKey })[] = configSheet.settings;

// "Số liệu gửi tỉnh" on every "Chấm điểm và tổng hợp": the same rows the command line writes into its copy.
import type { SummaryRow } from '../../core/summary/schema';
import { buildSummarySheet } from '../../core/summary/table';
import type { OwnedSheet } from '../workbook/owned';
import { writeDataTable } from '../workbook/write-table';

/** Written even when the configuration is unusable (header only): last run's figures must not stay for the province. */
export const writeProvinceSummary = (owned: OwnedSheet, rows: readonly SummaryRow[]): void =>
  writeDataTable(owned.sheet, buildSummarySheet(rows), owned.fresh);

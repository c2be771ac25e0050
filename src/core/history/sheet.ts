// "Lịch sử": the commune's summary rows of every year run so far, in the schema of "Số liệu gửi tỉnh" (one schema,
// so a year can be added straight from an older workbook's summary sheet).
import type { OutputTable } from '../result';
import type { SheetValues } from '../snapshot';
import { readSummarySheet, type SummaryRead } from '../summary/cells';
import type { SummaryRow } from '../summary/schema';
import { buildSummarySheet } from '../summary/table';

export const HISTORY_SHEET = 'Lịch sử';

export const buildHistorySheet = (rows: readonly SummaryRow[]): OutputTable =>
  buildSummarySheet(rows, HISTORY_SHEET);

export type HistoryRead = SummaryRead;

/**
 * An absent or empty sheet is an empty history (the first run); anything else is read as a summary table and
 * its failures (damaged cell, older or newer template, not a history at all) are returned for the shell to name.
 */
export const readHistorySheet = (values: SheetValues | undefined): HistoryRead => {
  if (
    !values ||
    values.every((r) => r.every((v) => v === null || v === undefined || String(v).trim() === ''))
  )
    return { kind: 'ok', rows: [] };
  return readSummarySheet(values);
};

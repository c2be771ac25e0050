// "Lịch sử" on every "Chấm điểm và tổng hợp": the same update the command line makes (core's updateHistory), written
// as one data table. A sheet that cannot be read, or holds another commune, is left as it is and the reason returned.
import { HISTORY_SHEET, buildHistorySheet } from '../../core/history/sheet';
import { updateHistory } from '../../core/history/update';
import { findSheet } from '../../core/read/table';
import type { WorkbookSnapshot } from '../../core/snapshot';
import type { SummaryRow } from '../../core/summary/schema';
import type { Sheet, Spreadsheet } from '../services';
import { adoptOwnedSheet, ensureOwnedSheetNamed } from '../workbook/owned';
import { writeDataTable } from '../workbook/write-table';

export const HISTORY_ROLE = 'history';

/** Returns the reason "Lịch sử" was left as it was, or null when it was written (or there was nothing to record). */
export const writeHistory = (
  ss: Spreadsheet,
  sheets: ReadonlyMap<string, Sheet>,
  snapshot: WorkbookSnapshot,
  incoming: readonly SummaryRow[] | null,
): string | null => {
  const name = findSheet(snapshot, [HISTORY_SHEET]);
  const update = updateHistory(name === undefined ? undefined : snapshot[name], incoming);
  if (update.kind === 'keep') return update.reason;
  const existing = name === undefined ? undefined : sheets.get(name);
  // The sheet read as this commune's history: the command line wrote it (an .xlsx carries no metadata) or this
  // add-in did, so it is taken as owned rather than refused.
  const owned = existing
    ? adoptOwnedSheet(existing, HISTORY_ROLE)
    : ensureOwnedSheetNamed(ss, HISTORY_ROLE, HISTORY_SHEET, sheets);
  if (!existing && !owned.fresh) {
    // No sheet of that name, but a tagged one the officer renamed: its years are the ones to keep.
    const again = updateHistory(snapshot[owned.sheet.getName()], incoming);
    if (again.kind === 'keep') return again.reason;
    writeDataTable(owned.sheet, buildHistorySheet(again.rows), false);
    return null;
  }
  writeDataTable(owned.sheet, buildHistorySheet(update.rows), owned.fresh);
  return null;
};

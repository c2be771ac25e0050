// "Lịch sử" on every "Chấm điểm và tổng hợp": the same update the command line makes (core's historyAndProgress),
// written as one data table. A sheet that cannot be read, or holds another commune, is left as it is and the reason
// returned. Planned before "Tổng hợp" is written, since its progress block needs the merged years.
import type { IndicatorProgress } from '../../core/history/progress';
import { HISTORY_SHEET, buildHistorySheet } from '../../core/history/sheet';
import { historyAndProgress, type HistoryAndProgress } from '../../core/history/with-progress';
import { findSheet } from '../../core/read/table';
import type { WorkbookSnapshot } from '../../core/snapshot';
import type { SummaryRow } from '../../core/summary/schema';
import type { Target } from '../../core/targets/schema';
import type { Sheet, Spreadsheet } from '../services';
import { adoptOwnedSheet, ensureOwnedSheetNamed } from '../workbook/owned';
import { writeDataTable } from '../workbook/write-table';

export const HISTORY_ROLE = 'history';

export interface HistoryPlan {
  progress: IndicatorProgress[];
  /** Why "Lịch sử" is left as it was, or null when it is written (or there was nothing to record). */
  kept: string | null;
  /** Writes "Lịch sử" (nothing when kept). */
  write: () => void;
}

const kept = (step: HistoryAndProgress & { kind: 'keep' }): HistoryPlan => ({
  progress: step.progress,
  kept: step.reason,
  write: () => {},
});

/** Finds (or creates) the sheet and computes the update; writes nothing until `write`. */
export const planHistory = (
  ss: Spreadsheet,
  sheets: ReadonlyMap<string, Sheet>,
  snapshot: WorkbookSnapshot,
  incoming: readonly SummaryRow[] | null,
  planTargets: readonly Target[],
): HistoryPlan => {
  const name = findSheet(snapshot, [HISTORY_SHEET]);
  const step = historyAndProgress(name === undefined ? undefined : snapshot[name], incoming, planTargets);
  if (step.kind === 'keep') return kept(step);
  const existing = name === undefined ? undefined : sheets.get(name);
  // The sheet read as this commune's history: the command line wrote it (an .xlsx carries no metadata) or this
  // add-in did, so it is taken as owned rather than refused.
  const owned = existing
    ? adoptOwnedSheet(existing, HISTORY_ROLE)
    : ensureOwnedSheetNamed(ss, HISTORY_ROLE, HISTORY_SHEET, sheets);
  if (!existing && !owned.fresh) {
    // No sheet of that name, but a tagged one the officer renamed: its years are the ones to keep.
    const again = historyAndProgress(snapshot[owned.sheet.getName()], incoming, planTargets);
    if (again.kind === 'keep') return kept(again);
    return {
      progress: again.progress,
      kept: null,
      write: () => writeDataTable(owned.sheet, buildHistorySheet(again.rows), false),
    };
  }
  return {
    progress: step.progress,
    kept: null,
    write: () => writeDataTable(owned.sheet, buildHistorySheet(step.rows), owned.fresh),
  };
};

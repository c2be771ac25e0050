// tong-hop's hook into "Lịch sử": the input's history read, this year merged in, and the progress lines shown.
import type { IndicatorProgress } from '../../core/history/progress';
import { HISTORY_SHEET, buildHistorySheet } from '../../core/history/sheet';
import { historyAndProgress } from '../../core/history/with-progress';
import { progressLines } from '../../core/i18n/history';
import { findSheet } from '../../core/read/table';
import type { OutputTable } from '../../core/result';
import type { WorkbookSnapshot } from '../../core/snapshot';
import type { SummaryRow } from '../../core/summary/schema';
import type { Target } from '../../core/targets/schema';

export interface HistoryStep {
  /** The sheet to write, or null to leave the copy's "Lịch sử" as the input had it. */
  table: OutputTable | null;
  lines: string[];
  progress: IndicatorProgress[];
}

export const historyStep = (
  snapshot: WorkbookSnapshot,
  incoming: readonly SummaryRow[] | null,
  planTargets: readonly Target[],
): HistoryStep => {
  const sheet = findSheet(snapshot, [HISTORY_SHEET]);
  const update = historyAndProgress(sheet === undefined ? undefined : snapshot[sheet], incoming, planTargets);
  const { progress } = update;
  const lines = progressLines(progress);
  if (update.kind === 'keep')
    return { table: null, lines: update.reason ? [update.reason, ...lines] : lines, progress };
  return { table: buildHistorySheet(update.rows), lines, progress };
};

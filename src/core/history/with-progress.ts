// The history both shells write and the progress "Tổng hợp" shows, from one read of "Lịch sử": the progress is
// taken from the merged rows, so it includes this run's year; a kept sheet gives what could be read of it.
import type { SheetValues } from '../snapshot';
import type { SummaryRow } from '../summary/schema';
import type { Target } from '../targets/schema';
import { buildProgress, type IndicatorProgress } from './progress';
import { updateHistory, type HistoryUpdate } from './update';

export type HistoryAndProgress = HistoryUpdate & { progress: IndicatorProgress[] };

export const historyAndProgress = (
  previous: SheetValues | undefined,
  incoming: readonly SummaryRow[] | null,
  planTargets: readonly Target[],
): HistoryAndProgress => {
  const update = updateHistory(previous, incoming);
  return { ...update, progress: buildProgress(update.rows, planTargets) };
};

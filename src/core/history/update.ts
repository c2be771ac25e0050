// One run's year into the workbook's "Lịch sử": what both shells write, or why the sheet is left as it was.
import { historyText } from '../i18n/history';
import type { SheetValues } from '../snapshot';
import type { SummaryRow } from '../summary/schema';
import { mergeHistory, otherCommune } from './merge';
import { readHistorySheet } from './sheet';

export type HistoryUpdate =
  /** `rows`: the whole history to write. */
  | { kind: 'write'; rows: SummaryRow[] }
  /** The sheet stays as it was; `rows` is what could be read of it (for progress), `reason` says why, if any. */
  | { kind: 'keep'; rows: SummaryRow[]; reason: string | null };

/**
 * `incoming` null (no usable configuration): nothing to record, the history is kept. A sheet that cannot be read
 * is kept too, never overwritten: it may be the only copy of the years before.
 */
export const updateHistory = (
  previous: SheetValues | undefined,
  incoming: readonly SummaryRow[] | null,
): HistoryUpdate => {
  const read = readHistorySheet(previous);
  if (read.kind !== 'ok') return { kind: 'keep', rows: [], reason: historyText.unreadable(read) };
  if (incoming === null) return { kind: 'keep', rows: read.rows, reason: null };
  const first = incoming[0];
  const foreign = first && otherCommune(read.rows, first);
  if (first && foreign)
    return {
      kind: 'keep',
      rows: [],
      reason: historyText.otherCommune(foreign.commune, foreign.year, first.commune),
    };
  return { kind: 'write', rows: mergeHistory(read.rows, incoming) };
};

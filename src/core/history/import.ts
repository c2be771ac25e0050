// Older years into "Lịch sử" from sheets the officer copied in from an older workbook (Google's "Sao chép vào"):
// the add-in may open no other spreadsheet, so the older year comes as a sheet of this one. The rules are the
// command line's lich-su: the same commune only, never this workbook's own year, the imported years replacing
// those years, every other year kept; only the source is a sheet instead of a file.
import { gasHistoryText as t, historyText } from '../i18n/history';
import type { SheetValues } from '../snapshot';
import { readSummarySheet } from '../summary/cells';
import { SUMMARY_SHEET, type SummaryRow } from '../summary/schema';
import { foldKey } from '../text/normalize';
import { historyYears, mergeHistory, otherCommune } from './merge';
import { HISTORY_SHEET, readHistorySheet } from './sheet';

export interface CopiedSheet {
  name: string;
  values: SheetValues;
}

/** The workbook's own commune and year ("Cấu hình"). */
export interface OwnBook {
  commune: string;
  province: string;
  year: number;
}

// "Bản sao của Lịch sử", "Copy of Số liệu gửi tỉnh", "Bản sao của Lịch sử 2": how Sheets names a copied tab.
const COPY_NAME = new RegExp(
  `^(ban sao cua|copy of) (${[HISTORY_SHEET, SUMMARY_SHEET].map(foldKey).join('|')})( \\d+)?$`,
  'u',
);

const OWN = new Set([HISTORY_SHEET, SUMMARY_SHEET].map(foldKey));

/**
 * A sheet to import from: named as Sheets names a copy of "Lịch sử" or "Số liệu gửi tỉnh", or headed as those
 * are (a copy the officer renamed); `header` is its first row at least. The workbook's own "Lịch sử" and
 * "Số liệu gửi tỉnh" carry the same header and are never one.
 */
export const isCopiedHistory = (name: string, header: SheetValues): boolean =>
  !OWN.has(foldKey(name)) &&
  (COPY_NAME.test(foldKey(name)) || readSummarySheet(header.slice(0, 1)).kind !== 'notSummary');

export type ImportOutcome =
  /** No copied sheet: the officer is shown how to bring one in. */
  | { kind: 'none'; text: string }
  /** `rows`: the history to write, or null when no sheet added anything; `lines` say what happened to each. */
  | { kind: 'done'; rows: SummaryRow[] | null; lines: string[] }
  /** This workbook's "Lịch sử" cannot take the years: it is left as it is. */
  | { kind: 'refused'; text: string };

export const importCopies = (
  previous: SheetValues | undefined,
  copies: readonly CopiedSheet[],
  own: OwnBook,
): ImportOutcome => {
  if (copies.length === 0) return { kind: 'none', text: t.noCopies };
  const read = readHistorySheet(previous);
  if (read.kind !== 'ok') return { kind: 'refused', text: t.bookUnreadable(historyText.unreadable(read)) };
  const mixed = otherCommune(read.rows, own);
  if (mixed) return { kind: 'refused', text: t.bookOtherCommune(mixed.commune, own.commune) };
  let rows = read.rows;
  const lines: string[] = [];
  const added: string[] = [];
  for (const copy of copies) {
    const got = readSummarySheet(copy.values);
    if (got.kind !== 'ok') {
      lines.push(t.copyUnreadable(copy.name, got));
      continue;
    }
    const foreign = otherCommune(got.rows, own);
    const years = historyYears(got.rows);
    if (got.rows.length === 0) lines.push(t.copyEmpty(copy.name));
    else if (foreign) lines.push(t.otherCommune(copy.name, foreign.commune, own.commune));
    else if (years.includes(own.year)) lines.push(t.sameYear(copy.name, own.year));
    else {
      rows = mergeHistory(rows, got.rows);
      added.push(copy.name);
      lines.push(t.added(copy.name, years.join(', '), got.rows.length));
    }
  }
  if (added.length === 0) return { kind: 'done', rows: null, lines };
  return {
    kind: 'done',
    rows,
    lines: [...lines, t.years(historyYears(rows).join(', ')), t.mayDelete(added)],
  };
};

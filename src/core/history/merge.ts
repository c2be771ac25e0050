// Merging a year into the history: the years the new rows carry are replaced whole, every other year is kept, and
// the order depends only on the rows' content, so a re-run or a re-import gives the same sheet.
import { foldKey } from '../text/normalize';
import { summaryIndicators, type SummaryRow } from '../summary/schema';

const indicatorRank = new Map<string, number>(summaryIndicators.map((c, i) => [c, i]));

/**
 * Year ascending; within a year the commune rows first, then each village in the order the year's own rows name
 * them (the tally's order), indicators in the summary's order. Sorting, not appending: merging the same rows
 * again gives the same sheet, and rows sorted by hand come back grouped by year and level.
 */
export const sortHistory = (rows: readonly SummaryRow[]): SummaryRow[] => {
  const villageRank = new Map<string, number>();
  for (const r of rows) {
    const k = `${r.year}|${foldKey(r.village)}`;
    if (r.level === 'village' && !villageRank.has(k)) villageRank.set(k, villageRank.size);
  }
  const rank = (r: SummaryRow) =>
    r.level === 'commune' ? -1 : (villageRank.get(`${r.year}|${foldKey(r.village)}`) ?? 0);
  return rows
    .map((r, i) => ({ r, i }))
    .sort(
      (a, b) =>
        a.r.year - b.r.year ||
        rank(a.r) - rank(b.r) ||
        (indicatorRank.get(a.r.indicator) ?? 0) - (indicatorRank.get(b.r.indicator) ?? 0) ||
        a.i - b.i,
    )
    .map((x) => x.r);
};

/** The years present in `incoming` replace those years in `previous`; other years stay as they were. */
export const mergeHistory = (
  previous: readonly SummaryRow[],
  incoming: readonly SummaryRow[],
): SummaryRow[] => {
  const replaced = new Set(incoming.map((r) => r.year));
  return sortHistory([...previous.filter((r) => !replaced.has(r.year)), ...incoming]);
};

/** The years a history holds, ascending. */
export const historyYears = (rows: readonly SummaryRow[]): number[] =>
  [...new Set(rows.map((r) => r.year))].sort((a, b) => a - b);

type Commune = Pick<SummaryRow, 'commune' | 'province'>;
const communeKey = (r: Commune) => `${foldKey(r.commune)}|${foldKey(r.province)}`;

/** A row of `rows` naming another commune than `of` does: a history never mixes communes. */
export const otherCommune = (rows: readonly SummaryRow[], of: Commune): SummaryRow | undefined =>
  rows.find((r) => communeKey(r) !== communeKey(of));

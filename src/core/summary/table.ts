// "Số liệu gửi tỉnh" as an owned sheet: the header in row 1 and one row per summary row, nothing above, so the
// province (and a CSV export to BigQuery) reads it as a plain table.
import { COLORS, COUNT_FORMAT, TableBuilder } from '../output/builder';
import type { OutputTable } from '../result';
import { summaryHeader, summaryToCells } from './cells';
import { SUMMARY_SHEET, summaryColumns, type SummaryKey, type SummaryRow } from './schema';

const WIDTHS: Partial<Record<SummaryKey, number>> = {
  commune: 16,
  label: 34,
  village: 18,
  criteriaSet: 30,
  generatedAt: 24,
};
const COUNTS: ReadonlySet<SummaryKey> = new Set([
  'numerator',
  'denominator',
  'errors',
  'warnings',
  'evidence',
]);

/** `sheet`: "Lịch sử" holds the same rows over the years, so it is the same table under another name. */
export const buildSummarySheet = (
  rows: readonly SummaryRow[],
  sheet: string = SUMMARY_SHEET,
): OutputTable => {
  const t = new TableBuilder(sheet, summaryColumns.length);
  t.add(summaryHeader(), { bold: true, background: COLORS.header });
  for (const cells of summaryToCells(rows))
    t.add(
      cells.map((v, c) => {
        const key = summaryColumns[c]?.key;
        return typeof v === 'number' && key && COUNTS.has(key)
          ? { value: v, style: { numberFormat: COUNT_FORMAT } }
          : v;
      }),
    );
  return t.build(
    summaryColumns.map((c) => WIDTHS[c.key] ?? 12),
    1,
  );
};

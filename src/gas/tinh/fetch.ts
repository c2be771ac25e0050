// Reads one commune's "Số liệu gửi tỉnh" through the Sheets API, read-only, and says why when it cannot.
// The patterns for Google's error texts are taken from the API's documented error reasons (403 PERMISSION_DENIED,
// 404 NOT_FOUND, 400 "Unable to parse range", 429 RESOURCE_EXHAUSTED), and for a Drive file that is not a Google
// Sheet (an .xlsx uploaded as it is) from public reports of the API's 400 "This operation is not supported for
// this document" (theoephraim/node-google-spreadsheet#651); nobody here has seen them on Google.
import { spreadsheetIdOf } from '../../core/province/links';
import type { CommuneSource } from '../../core/province/rollup';
import { readSummarySheet } from '../../core/summary/cells';
import { SUMMARY_SHEET, summaryColumns } from '../../core/summary/schema';
import type { CellValue } from '../../core/snapshot';
import type { SheetsValuesApi } from './services';

/** The summary's columns: A to the last one (S for version 1), every row. */
const lastColumn = (n: number): string => {
  let s = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
};
export const SUMMARY_RANGE = `'${SUMMARY_SHEET}'!A1:${lastColumn(summaryColumns.length)}`;

export class QuotaExceeded extends Error {}

const reason = (
  err: unknown,
): 'notShared' | 'notFound' | 'noSheet' | 'notGoogleSheet' | 'quota' | 'other' => {
  const m = err instanceof Error ? err.message : String(err);
  if (/quota|rate limit|RESOURCE_EXHAUSTED|\b429\b/iu.test(m)) return 'quota';
  if (/permission|PERMISSION_DENIED|\b403\b/iu.test(m)) return 'notShared';
  if (/Unable to parse range/iu.test(m)) return 'noSheet';
  if (/not supported for this document/iu.test(m)) return 'notGoogleSheet';
  if (/not found|NOT_FOUND|\b404\b/iu.test(m)) return 'notFound';
  return 'other';
};

/**
 * What reading the commune gave. A commune whose sheet has no "Số liệu gửi tỉnh" has never run "Chấm điểm và
 * tổng hợp" with this version: not run this year. A file that is there but not a Google Sheet is "there but
 * unreadable": thrown, it would stop every slice at the same commune. A quota error is thrown (the slice stops
 * and resumes later); any other failure propagates, so it is seen rather than passed off as a commune's state.
 */
export const fetchSummary = (api: SheetsValuesApi, link: string): CommuneSource['fetched'] => {
  const id = spreadsheetIdOf(link);
  if (id === null) return { kind: 'notFound' };
  try {
    const answer = api.Spreadsheets.Values.get(id, SUMMARY_RANGE, { valueRenderOption: 'UNFORMATTED_VALUE' });
    // The API leaves out trailing blank cells and rows; the reader takes missing cells as blank.
    return readSummarySheet((answer.values ?? []) as CellValue[][]);
  } catch (err) {
    const why = reason(err);
    if (why === 'quota') throw new QuotaExceeded(err instanceof Error ? err.message : String(err));
    if (why === 'notShared' || why === 'notFound') return { kind: why };
    if (why === 'noSheet') return { kind: 'notSummary' };
    if (why === 'notGoogleSheet') return { kind: 'unreadable', reason: 'notGoogleSheet' };
    throw err;
  }
};

// The Sheets advanced service (Sheets.Spreadsheets.Values.get) over other people's spreadsheets, and Utilities,
// as the province project sees them: each commune's spreadsheet is shared with the caller or not, exists or not,
// and the API allows 60 reads per minute per user (Sheets API "Usage limits"), answered with Google's 429.
import { LIMITS } from './cost-model';
import type { Clock } from './clock';
import { Fake, type Tracker } from './tracker';

export interface CommuneBook {
  /** Sheets by name, as the API returns them: rows of values (UNFORMATTED_VALUE). */
  sheets: Record<string, unknown[][]>;
  /** Not shared with the province's account: the API answers 403. */
  private?: boolean;
  /**
   * A Drive file that is not a Google Sheet (an .xlsx uploaded as it is): the API answers 400 "This operation is
   * not supported for this document" (as public reports of the API give it), once the caller may see the file.
   */
  notGoogleSheet?: boolean;
  /** A slow answer (a huge sheet, a busy server): simulated milliseconds on top of the cost model's. */
  slowMs?: number;
}

const API = 'API call to sheets.spreadsheets.values.get failed with error:';

/** The API leaves out trailing blank cells of a row and trailing blank rows. */
const trimmed = (rows: unknown[][]): unknown[][] => {
  const blank = (v: unknown) => v === '' || v === null || v === undefined;
  const out = rows.map((r) => {
    let n = r.length;
    while (n > 0 && blank(r[n - 1])) n -= 1;
    return r.slice(0, n);
  });
  while (out.length > 0 && (out[out.length - 1] as unknown[]).length === 0) out.pop();
  return out;
};

export class FakeSheetsValues extends Fake {
  readonly kind = 'SheetsValues';
  readonly books = new Map<string, CommuneBook>();
  /** Simulated times of the reads of the last minute. */
  private readonly recent: number[] = [];
  reads = 0;
  constructor(
    private readonly tracker: Tracker,
    private readonly clock: Clock,
  ) {
    super();
  }
  get(
    spreadsheetId: string,
    range: string,
    options?: { valueRenderOption?: string },
  ): { values?: unknown[][] } {
    const now = this.clock.now();
    while (this.recent.length > 0 && (this.recent[0] as number) <= now - 60_000) this.recent.shift();
    if (this.recent.length >= LIMITS.sheetsApiReadsPerMinute)
      throw this.tracker.error(
        `${API} Quota exceeded for quota metric 'Read requests' and limit 'Read requests per minute per user' of service 'sheets.googleapis.com'.`,
      );
    this.recent.push(now);
    this.reads += 1;
    const book = this.books.get(spreadsheetId);
    if (!book) throw this.tracker.error(`${API} Requested entity was not found.`);
    if (book.private) throw this.tracker.error(`${API} The caller does not have permission`);
    if (book.notGoogleSheet)
      throw this.tracker.error(`${API} This operation is not supported for this document`);
    if (book.slowMs) this.clock.charge(book.slowMs);
    const m = /^'((?:[^']|'')+)'!([A-Z]+)1:([A-Z]+)$/u.exec(range);
    const name = m?.[1]?.replace(/''/gu, "'") ?? '';
    const values = book.sheets[name];
    if (!m || !values) throw this.tracker.error(`${API} Unable to parse range: ${range}`);
    const width = (m[3] as string).charCodeAt(0) - 64;
    if (options?.valueRenderOption !== 'UNFORMATTED_VALUE')
      throw this.tracker.error('sandbox: the roll-up must ask for UNFORMATTED_VALUE (numbers stay numbers)');
    const rows = trimmed(values.map((r) => r.slice(0, width)));
    return rows.length > 0 ? { values: rows } : {};
  }
}

export class FakeSheetsSpreadsheets extends Fake {
  readonly kind = 'SheetsSpreadsheets';
  constructor(readonly Values: FakeSheetsValues) {
    super();
  }
}

export class FakeSheets extends Fake {
  readonly kind = 'Sheets';
  readonly Spreadsheets: FakeSheetsSpreadsheets;
  constructor(readonly values: FakeSheetsValues) {
    super();
    this.Spreadsheets = new FakeSheetsSpreadsheets(values);
  }
}

export class FakeUtilities extends Fake {
  readonly kind = 'Utilities';
  slept = 0;
  sleep(ms: number): void {
    this.slept += ms;
  }
}

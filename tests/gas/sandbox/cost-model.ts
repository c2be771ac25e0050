// The sandbox's simulated clock: what each service call costs, and Apps Script's limits, in one place.
// Nothing here was measured on Google. Each constant names its source; "assumption" means no published
// figure was found and the value is a deliberate, stated guess (change it here, every figure follows).

/** Limits, from Google's documentation. */
export const LIMITS = {
  /** "Script runtime: 6 min / execution" (developers.google.com/apps-script/guides/services/quotas). */
  executionMs: 6 * 60 * 1000,
  /** "Custom function runtime: 30 sec / execution" (same page). */
  customFunctionMs: 30 * 1000,
  /** Google Drive help, "Files you can store in Google Drive": a document holds up to 1.02 million characters. */
  documentChars: 1_020_000,
  /** Google Drive help, same page: up to 10 million cells per spreadsheet (all sheets, empty cells included). */
  spreadsheetCells: 10_000_000,
  /** Sheets rejects a cell of more than 50,000 characters ("Your input contains more than the maximum of 50000 characters in a single cell"). */
  cellChars: 50_000,
  /** A new sheet (Spreadsheet.insertSheet) has 1,000 rows and 26 columns (what Sheets shows for a new tab). */
  newSheetRows: 1000,
  newSheetCols: 26,
  /** Sheets API "Usage limits": 60 read requests per minute per user per project. */
  sheetsApiReadsPerMinute: 60,
} as const;

/** Simulated milliseconds. */
export const COST = {
  /**
   * Any Spreadsheet service call (getRange, getSheetValues, setValues…), before the cells it moves. Source: a
   * published experiment (stackoverflow "What is faster: ScriptDB or SpreadsheetApp?") found 4,000 setValue
   * calls two orders of magnitude slower than one 4,000-cell setValues (< 50 ms): about 5 s / 4,000 ≈ 1.2 ms.
   */
  sheetCallMs: 1.2,
  /** Per cell written (values or one format): same experiment, one 4,000-cell setValues < 50 ms ⇒ 0.0125 ms. */
  cellWriteMs: 0.0125,
  /** Per cell read: assumption, half a write (reads come from a server-side cache, Google's 2010 "Optimizing Spreadsheet Operations"). */
  cellReadMs: 0.006,
  /**
   * SpreadsheetApp.flush(), and any read issued while writes are pending (Sheets commits its write cache before
   * it reads: Google's "Optimizing Spreadsheet Operations"). Source: the experiment above, flush() took a
   * 4,000-cell write from < 50 ms to 610 ms.
   */
  flushMs: 600,
  /** PropertiesService reads and writes. Source: ziritione.org "Google Apps Script APIs performance" (mean of 100 runs: getProperty 30 ms, setProperty 62 ms). */
  propertyReadMs: 30,
  propertyWriteMs: 62,
  /** LockService.tryLock when free: assumption, one property-like round trip. */
  lockMs: 30,
  /** DocumentApp.create / openById: assumption (a Drive file is created or opened). */
  docCreateMs: 1000,
  docOpenMs: 500,
  /** Any other DocumentApp call (append, set attributes, get row/cell): assumption. */
  docsCallMs: 2,
  /** Per table cell of Body.appendTable: assumption (a 1,000 × 5 table in 1.5 s). */
  docsTableCellMs: 0.3,
  /** Per character written into a document: assumption. */
  docsCharMs: 0.0005,
  /** Document.saveAndClose, and per 1,000 characters in the document: assumption. */
  docSaveMs: 500,
  docSavePerKiloCharMs: 1,
  /** Sharing one document with the recipients (addViewers/addEditors): assumption, Drive permission + e-mail. */
  shareMs: 1500,
  /**
   * Sheets API values.get of a small range in another spreadsheet, through the advanced service: assumption,
   * one HTTPS round trip from Google's servers to the Sheets API with its authorisation check (about 0.5 s).
   */
  sheetsApiReadMs: 500,
  /** Charts: building the PNG of the per-village chart: assumption. */
  chartMs: 1500,
  /** HtmlService template evaluation and showing a sidebar/dialog: assumption. */
  htmlMs: 200,
  /** An alert waits for the officer, and that wait counts against the execution: assumption, 10 s to read and click. */
  alertMs: 10_000,
  /** Toasts do not wait: assumption, one call. */
  toastMs: 5,
  /**
   * The script's own JavaScript: the sandbox's measured CPU time outside the fakes, times this factor.
   * Assumption: Apps Script's V8 is no faster than Node cold; the audit measured a cold Node run 1.9 times
   * faster with the JIT than --jitless, so 2 covers a server with a weaker JIT.
   */
  scriptCpuFactor: 2,
} as const;

/** Google's error texts for what the sandbox enforces. */
export const LIMIT_ERRORS = {
  timeout: 'Exceeded maximum execution time',
  documentTooLarge: (chars: number) =>
    `Document is too large: it would hold ${chars} characters, over the limit of ${LIMITS.documentChars}.`,
  spreadsheetCells: `This action would increase the number of cells in the workbook above the limit of ${LIMITS.spreadsheetCells} cells.`,
  cellChars: `Your input contains more than the maximum of ${LIMITS.cellChars} characters in a single cell.`,
} as const;

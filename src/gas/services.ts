// The Google services the add-in uses, passed as parameters so every module runs against the test fakes.
export interface Services {
  spreadsheet: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  lock: GoogleAppsScript.Lock.LockService;
  properties: GoogleAppsScript.Properties.PropertiesService;
  html: GoogleAppsScript.HTML.HtmlService;
  documents: GoogleAppsScript.Document.DocumentApp;
  /** Draws the report's chart as a PNG (no OAuth scope needed). */
  charts: GoogleAppsScript.Charts.Charts;
}

/** Read the globals only when a handler runs: custom functions and onOpen re-run the top level, which must touch nothing. */
export const liveServices = (): Services => ({
  spreadsheet: SpreadsheetApp,
  lock: LockService,
  properties: PropertiesService,
  html: HtmlService,
  documents: DocumentApp,
  charts: Charts,
});

export type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
export type Range = GoogleAppsScript.Spreadsheet.Range;
export type Ui = GoogleAppsScript.Base.Ui;

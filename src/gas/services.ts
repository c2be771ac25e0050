// The Google services the add-in uses, passed as parameters so every module runs against the test fakes.
export interface Services {
  spreadsheet: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  lock: GoogleAppsScript.Lock.LockService;
  properties: GoogleAppsScript.Properties.PropertiesService;
  html: GoogleAppsScript.HTML.HtmlService;
  documents: GoogleAppsScript.Document.DocumentApp;
}

/** Read the globals only when a handler runs: custom functions and onOpen re-run the top level, which must touch nothing. */
export const liveServices = (): Services => ({
  spreadsheet: SpreadsheetApp,
  lock: LockService,
  properties: PropertiesService,
  html: HtmlService,
  documents: DocumentApp,
});

export type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
export type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
export type Range = GoogleAppsScript.Spreadsheet.Range;
export type Ui = GoogleAppsScript.Base.Ui;

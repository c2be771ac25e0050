// "Kiểm tra dữ liệu" and "Chấm điểm và tổng hợp": read once, run the engine, write owned sheets and marks.
import { runEngine } from '../../core/engine';
import { gasText } from '../../core/i18n/gas';
import type { EngineResult } from '../../core/result';
import { applyMarks } from '../marks/apply';
import type { MenuContext } from '../run';
import type { Sheet } from '../services';
import { showSidebar } from '../sidebar';
import { summaryRowsOf } from '../../core/summary/build';
import { planHistory } from './history';
import { writeProvinceSummary } from './province-summary';
import { replaceCharts } from '../workbook/chart';
import { withProgressBlock } from '../../core/history/summary-block';
import { ensureOwnedSheet } from '../workbook/owned';
import { readWorkbook } from '../workbook/read';
import { writeTable } from '../workbook/write-table';

/** Sheet ids for links, asked once per linked sheet. */
export const gidLookup = (sheets: ReadonlyMap<string, Sheet>): ((name: string) => number | null) => {
  const ids = new Map<string, number | null>();
  return (name) => {
    if (!ids.has(name)) ids.set(name, sheets.get(name)?.getSheetId() ?? null);
    return ids.get(name) ?? null;
  };
};

export const checkData = (ctx: MenuContext): EngineResult => {
  ctx.toast(gasText.checking);
  const { snapshot, sheets } = readWorkbook(ctx.ss);
  const result = runEngine(snapshot);
  // Found (or refused) before any mark is made, so a refusal leaves the user's sheets as they were.
  const problems = ensureOwnedSheet(ctx.ss, 'problems', sheets);
  const { marked } = applyMarks(sheets, ctx.services.properties.getDocumentProperties(), result.issues);
  writeTable(problems.sheet, result.tables.problems, gidLookup(sheets), problems.fresh);
  ctx.services.spreadsheet.flush();
  ctx.toast(gasText.validateDone(result.errorCount, result.warningCount, marked));
  showSidebar(ctx.services, result.issues);
  return result;
};

export const scoreAndTally = (ctx: MenuContext): EngineResult => {
  ctx.toast(gasText.scoring);
  const { snapshot, sheets } = readWorkbook(ctx.ss);
  const result = runEngine(snapshot);
  const summary = ensureOwnedSheet(ctx.ss, 'summary', sheets);
  // Found (or refused) before anything is written.
  const forProvince = ensureOwnedSheet(ctx.ss, 'provinceSummary', sheets);
  // As the command line: no usable configuration, no year to record (the province's sheet keeps its header only).
  const rows = result.config ? summaryRowsOf(result, new Date().toISOString()) : null;
  // The progress is that of the merged history, this year included, as the command line shows it.
  const history = planHistory(ctx.ss, sheets, snapshot, rows, result.planTargets);
  const table = withProgressBlock(result.tables.summary, history.progress);
  writeTable(summary.sheet, table, gidLookup(sheets), summary.fresh);
  replaceCharts(summary.sheet, table);
  writeProvinceSummary(forProvince, rows ?? []);
  history.write();
  const historyKept = history.kept;
  ctx.services.spreadsheet.flush();
  const done = gasText.tallyDone(result.errorCount);
  ctx.toast(historyKept ? `${done} ${historyKept}` : done);
  return result;
};

// "Thêm số liệu năm cũ": older years into "Lịch sử" from sheets the officer copied in from last year's workbook
// ("Sao chép vào" → "Bảng tính hiện có"). The add-in has spreadsheets.currentonly, so it cannot open that workbook
// itself. The copied sheets are only read; core's importCopies decides what is added.
import { IssueLog } from '../../core/issues/make';
import { readConfig } from '../../core/config/read';
import { importCopies, isCopiedHistory, type CopiedSheet } from '../../core/history/import';
import { HISTORY_SHEET, buildHistorySheet } from '../../core/history/sheet';
import { gasHistoryText as t } from '../../core/i18n/history';
import { layout } from '../../core/layout';
import type { CellValue } from '../../core/snapshot';
import { foldKey } from '../../core/text/normalize';
import type { MenuContext } from '../run';
import type { Sheet } from '../services';
import { adoptOwnedSheet, ensureOwnedSheetNamed } from '../workbook/owned';
import { isOwnedName, sheetValues } from '../workbook/read';
import { writeDataTable } from '../workbook/write-table';
import { HISTORY_ROLE } from './history';

/** The first row only: a register of thousands of rows is not read to learn it is not a copy. */
const firstRow = (sheet: Sheet): CellValue[][] => {
  const cols = sheet.getLastColumn();
  return cols === 0 ? [] : (sheet.getSheetValues(1, 1, 1, cols) as CellValue[][]);
};

export const importOlderYears = (ctx: MenuContext): void => {
  const sheets = new Map<string, Sheet>();
  const copies: CopiedSheet[] = [];
  let config: CellValue[][] | undefined;
  let history: Sheet | undefined;
  for (const sheet of ctx.ss.getSheets()) {
    const name = sheet.getName();
    sheets.set(name, sheet);
    const key = foldKey(name);
    if (key === foldKey(layout.config.sheet)) config = sheetValues(sheet);
    else if (key === foldKey(HISTORY_SHEET)) history = sheet;
    else if (!isOwnedName(name) && isCopiedHistory(name, firstRow(sheet)))
      copies.push({ name, values: sheetValues(sheet) });
  }
  const ui = ctx.ui();
  const say = (text: string) => ui.alert(t.title, text, ui.ButtonSet.OK);
  if (copies.length === 0) return void say(t.noCopies);
  const own = config && readConfig({ [layout.config.sheet]: config }, new IssueLog());
  if (!own) return void say(t.noConfig);
  const book = { commune: own.commune, province: own.province, year: own.year };
  let outcome = importCopies(history ? sheetValues(history) : undefined, copies, book);
  if (outcome.kind === 'done' && outcome.rows) {
    // Tagged only once it read as this commune's history (the command line's carries no metadata).
    const owned = history
      ? adoptOwnedSheet(history, HISTORY_ROLE)
      : ensureOwnedSheetNamed(ctx.ss, HISTORY_ROLE, HISTORY_SHEET, sheets);
    // No sheet of that name but one found by its metadata, renamed by the officer: its years are the ones to keep.
    if (!history && !owned.fresh) outcome = importCopies(sheetValues(owned.sheet), copies, book);
    if (outcome.kind === 'done' && outcome.rows)
      writeDataTable(owned.sheet, buildHistorySheet(outcome.rows), owned.fresh);
  }
  if (outcome.kind !== 'done') return void say(outcome.text);
  ctx.services.spreadsheet.flush();
  say(outcome.lines.join('\n'));
};

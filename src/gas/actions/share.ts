// "Gửi Hội Khuyến học tỉnh": after the officer confirms, shares the report documents with the configured
// recipients (Document.addViewers/addEditors: the documents scope, never full Drive) and logs it.
import { layout } from '../../core/layout';
import { readConfig } from '../../core/config/read';
import { gasText } from '../../core/i18n/gas';
import { IssueLog } from '../../core/issues/make';
import { foldKey } from '../../core/text/normalize';
import { UserError } from '../errors';
import type { MenuContext } from '../run';
import type { Sheet } from '../services';
import { ensureOwnedSheet } from '../workbook/owned';
import { ensureGrid } from '../workbook/write-table';
import { readWorkbook, sheetValues } from '../workbook/read';
import { savedReports } from './report';

const two = (n: number): string => String(n).padStart(2, '0');
/** Apps Script runs in the manifest's time zone (Asia/Ho_Chi_Minh), so local fields are Vietnam time. */
export const logTime = (d: Date): string =>
  `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;

const configNames = new Set([layout.config.sheet, ...layout.config.synonyms].map(foldKey));

export const shareReports = (ctx: MenuContext, now: Date = new Date()): number => {
  const docs = savedReports(ctx.services.properties.getDocumentProperties());
  if (docs.length === 0) throw new UserError(gasText.shareNoDocs, 'NO_REPORTS');
  const { snapshot, sheets } = readWorkbook(ctx.ss, (name) => configNames.has(foldKey(name)));
  const config = readConfig(snapshot, new IssueLog());
  const emails = config?.shareEmails ?? [];
  if (!config || emails.length === 0) throw new UserError(gasText.shareNoRecipients, 'NO_RECIPIENTS');
  const role = gasText.shareRole[config.shareRole];
  const answer = ctx.ui().alert(
    gasText.shareConfirmTitle,
    gasText.shareConfirm(
      role,
      emails,
      docs.map((d) => d.name),
    ),
    ctx.ui().ButtonSet.YES_NO,
  );
  if (answer !== ctx.ui().Button.YES) {
    ctx.toast(gasText.shareCancelled);
    return 0;
  }
  const log = ensureOwnedSheet(ctx.ss, 'shareLog', sheets).sheet;
  const shared: typeof docs = [];
  let failure: UserError | null = null;
  for (const d of docs) {
    try {
      const doc = ctx.services.documents.openById(d.id);
      if (config.shareRole === 'editor') doc.addEditors(emails);
      else doc.addViewers(emails);
      shared.push(d);
    } catch {
      failure = new UserError(gasText.shareDocMissing(d.name), 'REPORT_GONE');
      break;
    }
  }
  // What was shared is logged even when a later document failed.
  if (shared.length > 0)
    appendLog(
      log,
      shared.map((d) => [logTime(now), d.name, d.url, emails.join(', '), role]),
    );
  if (failure) throw failure;
  ctx.services.spreadsheet.flush();
  ctx.toast(gasText.shareDone(shared.length, emails.length));
  return shared.length;
};

const appendLog = (log: Sheet, rows: string[][]): void => {
  const existing = sheetValues(log);
  const header = existing.length === 0 ? [[...gasText.shareLogHeaders]] : [];
  const block = [...header, ...rows];
  ensureGrid(log, existing.length + block.length, gasText.shareLogHeaders.length);
  // A leading ' keeps dates and addresses as the text written here.
  log
    .getRange(existing.length + 1, 1, block.length, gasText.shareLogHeaders.length)
    .setValues(block.map((r) => r.map((v) => `'${v}`)));
};

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
import { classifyShareError } from './share-errors';

const two = (n: number): string => String(n).padStart(2, '0');
/** Apps Script runs in the manifest's time zone (Asia/Ho_Chi_Minh), so local fields are Vietnam time. */
export const logTime = (d: Date): string =>
  `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()} ${two(d.getHours())}:${two(d.getMinutes())}`;

const configNames = new Set([layout.config.sheet, ...layout.config.synonyms].map(foldKey));

export const shareReports = (ctx: MenuContext, now: Date = new Date()): number => {
  const docs = savedReports(ctx.services.properties.getDocumentProperties());
  if (docs.length === 0) throw new UserError(gasText.shareNoDocs, 'NO_REPORTS');
  const { snapshot, sheets } = readWorkbook(ctx.ss, (name) => configNames.has(foldKey(name)));
  const issues = new IssueLog();
  const config = readConfig(snapshot, issues);
  // An address the configuration could not read is named before anything is shared.
  const bad = issues.items.filter((i) => i.code === 'BAD_EMAIL').map((i) => i.value);
  if (bad.length > 0) throw new UserError(gasText.shareBadAddresses(bad), 'SHARE_BAD_ADDRESS');
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
  const rows: string[][] = [];
  const failures: string[] = [];
  let shared = 0;
  const F = gasText.shareFailure;
  const entry = (d: (typeof docs)[number], to: string, result: string) =>
    rows.push([logTime(now), d.name, d.url, to, role, result]);
  outer: for (const d of docs) {
    let doc: GoogleAppsScript.Document.Document;
    try {
      doc = ctx.services.documents.openById(d.id);
    } catch {
      const m = F.gone(d.name);
      failures.push(m);
      entry(d, emails.join(', '), m);
      continue;
    }
    // One recipient at a time, so a refusal names its address and the others still receive the document.
    for (const email of emails) {
      try {
        if (config.shareRole === 'editor') doc.addEditor(email);
        else doc.addViewer(email);
        shared += 1;
        entry(d, email, gasText.shareOk);
      } catch (err) {
        const { kind, google } = classifyShareError(err);
        const m =
          kind === 'quota'
            ? F.quota
            : kind === 'gone'
              ? F.gone(d.name)
              : kind === 'other'
                ? F.other(email, google)
                : F[kind](email);
        if (!failures.includes(m)) failures.push(m);
        entry(d, email, m);
        // Google refuses every further share for the day: stop here, the log says what went.
        if (kind === 'quota' || kind === 'gone') {
          if (kind === 'quota') break outer;
          break;
        }
      }
    }
  }
  // What was shared is logged, and so is each refusal, even when a later one stops the run.
  if (rows.length > 0) appendLog(log, rows);
  ctx.services.spreadsheet.flush();
  if (failures.length > 0) throw new UserError(gasText.shareSome(shared, failures), 'SHARE_FAILED');
  ctx.toast(gasText.shareDone(docs.length, emails.length));
  return docs.length;
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

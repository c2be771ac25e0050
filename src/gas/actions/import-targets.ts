// "Nhập chỉ tiêu từ kế hoạch": the dialog, its preview (pure, no sheet touched) and the append of the ticked rows
// to "Chỉ tiêu" in one write, with "Bộ chỉ tiêu" set to use that sheet.
import { layout } from '../../core/layout';
import { gasText, menuLabels } from '../../core/i18n/gas';
import { targetImportText } from '../../core/i18n/targets-import';
import {
  MANUAL_PRESET,
  parsePlan,
  planAppend,
  previewOf,
  type CellWrite,
  type Preview,
} from '../../core/targets/import';
import { indicatorLabels } from '../../core/targets/presets';
import { foldKey } from '../../core/text/normalize';
import { UserError } from '../errors';
import type { MenuContext } from '../run';
import type { Services, Sheet, Spreadsheet } from '../services';
import { scriptJson } from '../sidebar';
import { readWorkbook } from '../workbook/read';

const LOCK_WAIT_MS = 3000;
/** The longest plan the dialog takes: a 30-page plan is about 90 000 characters. */
export const MAX_PLAN_CHARS = 400_000;

export interface DialogData {
  texts: typeof targetImportText.dialog & { headers: typeof targetImportText.headers };
}

export const showImportDialog = (ctx: MenuContext): void => {
  const template = ctx.services.html.createTemplateFromFile('ImportTargets');
  const data: DialogData = { texts: { ...targetImportText.dialog, headers: targetImportText.headers } };
  (template as unknown as { data: string }).data = scriptJson(data);
  const output = template.evaluate().setWidth(960).setHeight(640);
  ctx.ui().showModalDialog(output, targetImportText.dialog.title);
};

const checkedText = (text: unknown): string => {
  const s = typeof text === 'string' ? text : '';
  if (s.trim() === '') throw new UserError(targetImportText.dialog.empty, 'PLAN_EMPTY');
  if (s.length > MAX_PLAN_CHARS)
    throw new UserError(targetImportText.tooLong(MAX_PLAN_CHARS), 'PLAN_TOO_LONG');
  return s;
};

/** The dialog's preview: reads "Chỉ tiêu" and "Cấu hình" (one call each) to untick rows already there; writes nothing. */
export const previewPlan = (ss: Spreadsheet, text: unknown): Preview => {
  const parsed = parsePlan(checkedText(text));
  return previewOf(parsed, readWorkbook(ss, isTargetsOrConfig).snapshot);
};

const write = (sheet: Sheet, w: CellWrite): void => {
  const rows = w.values.length;
  const cols = Math.max(...w.values.map((r) => r.length));
  const last = w.row + rows - 1;
  if (last > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), last - sheet.getMaxRows());
  const padded = w.values.map((r) => [...r, ...new Array<string>(cols - r.length).fill('')]);
  sheet.getRange(w.row, w.col, rows, cols).setValues(padded as (string | number)[][]);
};

const isTargetsOrConfig = (name: string): boolean => {
  const key = foldKey(name);
  return [layout.targets, layout.config].some((s) =>
    [s.sheet, ...s.synonyms].some((n) => foldKey(n) === key),
  );
};

/** Appends the ticked targets (indexes into the preview) and returns the message the dialog shows. */
export const appendChosen = (services: Services, ss: Spreadsheet, text: unknown, chosen: unknown): string => {
  const parsed = parsePlan(checkedText(text));
  const picks = Array.isArray(chosen) ? chosen.filter((i): i is number => Number.isInteger(i)) : [];
  const targets = parsed.targets.filter((_, i) => picks.includes(i));
  if (targets.length === 0) throw new UserError(targetImportText.dialog.noneChosen, 'NONE_CHOSEN');
  const lock = services.lock.getDocumentLock();
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new UserError(gasText.busy(menuLabels.importTargets), 'BUSY');
  try {
    // Only the two sheets this writes to are read: one call each.
    const { snapshot, sheets } = readWorkbook(ss, isTargetsOrConfig);
    const plan = planAppend(snapshot, targets, targetImportText.pastedPlan);
    if (plan.refusal) throw new UserError(plan.refusal, 'TARGETS_NO_HEADER');
    const targetSheet = sheets.get(plan.sheet) ?? ss.insertSheet(plan.sheet);
    if (plan.header) write(targetSheet, plan.header);
    if (plan.rows) write(targetSheet, plan.rows);
    const configSheet = plan.config ? sheets.get(plan.config.sheet) : undefined;
    if (plan.config && configSheet) write(configSheet, plan.config);
    services.spreadsheet.flush();
    return [
      ...plan.skipped.map((s) =>
        targetImportText.skipped(indicatorLabels[s.target.indicator], s.target.year, s.row),
      ),
      targetImportText.added(plan.rows?.values.length ?? 0, plan.sheet),
      plan.config
        ? targetImportText.configSet(plan.config.sheet, MANUAL_PRESET)
        : Object.keys(snapshot).some((n) => foldKey(n) === foldKey(layout.config.sheet))
          ? ''
          : targetImportText.noConfig,
    ]
      .filter((s) => s !== '')
      .join('\n');
  } finally {
    lock.releaseLock();
  }
};

// The small menu items: Thiết lập, Xóa đánh dấu, Hướng dẫn.
import { gasText } from '../../core/i18n/gas';
import { clearMarks } from '../marks/apply';
import type { MenuContext } from '../run';
import { addMissingSheets } from '../setup/apply';
import { sheetTemplates } from '../../core/templates/model';

export const setUp = (ctx: MenuContext): string[] => {
  const added = addMissingSheets(ctx.services.spreadsheet, ctx.ss, sheetTemplates());
  ctx.toast(gasText.setupDone(added));
  return added;
};

export const removeMarks = (ctx: MenuContext): number => {
  const n = clearMarks(ctx.ss, ctx.services.properties.getDocumentProperties());
  ctx.toast(gasText.clearDone(n));
  return n;
};

export const showHelp = (ctx: MenuContext): void => {
  ctx.ui().alert(gasText.helpTitle, gasText.help, ctx.ui().ButtonSet.OK);
};

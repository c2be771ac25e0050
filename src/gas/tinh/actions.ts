// The province project's menu items, wired to the roll-up slices, the report builder and the Docs renderer.
import { gasText } from '../../core/i18n/gas';
import { provinceGasText, provinceSidebarText } from '../../core/i18n/province-gas';
import { buildProvinceReport } from '../../core/province/report';
import { provinceTemplates } from '../../core/templates/province';
import { renderGoogleDoc } from '../docs/render';
import { UserError } from '../errors';
import { docUrl } from '../actions/report';
import type { MenuContext } from '../run';
import { addMissingSheets } from '../setup/apply';
import { scriptJson } from '../sidebar';
import { rollupSlice, storedRollup, type RollupProgress } from './rollup';
import type { ProvinceServices } from './services';

export const setUpProvince = (ctx: MenuContext): string[] => {
  const added = addMissingSheets(ctx.services.spreadsheet, ctx.ss, provinceTemplates());
  ctx.toast(provinceGasText.setupDone(added));
  return added;
};

const showProgress = (ctx: MenuContext, progress: RollupProgress): void => {
  const template = ctx.services.html.createTemplateFromFile('ReportProgress');
  (template as unknown as { data: string }).data = scriptJson({
    texts: provinceSidebarText,
    progress,
    step: 'tinhStep',
  });
  ctx.services.spreadsheet
    .getUi()
    .showSidebar(template.evaluate().setTitle(provinceGasText.rollupProgressTitle));
};

/** The first slice; a small province is done at once, a large one goes on from the progress sidebar. */
export const rollupMenu = (
  ctx: MenuContext,
  services: ProvinceServices,
  startedAt: number,
): RollupProgress => {
  ctx.toast(gasText.reading);
  const p = rollupSlice(ctx, services, startedAt);
  if (p.done) ctx.ui().alert(provinceGasText.rollupProgressTitle, p.message, ctx.ui().ButtonSet.OK);
  else showProgress(ctx, p);
  return p;
};

export const rollupStep = (
  ctx: MenuContext,
  services: ProvinceServices,
  startedAt: number,
): RollupProgress & { text: string } => {
  const p = rollupSlice(ctx, services, startedAt);
  return { ...p, text: p.done ? p.message : '' };
};

/** One document from the last complete roll-up: the communes are not read again. */
export const provinceReport = (ctx: MenuContext): string => {
  const stored = storedRollup(ctx);
  if (!stored) throw new UserError(provinceGasText.reportNeedsRollup, 'PROVINCE_NO_ROLLUP');
  const model = buildProvinceReport(stored.rollup, stored.settings);
  const doc = renderGoogleDoc(model, { DocumentApp: ctx.services.documents });
  const id = doc.getId();
  doc.saveAndClose();
  const url = docUrl(id);
  ctx.ui().alert(provinceGasText.reportDoneTitle, provinceGasText.reportDone(url), ctx.ui().ButtonSet.OK);
  return url;
};

export const provinceHelp = (ctx: MenuContext): void => {
  ctx.ui().alert(gasText.helpTitle, provinceGasText.help, ctx.ui().ButtonSet.OK);
};

// "Tạo báo cáo" wired to the report builders (core/report), Docs' size budget (core/report/split) and the
// Google Docs renderer (gas/docs); the menu starts a run, the progress sidebar drives the rest.
import { buildAllDocuments, buildChartModel } from '../core/report';
import { splitDocuments } from '../core/report/split';
import { DOCS_PAGE_NUMBER_HINT } from '../core/i18n/report';
import { gasText, reportSidebarText } from '../core/i18n/gas';
import { reportSlice, type ReportDeps, type ReportProgress } from './actions/report';
import { chartBlob } from './docs/chart';
import { renderGoogleDoc } from './docs/render';
import type { MenuContext } from './run';
import type { Services } from './services';
import { scriptJson } from './sidebar';

const deps = (ctx: MenuContext): ReportDeps => ({
  build: (result) => splitDocuments(buildAllDocuments(result)),
  chart: (result) => {
    const model = buildChartModel(result);
    return model.bars.length > 0 ? chartBlob(model, ctx.services.charts) : undefined;
  },
  render: (model, chartPng, target) => {
    renderGoogleDoc(
      model,
      chartPng
        ? { DocumentApp: ctx.services.documents, chartPng, target }
        : { DocumentApp: ctx.services.documents, target },
    );
  },
});

/** What the officer reads when the run is complete: links, page-number hint, leftovers if any. */
export const doneText = (p: ReportProgress): string =>
  [
    gasText.reportDone(p.docs),
    DOCS_PAGE_NUMBER_HINT,
    ...(p.leftovers.length > 0 ? [gasText.reportLeftovers(p.leftovers.map((d) => d.url))] : []),
  ].join('\n\n');

const showProgress = (services: Services, progress: ReportProgress): void => {
  const template = services.html.createTemplateFromFile('ReportProgress');
  (template as unknown as { data: string }).data = scriptJson({ texts: reportSidebarText, progress });
  services.spreadsheet.getUi().showSidebar(template.evaluate().setTitle(gasText.reportProgressTitle));
};

/** Tổng hợp → Tạo báo cáo: the first slice; done at once on a small commune, else the sidebar carries on. */
export const reportMenu = (ctx: MenuContext, startedAt: number): ReportProgress => {
  ctx.toast(gasText.reportCreating);
  const p = reportSlice(ctx, deps(ctx), startedAt);
  if (p.done) ctx.ui().alert(gasText.reportDoneTitle, doneText(p), ctx.ui().ButtonSet.OK);
  else showProgress(ctx.services, p);
  return p;
};

/** One slice from the sidebar (google.script.run): its own execution with its own 6 minutes. */
export const reportStep = (ctx: MenuContext, startedAt: number): ReportProgress & { text: string } => {
  const p = reportSlice(ctx, deps(ctx), startedAt);
  return { ...p, text: p.done ? doneText(p) : p.message };
};

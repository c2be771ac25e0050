// "Tạo báo cáo": the report documents built by core/report, rendered into Google Docs, remembered for "Gửi".
import { runEngine } from '../../core/engine';
import { gasText } from '../../core/i18n/gas';
import { DOCS_PAGE_NUMBER_HINT } from '../../core/i18n/report';
import type { DocModel } from '../../core/report/model';
import type { EngineResult } from '../../core/result';
import { UserError } from '../errors';
import type { MenuContext } from '../run';
import { readWorkbook } from '../workbook/read';

export interface CreatedDoc {
  name: string;
  id: string;
  url: string;
  /** ISO time of creation. */
  created: string;
}

export const REPORTS_KEY = 'kh.reports';

export interface ReportDeps {
  /** Every document of the report issue for this result. */
  build: (result: EngineResult) => DocModel[];
  /** Renders one model into a new Google Doc; `chart` is the PNG of the per-village chart. */
  render: (model: DocModel, chart: GoogleAppsScript.Base.BlobSource | undefined) => { getId(): string };
  /** The per-village chart of this result as a PNG, drawn once for every document that shows it. */
  chart: (result: EngineResult) => GoogleAppsScript.Base.BlobSource | undefined;
}

/** Built from the id: Document.getUrl() would be one more call per document for the same text. */
export const docUrl = (id: string): string => `https://docs.google.com/document/d/${id}/edit`;

export const savedReports = (props: GoogleAppsScript.Properties.Properties): CreatedDoc[] => {
  const raw = props.getProperty(REPORTS_KEY);
  if (!raw) return [];
  try {
    const list = JSON.parse(raw) as CreatedDoc[];
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
};

export const createReports = (ctx: MenuContext, deps: ReportDeps): CreatedDoc[] => {
  ctx.toast(gasText.reading);
  const { snapshot } = readWorkbook(ctx.ss);
  const result = runEngine(snapshot);
  if (result.blocking) throw new UserError(gasText.reportBlocked(result.errorCount), 'REPORT_BLOCKED');
  ctx.toast(gasText.reportCreating);
  const models = deps.build(result);
  const chart = deps.chart(result);
  const created = models.map((model): CreatedDoc => {
    const id = deps.render(model, chart).getId();
    return { name: model.name, id, url: docUrl(id), created: new Date().toISOString() };
  });
  ctx.services.properties.getDocumentProperties().setProperty(REPORTS_KEY, JSON.stringify(created));
  // Page numbers are the one part of the official layout Apps Script cannot insert: say how, once, here.
  ctx
    .ui()
    .alert(
      gasText.reportDoneTitle,
      `${gasText.reportDone(created)}\n\n${DOCS_PAGE_NUMBER_HINT}`,
      ctx.ui().ButtonSet.OK,
    );
  return created;
};

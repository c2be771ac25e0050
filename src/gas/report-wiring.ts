// "Tạo báo cáo" wired to the report builders (core/report) and the Google Docs renderer (gas/docs).
import { buildAllDocuments, buildChartModel } from '../core/report';
import { createReports, type CreatedDoc } from './actions/report';
import { chartBlob } from './docs/chart';
import { renderGoogleDoc } from './docs/render';
import type { MenuContext } from './run';

export const reportMenu = (ctx: MenuContext): CreatedDoc[] =>
  createReports(ctx, {
    build: (result) => buildAllDocuments(result),
    chart: (result) => {
      const model = buildChartModel(result);
      return model.bars.length > 0 ? chartBlob(model, ctx.services.charts) : undefined;
    },
    render: (model, chartPng) =>
      renderGoogleDoc(
        model,
        chartPng
          ? { DocumentApp: ctx.services.documents, chartPng }
          : { DocumentApp: ctx.services.documents },
      ),
  });

// Writes every document of a run into a folder as .docx: the report, the decision(s), the annex lists.
import { join } from 'node:path';
import { REPORT_ERRORS } from '../../core/i18n/report';
import { buildAllDocuments, buildChartModel } from '../../core/report';
import { ReportError } from '../../core/report/parts';
import type { EngineResult } from '../../core/result';
import { formatInt } from '../../core/text/format';
import { chartPng, progressChartPng } from '../chart/png';
import type { IndicatorProgress } from '../../core/history/progress';
import { buildProgressChartModel } from '../../core/report/progress-chart';
import { PROGRESS_CHART_KEY } from '../../core/report/progress';
import { writeFileAtomic } from '../fs/atomic';
import { renderDocx } from './render';

export interface WriteReportsOptions {
  /** Write even when the data still has errors (the report then says its figures are not final). */
  draft?: boolean;
  /** Progress from the workbook's "Lịch sử": the report gains its section and chart. */
  progress?: readonly IndicatorProgress[];
}

/**
 * Returns the paths written, in order. Errors in the data block the documents, as they block the report on
 * Google Sheets, unless a draft is asked for; the thrown ReportError carries a Vietnamese message.
 */
export const writeReports = async (
  result: EngineResult,
  outDir: string,
  opts: WriteReportsOptions = {},
): Promise<string[]> => {
  if (!result.config) throw new ReportError(REPORT_ERRORS.noConfig, { cause: { code: 'REPORT_NO_CONFIG' } });
  if (result.blocking && opts.draft !== true) {
    throw new ReportError(REPORT_ERRORS.blocked(formatInt(result.errorCount)), {
      cause: { code: 'REPORT_BLOCKED' },
    });
  }
  const images: Record<string, Uint8Array> = { chart: chartPng(buildChartModel(result)) };
  const progressModel = opts.progress ? buildProgressChartModel(opts.progress) : null;
  if (progressModel) images[PROGRESS_CHART_KEY] = progressChartPng(progressModel);
  const written: string[] = [];
  const docs = buildAllDocuments(result, opts.progress ? { progress: opts.progress } : {});
  for (const doc of docs) {
    const path = join(outDir, `${doc.fileStem}.docx`);
    await writeFileAtomic(path, () => renderDocx(doc, images));
    written.push(path);
  }
  return written;
};

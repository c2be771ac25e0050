// Writes every document of a run into a folder as .docx: the report, the decision(s), the annex lists.
import { join } from 'node:path';
import { REPORT_ERRORS } from '../../core/i18n/report';
import { buildAllDocuments, buildChartModel } from '../../core/report';
import { ReportError } from '../../core/report/parts';
import type { EngineResult } from '../../core/result';
import { formatInt } from '../../core/text/format';
import { chartPng } from '../chart/png';
import { writeFileAtomic } from '../fs/atomic';
import { renderDocx } from './render';

export interface WriteReportsOptions {
  /** Write even when the data still has errors (the report then says its figures are not final). */
  draft?: boolean;
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
  const images = { chart: chartPng(buildChartModel(result)) };
  const written: string[] = [];
  for (const doc of buildAllDocuments(result)) {
    const path = join(outDir, `${doc.fileStem}.docx`);
    await writeFileAtomic(path, () => renderDocx(doc, images));
    written.push(path);
  }
  return written;
};

// Every document of a run, in the order an officer needs them: the report, the decision(s), the lists.
import type { EngineResult } from '../result';
import { buildAnnualReport, type AnnualReportOptions } from './annual';
import { buildAnnexLists, buildDecisions } from './decision';
import type { DocModel } from './model';

export { buildAnnualReport } from './annual';
export { buildAnnexLists, buildDecisions } from './decision';
export { buildChartModel, chartSvg, type ChartModel } from './chart';
export type { DocModel } from './model';

export const buildAllDocuments = (result: EngineResult, opts: AnnualReportOptions = {}): DocModel[] => {
  const lists = buildAnnexLists(result);
  return [buildAnnualReport(result, opts), ...buildDecisions(result), ...(lists ? [lists] : [])];
};

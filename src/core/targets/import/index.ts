// Targets from a plan's text, for both shells: parse, show each with its sentence, append the chosen ones.
import { targetImportText, unresolvedText } from '../../i18n/targets-import';
import { indicatorLabels } from '../presets';
import { parsePlan, type ImportedTarget, type PlanImport } from './parse';

export { parsePlan } from './parse';
export type { ImportedTarget, PlanImport, UnresolvedReason, UnresolvedSentence } from './parse';
export { planAppend, targetCells, MANUAL_PRESET, type AppendPlan, type CellWrite } from './rows';

export interface PreviewRow {
  indicator: string;
  comparison: string;
  percent: string;
  year: number;
  scope: string;
  line: number;
  sentence: string;
  note: string;
}

export interface Preview {
  summary: string;
  rows: PreviewRow[];
  unresolved: { line: number; reason: string; sentence: string }[];
}

const percentText = (n: number): string => String(n).replace('.', ',');

export const previewRow = (t: ImportedTarget): PreviewRow => ({
  indicator:
    t.indicator === 'custom' ? `${indicatorLabels.custom}: ${t.label ?? ''}` : indicatorLabels[t.indicator],
  comparison: t.comparison === '>' ? '>' : '≥',
  percent: percentText(t.percent),
  year: t.year,
  scope: targetImportText.scope[t.scope],
  line: t.line,
  sentence: t.sentence,
  note: t.indicator === 'custom' ? targetImportText.customNote : '',
});

/** What the dialog and the command line show for a parse. */
export const previewOf = (parsed: PlanImport): Preview => ({
  summary: [
    parsed.period ? targetImportText.period(parsed.period.start, parsed.period.end) : '',
    targetImportText.found(parsed.targets.length),
  ]
    .filter((s) => s !== '')
    .join(' '),
  rows: parsed.targets.map(previewRow),
  unresolved: parsed.unresolved.map((u) => ({
    line: u.line,
    reason: unresolvedText[u.reason],
    sentence: u.sentence,
  })),
});

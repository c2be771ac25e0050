// Targets from a plan's text, for both shells: parse, show each with its sentence, append the chosen ones.
import { targetImportText, unresolvedText } from '../../i18n/targets-import';
import { indicatorLabels } from '../presets';
import { readConfig } from '../../config/read';
import { IssueLog } from '../../issues/make';
import type { WorkbookSnapshot } from '../../snapshot';
import type { ImportedTarget, PlanImport } from './parse';
import { planAppend } from './rows';

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
  /** Ticked at first: false for a target the "Chỉ tiêu" sheet already has. */
  ticked: boolean;
}

export interface Preview {
  summary: string;
  rows: PreviewRow[];
  /** What to check on "Cấu hình" so the engine compares with these targets. */
  notes: string[];
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
  ticked: true,
});

/** "Cấu hình" years that would make the engine ignore or refuse the imported targets. */
const configNotes = (snapshot: WorkbookSnapshot, parsed: PlanImport): string[] => {
  const config = readConfig(snapshot, new IssueLog());
  if (!config || parsed.targets.length === 0) return [];
  const notes: string[] = [];
  const { period } = parsed;
  const start = config.planStart;
  const end = config.planEnd;
  if (
    period &&
    ((start !== undefined && start !== period.start) || (end !== undefined && end !== period.end))
  )
    notes.push(
      targetImportText.periodDiffers(start ?? period.start, end ?? period.end, period.start, period.end),
    );
  const years = new Set(parsed.targets.map((t) => t.year));
  if (config.targetYear !== undefined && !years.has(config.targetYear))
    notes.push(
      targetImportText.targetYearMissing(
        config.targetYear,
        [...years].sort((a, b) => a - b),
      ),
    );
  return notes;
};

/** What the dialog and the command line show for a parse; with the workbook, rows it already has start unticked. */
export const previewOf = (parsed: PlanImport, snapshot?: WorkbookSnapshot): Preview => {
  const base = previewBase(parsed);
  if (!snapshot) return base;
  const skipped = new Map(planAppend(snapshot, parsed.targets, '').skipped.map((s) => [s.target, s.row]));
  return {
    ...base,
    rows: base.rows.map((r, i) => {
      const row = skipped.get(parsed.targets[i] as ImportedTarget);
      return row === undefined ? r : { ...r, ticked: false, note: targetImportText.alreadyThere(row) };
    }),
    notes: configNotes(snapshot, parsed),
  };
};

const previewBase = (parsed: PlanImport): Preview => ({
  summary: [
    parsed.period ? targetImportText.period(parsed.period.start, parsed.period.end) : '',
    targetImportText.found(parsed.targets.length),
  ]
    .filter((s) => s !== '')
    .join(' '),
  rows: parsed.targets.map(previewRow),
  notes: [],
  unresolved: parsed.unresolved.map((u) => ({
    line: u.line,
    reason: unresolvedText[u.reason],
    sentence: u.sentence,
  })),
});

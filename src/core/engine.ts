// The engine: one pure function from a workbook snapshot to issues, scored registers, tallies, targets and tables.
import { layout } from './layout';
import { readConfig } from './config/read';
import { readCriteria } from './criteria/read';
import { titleNames } from './criteria/sets';
import { IssueLog, sortIssues } from './issues/make';
import type { TitleCode } from './layout/schema';
import { buildProblems } from './output/problems';
import { buildSummary } from './output/summary';
import { buildRegisters } from './registers/build';
import { checkDigitalRecorded, crossCheck } from './registers/cross-check';
import { registerSpec } from './registers/read';
import type { EngineResult } from './result';
import type { WorkbookSnapshot } from './snapshot';
import { evidenceCoverage } from './tally/evidence';
import { tally } from './tally/tally';
import { evaluateTargets } from './targets/evaluate';
import { findPreset, targetPresets } from './targets/presets';
import { readTargets } from './targets/read';
import type { Target, TargetPreset } from './targets/schema';
import { decodeWorkbook } from './text/legacy-sheet';
import { columnLetter } from './text/a1';
import { foldKey } from './text/normalize';

export interface EngineOptions {
  /** The year whose targets to compare with (the CLI's --nam). */
  targetYear?: number;
  /** A preset id or name (the CLI's --ke-hoach); overrides the configuration. */
  presetId?: string;
}

const SHEET_ORDER = [
  layout.config.sheet,
  layout.targets.sheet,
  layout.criteria.sheet,
  ...layout.registers.map((r) => r.sheet),
].map(foldKey);
const sheetRank = (sheet: string): number => {
  const k = SHEET_ORDER.indexOf(foldKey(sheet));
  return k < 0 ? SHEET_ORDER.length : k;
};

interface TargetChoice {
  preset: TargetPreset | null;
  /** Every year's targets of the plan in use: progress follows them all. */
  all: Target[];
  period: { start: number; end: number } | null;
  targets: Target[];
  targetYear: number | null;
}

const chooseTargets = (
  options: EngineOptions,
  config: EngineResult['config'],
  sheetTargets: Target[],
  issues: IssueLog,
): TargetChoice => {
  const presetKey = options.presetId ?? config?.targetPreset;
  let preset: TargetPreset | null = null;
  if (presetKey !== undefined) {
    preset = findPreset(presetKey) ?? null;
    if (!preset) {
      issues.add(
        'UNKNOWN_PRESET',
        { sheet: layout.config.sheet },
        { options: targetPresets.map((p) => p.id).join(', ') },
        presetKey,
      );
    }
  }
  const all = preset ? preset.targets : sheetTargets;
  const years = [...new Set(all.map((t) => t.year))].sort((a, b) => a - b);
  const year = config?.year ?? null;
  const targetYear =
    options.targetYear ??
    config?.targetYear ??
    years.find((y) => year === null || y >= year) ??
    years[years.length - 1] ??
    null;
  const planStart = config?.planStart ?? preset?.planStart ?? years[0];
  const planEnd = config?.planEnd ?? preset?.planEnd ?? years[years.length - 1];
  const at = { sheet: layout.config.sheet };
  const period = planStart !== undefined && planEnd !== undefined ? { start: planStart, end: planEnd } : null;
  if (planStart !== undefined && planEnd !== undefined) {
    if (year !== null && (year < planStart || year > planEnd)) {
      issues.add('YEAR_OUTSIDE_PLAN', at, { start: planStart, end: planEnd }, String(year));
    }
    if (targetYear !== null && (targetYear < planStart || targetYear > planEnd)) {
      issues.add(
        'TARGET_YEAR_OUTSIDE_PLAN',
        at,
        { start: planStart, end: planEnd, options: years.join(', ') },
        String(targetYear),
      );
      return { preset, all, period, targets: [], targetYear };
    }
  }
  const targets = all.filter((t) => t.year === targetYear);
  if (targetYear === null || targets.length === 0) {
    // Without any target the year asked about is the evaluation year; without that either, the message says so.
    issues.add('NO_TARGETS_FOR_YEAR', at, { options: years.join(', ') }, String(targetYear ?? year ?? ''));
  }
  return { preset, all, period, targets, targetYear };
};

export const runEngine = (input: WorkbookSnapshot, options: EngineOptions = {}): EngineResult => {
  const issues = new IssueLog();
  // Legacy text is decided per column before anything is read: every reader then sees Unicode.
  const decoded = decodeWorkbook(input);
  const snapshot = decoded.snapshot;
  for (const c of decoded.columns) {
    const encoding = c.encoding === 'tcvn3' ? 'TCVN3 (ABC)' : 'VNI';
    const at = { sheet: c.sheet, row: c.example.row, col: c.col };
    // A column read as legacy text is named once, with its count; cells pasted into a Unicode column one by one.
    if (c.whole && c.cells > 1)
      issues.add(
        'LEGACY_COLUMN',
        at,
        { column: columnLetter(c.col), encoding, cells: c.cells, converted: c.example.to },
        c.example.from,
      );
    else
      for (const p of c.whole ? [c.example] : c.pasted)
        issues.add('LEGACY_TEXT', { ...at, row: p.row }, { encoding, converted: p.to }, p.from);
  }
  const config = readConfig(snapshot, issues);
  const criteria = readCriteria(snapshot, issues);
  const sheetTargets = readTargets(snapshot, issues).map((t) => t.target);
  const year = config?.year ?? null;
  const { registers, columnOf, assessed, evidenceColumn } = buildRegisters(snapshot, criteria, issues, {
    year,
    disadvantaged: config?.disadvantaged ?? false,
  });
  crossCheck(registers, issues, columnOf, year);
  checkDigitalRecorded(registers, issues, columnOf);

  const scoredBy: Record<TitleCode, readonly { assessment: { basis: string } }[]> = {
    family: registers.families,
    clan: registers.clans,
    community: registers.villages,
    unit: registers.units,
    citizen: registers.citizens,
  };
  // One cause, one line: every title scored by a sample set is named in a single warning.
  const onSample = (Object.keys(scoredBy) as TitleCode[]).filter(
    (title) =>
      criteria[title].example &&
      scoredBy[title].some((r) => r.assessment.basis === 'points' || r.assessment.basis === 'total'),
  );
  const firstOnSample = onSample[0];
  if (firstOnSample !== undefined) {
    issues.add(
      'CRITERIA_EXAMPLE',
      {
        sheet: onSample.length === 1 ? registerSpec(registerOf[firstOnSample]).sheet : layout.criteria.sheet,
      },
      { title: onSample.map((t) => titleNames[t]).join('", "') },
    );
  }

  const { villages, commune } = tally(registers, year, assessed);
  const choice = chooseTargets(options, config, sheetTargets, issues);
  const targets = evaluateTargets(choice.targets, villages, commune);
  const evidence = evidenceCoverage(registers, evidenceColumn);
  const sorted = sortIssues(issues.items, sheetRank);
  const errorCount = sorted.filter((i) => i.severity === 'error').length;
  const warningCount = sorted.length - errorCount;
  return {
    config,
    issues: sorted,
    errorCount,
    warningCount,
    blocking: errorCount > 0,
    registers,
    criteria,
    sampleCriteria: onSample,
    tally: { villages, commune },
    targetYear: choice.targetYear,
    preset: choice.preset,
    targets,
    evidence,
    planTargets: choice.all,
    planPeriod: choice.period,
    tables: {
      summary: buildSummary({
        config,
        villages,
        commune,
        targetYear: choice.targetYear,
        presetName: choice.preset?.name ?? null,
        targets,
        errorCount,
        warningCount,
        evidence,
      }),
      problems: buildProblems(sorted),
    },
  };
};

const registerOf: Record<TitleCode, 'families' | 'clans' | 'villages' | 'units' | 'citizens'> = {
  family: 'families',
  clan: 'clans',
  community: 'villages',
  unit: 'units',
  citizen: 'citizens',
};

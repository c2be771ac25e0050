// Reading the "Chỉ tiêu" sheet into targets; presets stand in when the sheet is empty or not chosen.
import { layout, type TargetColumnKey } from '../layout';
import { scopeTerms } from '../i18n/terms';
import type { IssueLog } from '../issues/make';
import { RowReader } from '../read/row';
import { findSheet, readTable } from '../read/table';
import type { WorkbookSnapshot } from '../snapshot';
import { closestMatch } from '../text/similar';
import { indicatorFromLabel, indicatorLabels } from './presets';
import { checkTarget } from './check';
import { TARGET_YEAR_MAX, TARGET_YEAR_MIN, type Target } from './schema';

export interface TargetRow {
  target: Target;
  row: number;
  sheet: string;
}

const SCOPES = [scopeTerms.commune, scopeTerms.everyVillage];

export const readTargets = (snapshot: WorkbookSnapshot, issues: IssueLog): TargetRow[] => {
  const spec = layout.targets;
  const sheet = findSheet(snapshot, [spec.sheet, ...spec.synonyms]);
  if (!sheet) return [];
  const table = readTable(snapshot, sheet, spec.columns, issues);
  if (!table) return [];
  const out: TargetRow[] = [];
  const seen = new Map<string, number>();
  for (const data of table.rows) {
    const r = new RowReader<TargetColumnKey>(table, data, issues);
    const label = r.text('indicator', true);
    const year = r.year('year');
    if (year === null && r.raw('year') === undefined)
      r.report('REQUIRED_EMPTY', 'year', {
        header: layout.targets.columns.find((c) => c.key === 'year')?.header ?? 'year',
      });
    const percent = r.number('percent', true);
    const comparison = r.option('comparison', ['≥', '>'], false, {
      '>=': '≥',
      'lon hon hoac bang': '≥',
      tren: '>',
      'lon hon': '>',
    });
    const scope = r.option('scope', SCOPES, false, {
      'toan phuong': scopeTerms.commune,
      'moi thon': scopeTerms.everyVillage,
      'tung to dan pho': scopeTerms.everyVillage,
      '100 thon': scopeTerms.everyVillage,
    });
    const numerator = r.number('numerator');
    const denominator = r.number('denominator');
    const customLabel = r.text('label');
    const source = r.text('source');
    if (label === null || year === null || percent === null) continue;
    const indicator = indicatorFromLabel(label);
    if (!indicator) {
      r.report(
        'TARGET_UNKNOWN_INDICATOR',
        'indicator',
        { suggestion: closestMatch(label, Object.values(indicatorLabels)) ?? '' },
        label,
      );
      continue;
    }
    // A year is read from 1900 on (birth years); a target's own range is narrower.
    if (year < TARGET_YEAR_MIN || year > TARGET_YEAR_MAX) {
      r.report('TARGET_BAD_YEAR', 'year', { min: TARGET_YEAR_MIN, max: TARGET_YEAR_MAX }, String(year));
      continue;
    }
    if (percent > 100) {
      r.report('TARGET_BAD_PERCENT', 'percent', {}, String(percent));
      continue;
    }
    if (indicator === 'custom') {
      if (numerator === null || denominator === null)
        r.report('TARGET_CUSTOM_NUMBERS', 'numerator', {}, customLabel ?? label);
      else if (numerator > denominator)
        r.report('TARGET_NUMERATOR_EXCEEDS', 'numerator', { denominator }, String(numerator));
    }
    const dupKey = `${indicator}|${year}|${indicator === 'custom' ? (customLabel ?? '') : ''}`;
    const first = seen.get(dupKey);
    if (first !== undefined) {
      r.report('TARGET_DUPLICATE', 'indicator', { year, firstRow: first }, label);
      continue;
    }
    seen.set(dupKey, data.row);
    const checked = checkTarget({
      indicator,
      year,
      percent,
      comparison: comparison === '>' ? '>' : '>=',
      scope: scope === scopeTerms.everyVillage ? 'everyVillage' : 'commune',
      ...(customLabel ? { label: customLabel } : {}),
      ...(numerator !== null ? { numerator } : {}),
      ...(denominator !== null ? { denominator } : {}),
      ...(source ? { source } : {}),
    });
    // Every rule of the schema is checked above with a located message: failing here is a bug, not bad input.
    if (!checked.success)
      throw new Error(
        `target out of range at ${checked.error.issues.map((i) => i.path.join('.')).join(', ')}`,
      );
    const target = checked.data;
    out.push({ target, row: data.row, sheet });
  }
  return out;
};

// A commune's own criteria sets from the "Bộ tiêu chí" sheet: they replace the shipped set of their title.
import { layout, type CriteriaColumnKey } from '../layout';
import type { IssueLog } from '../issues/make';
import type { TitleCode } from '../layout/schema';
import { RowReader } from '../read/row';
import { findSheet, readTable } from '../read/table';
import type { WorkbookSnapshot } from '../snapshot';
import { criteriaReasonText, criteriaSheetText } from '../i18n/criteria';
import { checkCriteriaSet } from './check';
import { criteriaProblemOf, maxPointsOf, type CriteriaItem, type CriteriaSet } from './schema';
import { defaultCriteriaSets, titleFromName, titleNames } from './sets';

interface Draft {
  firstRow: number;
  groups: Map<string, CriteriaItem[]>;
  passTotal: number | null;
}

export const readCriteria = (
  snapshot: WorkbookSnapshot,
  issues: IssueLog,
): Record<TitleCode, CriteriaSet> => {
  const sets: Record<TitleCode, CriteriaSet> = { ...defaultCriteriaSets };
  const spec = layout.criteria;
  const sheet = findSheet(snapshot, [spec.sheet, ...spec.synonyms]);
  if (!sheet) return sets;
  const table = readTable(snapshot, sheet, spec.columns, issues);
  if (!table) return sets;
  const drafts = new Map<TitleCode, Draft>();
  for (const data of table.rows) {
    const r = new RowReader<CriteriaColumnKey>(table, data, issues);
    const titleText = r.option('title', Object.values(titleNames), true);
    const code = r.text('code', true)?.toUpperCase().replace(/\s+/gu, '');
    const label = r.text('label', true);
    const max = r.number('max', true);
    const min = r.number('min');
    const mandatory = r.mark('mandatory') ?? false;
    const passTotal = r.number('passTotal');
    const group = r.text('group') ?? criteriaSheetText.defaultGroup;
    const title = titleText ? titleFromName(titleText) : undefined;
    if (!title || !code || !label || max === null) continue;
    const draft = drafts.get(title) ?? { firstRow: data.row, groups: new Map(), passTotal: null };
    drafts.set(title, draft);
    const items = draft.groups.get(group) ?? [];
    draft.groups.set(group, items);
    items.push({ code, label, max, mandatory, ...(min !== null ? { min } : {}) });
    if (passTotal !== null) draft.passTotal = Math.max(draft.passTotal ?? 0, passTotal);
  }
  for (const [title, draft] of drafts) {
    const shipped = defaultCriteriaSets[title];
    const parsed = checkCriteriaSet({
      id: `bo-tieu-chi-${title}`,
      title,
      name: criteriaSheetText.name(titleNames[title], sheet),
      issuer: criteriaSheetText.issuer(sheet),
      example: false,
      groups: [...draft.groups].map(([label, items]) => ({ label, items })),
      // The sheet has no column for ages: the shipped set's ages for the title stay.
      rules: {
        passTotal: draft.passTotal ?? defaultPass(shipped, draft),
        ...(shipped.rules.ages ? { ages: shipped.rules.ages } : {}),
      },
    });
    if (parsed.success) sets[title] = parsed.data;
    else {
      const reason = parsed.error.issues
        .map((i) => criteriaReasonText(criteriaProblemOf(i), i.path.join('.')))
        .join('; ');
      issues.add(
        'CRITERIA_BAD',
        { sheet, row: draft.firstRow },
        { title: titleNames[title], reason: `${reason}.` },
      );
    }
  }
  return sets;
};

/** Without a pass mark on the sheet, the shipped set's share of the maximum (80 of 100 → 80%) applies. */
const defaultPass = (shipped: CriteriaSet, draft: Draft): number => {
  const max = [...draft.groups.values()].flat().reduce((s, i) => s + i.max, 0);
  return Math.round((shipped.rules.passTotal / maxPointsOf(shipped)) * max * 10) / 10;
};

// Imported targets → the rows both shells append to "Chỉ tiêu", below what the officer typed, in the sheet's own
// column order; and the "Cấu hình" cell that makes the engine use that sheet.
import { layout } from '../../layout';
import { targetImportText } from '../../i18n/targets-import';
import { IssueLog } from '../../issues/make';
import { findHeader } from '../../read/headers';
import { findSheet } from '../../read/table';
import type { CellValue, SheetValues, WorkbookSnapshot } from '../../snapshot';
import { foldKey } from '../../text/normalize';
import { isBlank } from '../../text/values';
import { indicatorLabels } from '../presets';
import { readTargets } from '../read';
import type { ImportedTarget } from './parse';

export interface CellWrite {
  sheet: string;
  /** 1-based. */
  row: number;
  /** 1-based. */
  col: number;
  values: CellValue[][];
}

export interface AppendPlan {
  /** "Chỉ tiêu" as the workbook spells it; created by the shell when `create` is set. */
  sheet: string;
  create: boolean;
  /** The header row, written first when the sheet is new or empty. */
  header: CellWrite | null;
  /** One block: the chosen rows, from the first row under everything already in the sheet. */
  rows: CellWrite | null;
  /** Targets already in the sheet (same indicator and year): not written again. */
  skipped: { target: ImportedTarget; row: number }[];
  /** "Bộ chỉ tiêu" ← "Theo trang Chỉ tiêu"; null when the value is already there or there is no "Cấu hình". */
  config: CellWrite | null;
  /** Set when nothing can be written, with the reason to show. */
  refusal: string | null;
}

const columns = layout.targets.columns;
export const MANUAL_PRESET =
  layout.config.settings
    .find((s) => s.key === 'targetPreset')
    ?.options?.find((o) => foldKey(o) === 'theo trang chi tieu') ?? 'Theo trang Chỉ tiêu';

const lastUsedRow = (values: SheetValues): number => {
  for (let r = values.length - 1; r >= 0; r--) if ((values[r] ?? []).some((c) => !isBlank(c))) return r + 1;
  return 0;
};

const keyOf = (t: { indicator: string; year: number; label?: string | undefined }) =>
  `${t.indicator}|${t.year}|${t.indicator === 'custom' ? foldKey(t.label ?? '') : ''}`;

/** The cells of one row, by column key. */
export const targetCells = (t: ImportedTarget, source: string): Record<string, CellValue> => ({
  indicator: indicatorLabels[t.indicator],
  year: t.year,
  comparison: t.comparison === '>' ? '>' : '≥',
  percent: t.percent,
  scope: t.scope === 'everyVillage' ? 'Từng thôn' : 'Toàn xã',
  label: t.label ?? '',
  numerator: '',
  denominator: '',
  source: targetImportText.source(source, t.line, t.sentence),
});

/** Where the config value goes: the "Bộ chỉ tiêu" row's value cell, or a new row under the last one. */
const configWrite = (snapshot: WorkbookSnapshot): CellWrite | null => {
  const sheet = findSheet(snapshot, [layout.config.sheet, ...layout.config.synonyms]);
  if (!sheet) return null;
  const spec = layout.config.settings.find((s) => s.key === 'targetPreset');
  if (!spec) return null;
  const names = new Set([spec.label, ...spec.synonyms, spec.key].map(foldKey));
  const values = snapshot[sheet] ?? [];
  for (let r = 0; r < values.length; r++) {
    const cells = values[r] ?? [];
    const k = cells.findIndex((c) => !isBlank(c));
    if (k < 0 || !names.has(foldKey(String(cells[k]).replace(/[:*]+$/u, '')))) continue;
    if (foldKey(String(cells[k + 1] ?? '')) === foldKey(MANUAL_PRESET)) return null;
    return { sheet, row: r + 1, col: k + 2, values: [[MANUAL_PRESET]] };
  }
  return { sheet, row: lastUsedRow(values) + 1, col: 1, values: [[spec.label, MANUAL_PRESET]] };
};

/** What to write for the chosen targets; `source` names the plan ("ke-hoach-2026.docx"). */
export const planAppend = (
  snapshot: WorkbookSnapshot,
  chosen: readonly ImportedTarget[],
  source: string,
): AppendPlan => {
  const found = findSheet(snapshot, [layout.targets.sheet, ...layout.targets.synonyms]);
  const sheet = found ?? layout.targets.sheet;
  const values = found ? (snapshot[found] ?? []) : [];
  const used = lastUsedRow(values);
  const header = findHeader(values, columns);
  const plan: AppendPlan = {
    sheet,
    create: found === undefined,
    header: null,
    rows: null,
    skipped: [],
    config: configWrite(snapshot),
    refusal: null,
  };
  let colOf: ReadonlyMap<string, number>;
  let startRow: number;
  if (header && columns.filter((c) => c.required).every((c) => header.columns.has(c.key))) {
    colOf = header.columns;
    startRow = Math.max(used, header.lastHeaderRow + 1) + 1;
  } else if (used === 0) {
    colOf = new Map(columns.map((c, i) => [c.key, i]));
    plan.header = { sheet, row: 1, col: 1, values: [columns.map((c) => c.header)] };
    startRow = 2;
  } else {
    // The officer's sheet has content but no header we can read: writing under it could break it.
    return { ...plan, config: null, refusal: targetImportText.noHeader(sheet) };
  }

  const existing = new Map<string, number>();
  if (found) for (const r of readTargets(snapshot, new IssueLog())) existing.set(keyOf(r.target), r.row);
  const rows: ImportedTarget[] = [];
  for (const t of chosen) {
    const at = existing.get(keyOf(t));
    if (at !== undefined) {
      plan.skipped.push({ target: t, row: at });
      continue;
    }
    existing.set(keyOf(t), startRow + rows.length);
    rows.push(t);
  }
  if (rows.length > 0) {
    const width = Math.max(...colOf.values()) + 1;
    const block = rows.map((t) => {
      const cells = targetCells(t, source);
      const line: CellValue[] = new Array<CellValue>(width).fill('');
      for (const [key, col] of colOf) if (key in cells) line[col] = cells[key];
      return line;
    });
    plan.rows = { sheet, row: startRow, col: 1, values: block };
  }
  return plan;
};

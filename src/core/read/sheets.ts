// Finding each register's sheet by its name or, whatever its name, by a header row that matches the register;
// and saying what a workbook holds when something it needs is missing.
import { layout } from '../layout';
import type { CriteriaSet } from '../criteria/schema';
import { IssueLog } from '../issues/make';
import { registerColumns } from '../layout/columns';
import type { RegisterSpec, TitleCode } from '../layout/schema';
import type { WorkbookSnapshot } from '../snapshot';
import { formatInt } from '../text/format';
import { sheetNameKeys } from '../text/legacy-sheet';
import { foldKey } from '../text/normalize';
import { isBlank } from '../text/values';
import { villageKey } from '../text/village';
import { findHeader } from './headers';
import { readTable, type Table } from './table';

import type { RegisterKey } from '../layout/schema';
export type { RegisterKey };

export interface SheetCandidate {
  sheet: string;
  byContent: boolean;
}

/** What a register is called in a sentence, and the unit its rows count. */
export const registerWords: Record<RegisterKey, { list: string; unit: string }> = {
  villages: { list: 'thôn', unit: 'thôn' },
  families: { list: 'hộ', unit: 'hộ' },
  clans: { list: 'dòng họ', unit: 'dòng họ' },
  units: { list: 'đơn vị', unit: 'đơn vị' },
  citizens: { list: 'công dân', unit: 'công dân' },
};

const namesOf = (spec: { sheet: string; synonyms: readonly string[] }) =>
  [spec.sheet, ...spec.synonyms].map(foldKey);

/** Every name of a sheet the layout knows (settings, targets, criteria, owned sheets, registers). */
const knownNames = (): Set<string> =>
  new Set([
    ...namesOf(layout.config),
    ...namesOf(layout.targets),
    ...namesOf(layout.criteria),
    ...Object.values(layout.owned).map(foldKey),
    ...layout.registers.flatMap(namesOf),
  ]);

const nameMatches = (sheet: string, names: ReadonlySet<string>) =>
  sheetNameKeys(sheet).some((k) => names.has(k));

/**
 * Each register's candidate sheets: those named for it (the template's name first), then sheets named for no
 * register whose header row fits it best, with every required column.
 */
export const locateRegisters = (
  snapshot: WorkbookSnapshot,
  criteria: Record<TitleCode, CriteriaSet>,
): Record<RegisterKey, SheetCandidate[]> => {
  const out = {} as Record<RegisterKey, SheetCandidate[]>;
  const sheets = Object.keys(snapshot);
  for (const spec of layout.registers) {
    const own = new Set([foldKey(spec.sheet)]);
    const all = new Set(namesOf(spec));
    const named = [
      ...sheets.filter((s) => nameMatches(s, own)),
      ...sheets.filter((s) => !nameMatches(s, own) && nameMatches(s, all)),
    ];
    out[spec.key] = named.map((sheet) => ({ sheet, byContent: false }));
  }
  const known = knownNames();
  for (const sheet of sheets) {
    if (nameMatches(sheet, known)) continue;
    let best: { key: RegisterKey; size: number } | null = null;
    let tie = false;
    for (const spec of layout.registers) {
      const specs = registerColumns(spec, criteria[spec.title]);
      const h = findHeader(snapshot[sheet] ?? [], specs);
      if (!h || specs.some((s) => s.required && !h.columns.has(s.key))) continue;
      const size = h.columns.size;
      if (!best || size > best.size) {
        best = { key: spec.key, size };
        tie = false;
      } else if (size === best.size) tie = true;
    }
    if (best && !tie) out[best.key].push({ sheet, byContent: true });
  }
  return out;
};

/** Reads a candidate without reporting: to see whether it holds data. */
export const peekTable = (
  snapshot: WorkbookSnapshot,
  sheet: string,
  spec: RegisterSpec,
  set: CriteriaSet,
): Table | null => readTable(snapshot, sheet, registerColumns(spec, set), new IssueLog());

/** "Trang "DS ho gia dinh" là danh sách hộ: 25 hộ, 3 thôn" for every register found with rows. */
export const describeFound = (
  snapshot: WorkbookSnapshot,
  criteria: Record<TitleCode, CriteriaSet>,
  located: Record<RegisterKey, SheetCandidate[]>,
): string[] => {
  const out: string[] = [];
  for (const spec of layout.registers) {
    for (const c of located[spec.key]) {
      const table = peekTable(snapshot, c.sheet, spec, criteria[spec.title]);
      if (!table || table.rows.length === 0) continue;
      const words = registerWords[spec.key];
      const parts = [`${formatInt(table.rows.length)} ${words.unit}`];
      const col = table.columns.get(spec.key === 'clans' ? 'villages' : 'village');
      if (col !== undefined && spec.key !== 'villages') {
        const villages = new Set<string>();
        for (const r of table.rows) {
          const v = r.cells[col];
          if (!isBlank(v)) villages.add(villageKey(String(v)));
        }
        parts.push(`${formatInt(villages.size)} thôn`);
      }
      out.push(`Trang "${c.sheet}" là danh sách ${words.list}: ${parts.join(', ')}`);
    }
  }
  return out;
};

/**
 * Why a workbook cannot be summarised at all, or null: without the village sheet and the settings there is
 * no denominator and no commune, whatever lists it holds. Names what was found and what is missing.
 */
export const missingEssentials = (
  snapshot: WorkbookSnapshot,
  criteria: Record<TitleCode, CriteriaSet>,
): { found: string[]; missing: string[] } | null => {
  const located = locateRegisters(snapshot, criteria);
  const configNames = new Set(namesOf(layout.config));
  const hasConfig = Object.keys(snapshot).some((s) => nameMatches(s, configNames));
  if (hasConfig || located.villages.length > 0) return null;
  return {
    found: describeFound(snapshot, criteria, located),
    missing: [
      `trang "${layout.registers.find((r) => r.key === 'villages')?.sheet ?? 'Thôn'}" (tổng số hộ của từng thôn, mẫu số của mọi tỷ lệ)`,
      `trang "${layout.config.sheet}" (tên xã, tỉnh, năm đánh giá)`,
    ],
  };
};

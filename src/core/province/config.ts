// Reading the province's master workbook: "Cấu hình tỉnh" by label (as the commune's "Cấu hình" is read),
// "Danh sách xã" as a table, and the province's targets from a "Chỉ tiêu" sheet in the commune's layout.
// Problems are the engine's located issues (CONFIG_MISSING, HEADER_NOT_FOUND…), so they read the same everywhere.
import type { IssueLog } from '../issues/make';
import { communeListSheet, provinceConfigSheet } from '../layout/province-sheets';
import { RowReader } from '../read/row';
import { findSheet, readTable } from '../read/table';
import type { CellValue, WorkbookSnapshot } from '../snapshot';
import { readTargets } from '../targets/read';
import { cleanText, foldKey } from '../text/normalize';
import { isBlank, isSpreadsheetError, parseDate, parseYear } from '../text/values';
import type { ProvinceSettings } from './settings';

export interface ListedCommune {
  /** 1-based row on "Danh sách xã". */
  row: number;
  name: string;
  source: string;
}

export interface ProvinceMaster {
  /** null when "Cấu hình tỉnh" is missing or lacks the province or the year (the issues say which). */
  settings: ProvinceSettings | null;
  communes: ListedCommune[];
  hasList: boolean;
}

type Setting = (typeof provinceConfigSheet.settings)[number];

const textOf = (v: CellValue): string => cleanText(v instanceof Date ? '' : String(v ?? ''));
const listOf = (v: CellValue): string[] =>
  textOf(v)
    .split(/[;\n]/u)
    .map((x) => cleanText(x).replace(/^[-–•]\s*/u, ''))
    .filter((x) => x.length > 0);

/** Whether a workbook is a province master rather than a commune's: it has one of the province's own sheets. */
export const isProvinceMaster = (snapshot: WorkbookSnapshot): boolean =>
  findSheet(snapshot, [provinceConfigSheet.sheet, ...provinceConfigSheet.synonyms]) !== undefined ||
  findSheet(snapshot, [communeListSheet.sheet, ...communeListSheet.synonyms]) !== undefined;

const readSettings = (snapshot: WorkbookSnapshot, issues: IssueLog): ProvinceSettings | null => {
  const spec = provinceConfigSheet;
  const sheet = findSheet(snapshot, [spec.sheet, ...spec.synonyms]);
  if (!sheet) {
    issues.add('SHEET_MISSING', { sheet: spec.sheet });
    return null;
  }
  const index = new Map<string, Setting>();
  for (const s of spec.settings) for (const name of [s.label, ...s.synonyms]) index.set(foldKey(name), s);
  const found = new Map<Setting['key'], { value: CellValue; row: number; col: number }>();
  (snapshot[sheet] ?? []).forEach((cells, r) => {
    const k = cells.findIndex((c) => !isBlank(c));
    if (k < 0) return;
    const s = index.get(foldKey(textOf(cells[k]).replace(/[:*]+$/u, '')));
    if (s && !found.has(s.key)) found.set(s.key, { value: cells[k + 1], row: r + 1, col: k + 1 });
  });
  const values = new Map<Setting['key'], string | number | Date | string[]>();
  let ok = true;
  for (const s of spec.settings) {
    const hit = found.get(s.key);
    const at = hit ? { sheet, row: hit.row, col: hit.col } : { sheet };
    if (!hit || isBlank(hit.value) || isSpreadsheetError(hit.value)) {
      if (s.required) {
        issues.add('CONFIG_MISSING', at, { label: s.label, note: s.note });
        ok = false;
      }
      continue;
    }
    const parsed =
      s.kind === 'year'
        ? parseYear(hit.value)
        : s.kind === 'date'
          ? parseDate(hit.value)
          : { ok: true as const, value: s.kind === 'list' ? listOf(hit.value) : textOf(hit.value) };
    if (!parsed.ok) {
      issues.add('CONFIG_BAD_VALUE', at, { label: s.label, note: s.note }, textOf(hit.value));
      if (s.required) ok = false;
      continue;
    }
    values.set(s.key, parsed.value);
  }
  if (!ok) return null;
  const text = (k: Setting['key']) => {
    const v = values.get(k);
    return typeof v === 'string' ? v : '';
  };
  const list = (k: Setting['key']) => {
    const v = values.get(k);
    return Array.isArray(v) ? v : [];
  };
  const year = values.get('year');
  const targetYear = values.get('targetYear');
  const date = values.get('reportDate');
  return {
    // "tỉnh Thanh Hóa" typed in full still names Thanh Hóa once in every title.
    province: text('province').replace(/^tỉnh\s+/iu, ''),
    year: typeof year === 'number' ? year : 0,
    targetYear: typeof targetYear === 'number' ? targetYear : null,
    reportNumber: text('reportNumber'),
    ...(date instanceof Date ? { reportDate: date } : {}),
    reportSigner: text('reportSigner'),
    reportSignerTitle: list('reportSignerTitle'),
    recipients: list('recipients'),
    targets: readTargets(snapshot, issues).map((t) => t.target),
  };
};

const readList = (snapshot: WorkbookSnapshot, issues: IssueLog): ListedCommune[] | null => {
  const sheet = findSheet(snapshot, [communeListSheet.sheet, ...communeListSheet.synonyms]);
  if (!sheet) return null;
  const table = readTable(snapshot, sheet, communeListSheet.columns, issues);
  if (!table) return [];
  return table.rows.flatMap((data) => {
    const r = new RowReader<'index' | 'name' | 'source'>(table, data, issues);
    const source = r.text('source');
    return source === null ? [] : [{ row: data.row, name: r.text('name') ?? '', source }];
  });
};

export const readProvinceMaster = (snapshot: WorkbookSnapshot, issues: IssueLog): ProvinceMaster => {
  const list = readList(snapshot, issues);
  return { settings: readSettings(snapshot, issues), communes: list ?? [], hasList: list !== null };
};

/** The targets the roll-up compares with: the configured milestone's, or all (the roll-up picks the next one). */
export const targetsToCompare = (s: ProvinceSettings): ProvinceSettings['targets'] =>
  s.targetYear === null ? s.targets : s.targets.filter((t) => t.year === s.targetYear);

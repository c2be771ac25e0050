// "Đọc số liệu các xã và tổng hợp": each commune's "Số liệu gửi tỉnh" read through the Sheets API in slices,
// each well inside Apps Script's 6 minutes. What a commune gave is stored the moment it is read, in its own row
// of a hidden owned sheet (row = its place on the list), and the run's position in DocumentProperties after it:
// an interrupted execution resumes at the first commune not recorded, and a commune read twice overwrites its
// own row, so nothing is counted twice. The last slice adds up (core/province) and writes "Tổng hợp tỉnh".
import { provinceGasText } from '../../core/i18n/province-gas';
import { IssueLog } from '../../core/issues/make';
import { provinceOwnedSheets } from '../../core/layout/province-sheets';
import { readProvinceMaster, targetsToCompare, type ListedCommune } from '../../core/province/config';
import {
  keepForYear,
  rollUpProvince,
  type CommuneSource,
  type ProvinceRollup,
} from '../../core/province/rollup';
import type { ProvinceSettings } from '../../core/province/settings';
import { buildProvinceTable } from '../../core/province/table';
import { foldKey } from '../../core/text/normalize';
import { UserError } from '../errors';
import type { MenuContext } from '../run';
import type { Sheet } from '../services';
import { replaceCharts } from '../workbook/chart';
import { ensureOwnedSheetNamed } from '../workbook/owned';
import { readWorkbook } from '../workbook/read';
import { ensureGrid, writeTable } from '../workbook/write-table';
import { QuotaExceeded, fetchSummary } from './fetch';
import type { ProvinceServices } from './services';

export const ROLLUP_RUN_KEY = 'kh.tinh.run';
/** The last complete run: what "Tạo báo cáo" builds from, without reading the communes again. */
export const ROLLUP_DONE_KEY = 'kh.tinh.done';
/** No commune is started after this much of an execution (each read takes about a second). */
export const SLICE_START_LIMIT_MS = 150_000;
/** The Sheets API allows 60 reads per minute per user: one read every 1.1 s keeps a margin under it. */
export const MIN_READ_GAP_MS = 1_100;
/** After a quota error the sidebar waits this long before the next slice. */
export const QUOTA_WAIT_MS = 60_000;

const ROLES = { read: 'tinh.read', rollup: 'tinh.rollup' } as const;
const OWNED = new Set(Object.values(provinceOwnedSheets).map(foldKey));

export interface RollupProgress {
  done: boolean;
  completed: number;
  total: number;
  message: string;
  /** Set when Google's quota stopped the slice: the sidebar waits before asking again. */
  waitMs?: number;
}

interface RunRecord {
  fingerprint: string;
  year: number;
  total: number;
  next: number;
  /** When the last commune was read: the pace holds across executions, whose first read would otherwise not wait. */
  lastReadAt?: number;
}

const parse = <T>(raw: string | null): T | null => {
  if (!raw) return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
};

/** The run resumes only on the very list and year it started from. FNV-1a. */
const fingerprintOf = (year: number, communes: readonly ListedCommune[]): string => {
  let h = 0x811c9dc5;
  for (const ch of `${year}\n${communes.map((c) => `${c.row}\t${c.source}`).join('\n')}`)
    h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 0x01000193);
  return (h >>> 0).toString(16);
};

interface Master {
  settings: ProvinceSettings;
  communes: ListedCommune[];
  sheets: Map<string, Sheet>;
}

const readMaster = (ctx: MenuContext): Master => {
  const { snapshot, sheets } = readWorkbook(ctx.ss, (name) => !OWNED.has(foldKey(name)));
  const issues = new IssueLog();
  const master = readProvinceMaster(snapshot, issues);
  const errors = issues.items.filter((i) => i.severity === 'error');
  if (!master.settings || errors.length > 0)
    throw new UserError(
      provinceGasText.masterProblems(
        errors.map((i) => `${i.sheet}${i.cell ? ` ô ${i.cell}` : ''}: ${i.message} ${i.hint}`.trim()),
      ),
      'PROVINCE_MASTER',
    );
  if (master.communes.length === 0) throw new UserError(provinceGasText.noCommunes, 'PROVINCE_NO_COMMUNES');
  return { settings: master.settings, communes: master.communes, sheets };
};

interface Stored {
  row: number;
  source: string;
  fetched: CommuneSource['fetched'];
}

const storeSheet = (ctx: MenuContext, sheets: Map<string, Sheet>): Sheet => {
  const owned = ensureOwnedSheetNamed(ctx.ss, ROLES.read, provinceOwnedSheets.read, sheets);
  if (owned.fresh) owned.sheet.hideSheet();
  return owned.sheet;
};

/** The stored reads, in list order; null from the first row that is missing or not this list's commune. */
const storedReads = (sheet: Sheet, communes: readonly ListedCommune[]): (Stored | null)[] => {
  const values = sheet.getRange(1, 1, communes.length, 3).getValues();
  let broken = false;
  return communes.map((c, i) => {
    if (broken) return null;
    const [row, source, json] = values[i] ?? [];
    const fetched = parse<CommuneSource['fetched']>(typeof json === 'string' ? json : null);
    if (row !== c.row || source !== c.source || !fetched) {
      broken = true;
      return null;
    }
    return { row: c.row, source: c.source, fetched };
  });
};

const rollupOf = (master: Master, stored: readonly Stored[]): ProvinceRollup =>
  rollUpProvince(
    stored.map((s, i) => ({
      source: s.source,
      listedName: master.communes[i]?.name ?? '',
      listRow: s.row,
      fetched: s.fetched,
    })),
    master.settings.year,
    targetsToCompare(master.settings),
  );

const writeRollup = (ctx: MenuContext, master: Master, rollup: ProvinceRollup): void => {
  const owned = ensureOwnedSheetNamed(ctx.ss, ROLES.rollup, provinceOwnedSheets.rollup, master.sheets);
  const table = buildProvinceTable(rollup, master.settings.province);
  const gidOf = (name: string) => master.sheets.get(name)?.getSheetId() ?? null;
  writeTable(owned.sheet, table, gidOf, owned.fresh);
  replaceCharts(owned.sheet, table);
};

export const rollupSlice = (
  ctx: MenuContext,
  services: ProvinceServices,
  startedAt: number,
): RollupProgress => {
  const api = services.sheetsApi;
  if (!api) throw new UserError(provinceGasText.noSheetsService, 'PROVINCE_NO_SHEETS_API');
  const master = readMaster(ctx);
  const { communes, settings } = master;
  const props = ctx.services.properties.getDocumentProperties();
  const fingerprint = fingerprintOf(settings.year, communes);
  const store = storeSheet(ctx, master.sheets);
  let run = parse<RunRecord>(props.getProperty(ROLLUP_RUN_KEY));
  if (!run || run.fingerprint !== fingerprint || run.total !== communes.length) {
    run = { fingerprint, year: settings.year, total: communes.length, next: 0 };
    store.clear();
    ensureGrid(store, communes.length, 3);
    props.setProperty(ROLLUP_RUN_KEY, JSON.stringify(run));
  }
  let readNow = 0;
  let waitMs: number | undefined;
  while (run.next < run.total) {
    if (readNow > 0 && Date.now() - startedAt > SLICE_START_LIMIT_MS) break;
    const c = communes[run.next] as ListedCommune;
    const gap = Date.now() - (run.lastReadAt ?? 0);
    if (gap >= 0 && gap < MIN_READ_GAP_MS) services.sleep(MIN_READ_GAP_MS - gap);
    run.lastReadAt = Date.now();
    let fetched: CommuneSource['fetched'];
    try {
      fetched = keepForYear(fetchSummary(api, c.source), settings.year);
    } catch (err) {
      if (!(err instanceof QuotaExceeded)) throw err;
      waitMs = QUOTA_WAIT_MS;
      break;
    }
    // The row first, then the position: killed in between, the commune is read again into the same row.
    store.getRange(run.next + 1, 1, 1, 3).setValues([[c.row, c.source, JSON.stringify(fetched)]]);
    run.next += 1;
    props.setProperty(ROLLUP_RUN_KEY, JSON.stringify(run));
    readNow += 1;
  }
  if (run.next < run.total) {
    const c = communes[run.next];
    return {
      done: false,
      completed: run.next,
      total: run.total,
      message: waitMs ? provinceGasText.quota : provinceGasText.reading(run.next, run.total, c?.name ?? ''),
      ...(waitMs ? { waitMs } : {}),
    };
  }
  const reads = storedReads(store, communes);
  const firstMissing = reads.findIndex((r) => r === null);
  if (firstMissing >= 0) {
    // The store lost rows (edited or cleared by hand): read again from there.
    run.next = firstMissing;
    props.setProperty(ROLLUP_RUN_KEY, JSON.stringify(run));
    return {
      done: false,
      completed: run.next,
      total: run.total,
      message: provinceGasText.reading(run.next, run.total, communes[run.next]?.name ?? ''),
    };
  }
  const rollup = rollupOf(master, reads as Stored[]);
  writeRollup(ctx, master, rollup);
  props.setProperty(ROLLUP_DONE_KEY, JSON.stringify({ fingerprint, year: settings.year }));
  props.deleteProperty(ROLLUP_RUN_KEY);
  return {
    done: true,
    completed: run.total,
    total: run.total,
    message: provinceGasText.readingDone(rollup.counts.read, run.total),
  };
};

/** The last complete roll-up of the list as it is now, from the store; null when there is none. */
export const storedRollup = (
  ctx: MenuContext,
): { rollup: ProvinceRollup; settings: ProvinceSettings } | null => {
  const master = readMaster(ctx);
  const props = ctx.services.properties.getDocumentProperties();
  const done = parse<{ fingerprint: string; year: number }>(props.getProperty(ROLLUP_DONE_KEY));
  if (!done || done.fingerprint !== fingerprintOf(master.settings.year, master.communes)) return null;
  const reads = storedReads(storeSheet(ctx, master.sheets), master.communes);
  if (reads.some((r) => r === null)) return null;
  return { rollup: rollupOf(master, reads as Stored[]), settings: master.settings };
};

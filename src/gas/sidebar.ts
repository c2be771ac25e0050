// The problems sidebar: its data (texts included) computed here, the page only lays it out. With thousands of
// problems it stays usable: problems are grouped by sheet and kind (each group with its count), the page shows
// them a page at a time and filters by group, and only the first gasText.sidebarLimit travel to the browser.
import { gasText, sidebarText } from '../core/i18n/gas';
import type { Issue } from '../core/issues/issue';
import { formatInt } from '../core/text/format';
import { UserError } from './errors';
import type { Services, Spreadsheet } from './services';

export interface SidebarItem {
  sheet: string;
  cell: string | null;
  severity: Issue['severity'];
  message: string;
  hint: string;
  /** Index into `groups`. */
  group: number;
}

export interface SidebarGroup {
  severity: Issue['severity'];
  /** "Lỗi · Gia đình · 1.234: <the first problem's message>" */
  label: string;
  count: number;
}

export interface SidebarData {
  texts: Omit<typeof sidebarText, 'summary'>;
  summary: string;
  more: string;
  pageSize: number;
  groups: SidebarGroup[];
  items: SidebarItem[];
}

export const SIDEBAR_PAGE_SIZE = 50;

const rowOf = (i: Issue): number => i.row ?? 0;

export const sidebarData = (issues: readonly Issue[], limit: number = gasText.sidebarLimit): SidebarData => {
  const errors = issues.filter((i) => i.severity === 'error').length;
  // Errors first (they block the report), then by sheet and row, so a page reads like the sheet.
  const ordered = issues
    .map((issue, at) => ({ issue, at }))
    .sort(
      (a, b) =>
        (a.issue.severity === b.issue.severity ? 0 : a.issue.severity === 'error' ? -1 : 1) ||
        (a.issue.sheet < b.issue.sheet ? -1 : a.issue.sheet > b.issue.sheet ? 1 : 0) ||
        rowOf(a.issue) - rowOf(b.issue) ||
        a.at - b.at,
    )
    .map((x) => x.issue);
  const groupAt = new Map<string, number>();
  const groups: (SidebarGroup & { sheet: string; message: string })[] = [];
  const groupOf = (i: Issue): number => {
    const key = `${i.severity}\u0000${i.sheet}\u0000${i.code}`;
    let g = groupAt.get(key);
    if (g === undefined) {
      g = groups.length;
      groupAt.set(key, g);
      groups.push({ severity: i.severity, sheet: i.sheet, message: i.message, label: '', count: 0 });
    }
    (groups[g] as SidebarGroup).count += 1;
    return g;
  };
  const items = ordered.map((i) => ({
    sheet: i.sheet,
    cell: i.cell,
    severity: i.severity,
    message: i.message,
    hint: i.hint,
    group: groupOf(i),
  }));
  const { summary, ...texts } = sidebarText;
  return {
    texts,
    summary: summary(errors, issues.length - errors),
    more: issues.length > limit ? gasText.sidebarMore(formatInt(issues.length - limit)) : '',
    pageSize: SIDEBAR_PAGE_SIZE,
    groups: groups.map((g) => ({
      severity: g.severity,
      count: g.count,
      label: `${g.severity === 'error' ? texts.error : texts.warning} · ${g.sheet} · ${formatInt(g.count)}: ${g.message}`,
    })),
    items: items.slice(0, limit),
  };
};

/** JSON that is safe inside a <script> element. */
export const scriptJson = (value: unknown): string =>
  JSON.stringify(value)
    .replace(/</gu, '\\u003c')
    .replace(/\u2028/gu, '\\u2028')
    .replace(/\u2029/gu, '\\u2029');

export const showSidebar = (services: Services, issues: readonly Issue[]): void => {
  const template = services.html.createTemplateFromFile('Sidebar');
  (template as unknown as { data: string }).data = scriptJson(sidebarData(issues));
  const output = template.evaluate().setTitle(gasText.sidebarTitle);
  services.spreadsheet.getUi().showSidebar(output);
};

/** Sidebar callback: selects the cell of a problem. */
export const selectCell = (ss: Spreadsheet, sheetName: string, a1: string): void => {
  const sheet = ss.getSheetByName(String(sheetName));
  if (!sheet) throw new UserError(gasText.sheetGone(String(sheetName)), 'SHEET_GONE');
  sheet.getRange(String(a1)).activate();
};

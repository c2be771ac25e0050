// The problems sidebar: its data (texts included) computed here, the page only lays it out.
import { gasText, sidebarText } from '../core/i18n/gas';
import type { Issue } from '../core/issues/issue';
import { UserError } from './errors';
import type { Services, Spreadsheet } from './services';

export interface SidebarItem {
  sheet: string;
  cell: string | null;
  severity: Issue['severity'];
  message: string;
  hint: string;
}

export interface SidebarData {
  texts: Omit<typeof sidebarText, 'summary'>;
  summary: string;
  more: string;
  items: SidebarItem[];
}

export const sidebarData = (issues: readonly Issue[], limit: number = gasText.sidebarLimit): SidebarData => {
  const errors = issues.filter((i) => i.severity === 'error').length;
  // Errors first: they block the report.
  const ordered = [...issues].sort((a, b) =>
    a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1,
  );
  const { summary, ...texts } = sidebarText;
  return {
    texts,
    summary: summary(errors, issues.length - errors),
    more: issues.length > limit ? gasText.sidebarMore(issues.length - limit) : '',
    items: ordered
      .slice(0, limit)
      .map((i) => ({ sheet: i.sheet, cell: i.cell, severity: i.severity, message: i.message, hint: i.hint })),
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

// Builds located issues from the catalog; the only place that turns a code into Vietnamese text.
import { issueCatalog, type IssueCode, type IssueParams } from '../i18n/issues';
import { a1, columnLetter } from '../text/a1';
import type { Issue } from './issue';

export interface Location {
  sheet: string;
  /** 1-based sheet row. */
  row?: number | null;
  /** 0-based column index. */
  col?: number | null;
}

/** The params and the value after the code: params may be left out only by codes that need none. */
export type IssueArgs<C extends IssueCode> =
  Record<never, never> extends IssueParams<C>
    ? [params?: IssueParams<C>, value?: string]
    : [params: IssueParams<C>, value?: string];

export const makeIssue = <C extends IssueCode>(code: C, at: Location, ...args: IssueArgs<C>): Issue => {
  const [params = {} as IssueParams<C>, value = ''] = args;
  const entry = issueCatalog[code];
  const row = at.row ?? null;
  const col = at.col ?? null;
  const all = { ...params, sheet: at.sheet, value };
  // A generic code cannot narrow the Issue union by itself; the entry and the params above are typed by C.
  return {
    code,
    params,
    severity: entry.severity,
    sheet: at.sheet,
    row,
    column: col === null ? null : columnLetter(col),
    cell: row !== null && col !== null ? a1(row, col) : null,
    value,
    message: entry.message(all),
    hint: entry.hint(all),
  } as Issue;
};

/** Collects issues while reading; order of discovery is kept and sorted once at the end. */
export class IssueLog {
  readonly items: Issue[] = [];
  add<C extends IssueCode>(code: C, at: Location, ...args: IssueArgs<C>): void {
    this.items.push(makeIssue(code, at, ...args));
  }
}

const sheetOrder = (i: Issue) => i.sheet;
/** Stable, row-order-independent presentation: by sheet, row, column, code. */
export const sortIssues = (issues: readonly Issue[], sheetRank: (sheet: string) => number): Issue[] =>
  [...issues].sort(
    (a, b) =>
      sheetRank(sheetOrder(a)) - sheetRank(sheetOrder(b)) ||
      (a.row ?? 0) - (b.row ?? 0) ||
      (a.column ?? '').length - (b.column ?? '').length ||
      (a.column ?? '').localeCompare(b.column ?? '') ||
      a.code.localeCompare(b.code) ||
      a.message.localeCompare(b.message),
  );

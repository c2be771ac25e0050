// Problems are data: located, in Vietnamese, with what to do. Validation never throws for bad input.
import type { IssueCode, IssueParams } from '../i18n/issues';

export type Severity = 'error' | 'warning';

interface Located {
  severity: Severity;
  sheet: string;
  /** 1-based row on the sheet; null for a whole-sheet or whole-workbook problem. */
  row: number | null;
  /** Column letter ("C"); null when the problem is the row or the sheet. */
  column: string | null;
  /** A1 address ("C5") when row and column are known. */
  cell: string | null;
  /** The value as the user typed it, shown back to them. */
  value: string;
  message: string;
  hint: string;
}

/** One issue, its params typed by its code: a discriminated union on `code`, as zod types its issues. */
export type Issue = { [C in IssueCode]: Located & { code: C; params: IssueParams<C> } }[IssueCode];

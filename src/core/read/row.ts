// Reading one register row's cells by column key: coercion of what people type, with a located issue per problem.
import type { IssueCode } from '../i18n/issues';
import type { IssueArgs, IssueLog } from '../issues/make';
import type { CellValue } from '../snapshot';
import { cleanText } from '../text/normalize';
import { closestMatch } from '../text/similar';
import { foldKey } from '../text/normalize';
import {
  COUNT_MAX,
  isBlank,
  isPlausibleCount,
  isSpreadsheetError,
  plainNumber,
  parseInteger,
  parseMark,
  parseNumber,
  parseYear,
  type Parsed,
} from '../text/values';
import { type CellRead, indicatorCell, type Outcome, pointsCell, resultCell } from './cells';
import { formatInt } from '../text/format';
import type { DataRow, Table } from './table';

export type { Outcome } from './cells';

/** Folded options of each dropdown list, built once per list. */
const foldedOptions = new WeakMap<readonly string[], Map<string, string>>();
const optionIndex = (options: readonly string[]): Map<string, string> => {
  let index = foldedOptions.get(options);
  if (!index) {
    index = new Map(options.map((o) => [foldKey(o), o]));
    foldedOptions.set(options, index);
  }
  return index;
};
const foldMemo = new Map<string, string>();
/** Dropdown values repeat on every row; folding each distinct spelling once is enough. */
const foldCached = (text: string): string => {
  let k = foldMemo.get(text);
  if (k === undefined) {
    if (foldMemo.size > 5000) foldMemo.clear();
    k = foldKey(text);
    foldMemo.set(text, k);
  }
  return k;
};

const shown = (v: CellValue): string => {
  if (v instanceof Date)
    return `${String(v.getDate()).padStart(2, '0')}/${String(v.getMonth() + 1).padStart(2, '0')}/${v.getFullYear()}`;
  if (typeof v === 'number') return plainNumber(v);
  // As both spreadsheets show a logical cell.
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return v === null || v === undefined ? '' : String(v);
};

/**
 * One row, read by column key. `K` is the union of the sheet's column keys (from the layout data), so reading
 * a column the sheet does not have is a compile error, not a silent null.
 */
export class RowReader<K extends string = string> {
  constructor(
    private readonly table: Table,
    readonly data: DataRow,
    private readonly issues: IssueLog,
  ) {}

  get row(): number {
    return this.data.row;
  }

  get sheet(): string {
    return this.table.sheet;
  }

  has(key: K): boolean {
    return this.table.columns.has(key);
  }

  col(key: K): number | null {
    return this.table.columns.get(key) ?? null;
  }

  raw(key: K): CellValue {
    const c = this.table.columns.get(key);
    return c === undefined ? undefined : this.data.cells[c];
  }

  private header(key: K): string {
    return this.table.specs.get(key)?.header ?? key;
  }

  private at(key: K) {
    return { sheet: this.table.sheet, row: this.data.row, col: this.col(key) };
  }

  /** Blank, or an error value already reported: either way there is nothing to read. */
  private absent(key: K, required: boolean): boolean {
    const v = this.raw(key);
    if (isSpreadsheetError(v)) {
      this.issues.add('SPREADSHEET_ERROR', this.at(key), { header: this.header(key) }, shown(v));
      return true;
    }
    if (isBlank(v)) {
      if (required) this.issues.add('REQUIRED_EMPTY', this.at(key), { header: this.header(key) });
      return true;
    }
    return false;
  }

  text(key: K, required = false): string | null {
    if (this.absent(key, required)) return null;
    const v = this.raw(key);
    // Legacy text was decoded column by column before reading (text/legacy-sheet.ts).
    return cleanText(shown(v));
  }

  private numeric(
    key: K,
    required: boolean,
    parse: (v: CellValue) => Parsed<number>,
    code: 'NOT_A_NUMBER' | 'NOT_AN_INTEGER',
  ) {
    if (this.absent(key, required)) return null;
    const v = this.raw(key);
    const parsed = parse(v);
    if (!parsed.ok) {
      this.issues.add(code, this.at(key), { header: this.header(key) }, shown(v));
      return null;
    }
    if (parsed.value < 0) {
      this.issues.add('NEGATIVE_NUMBER', this.at(key), { header: this.header(key) }, shown(v));
      return null;
    }
    return parsed.value;
  }

  number(key: K, required = false): number | null {
    return this.numeric(key, required, parseNumber, 'NOT_A_NUMBER');
  }

  /** A count (households, people, staff): a whole number from 0 to COUNT_MAX. */
  integer(key: K, required = false): number | null {
    const n = this.numeric(key, required, parseInteger, 'NOT_AN_INTEGER');
    if (n !== null && !isPlausibleCount(n)) {
      this.issues.add(
        'COUNT_IMPLAUSIBLE',
        this.at(key),
        { header: this.header(key), max: formatInt(COUNT_MAX) },
        shown(this.raw(key)),
      );
      return null;
    }
    return n;
  }

  /** A cell read by one of the shared cell readers (read/cells.ts), its problem reported at the cell. */
  private cell<T>(key: K, read: (v: CellValue) => CellRead<T>): T | null {
    const v = this.raw(key);
    const r = read(v);
    if (r.ok) return r.value;
    const { code, ...params } = r.problem;
    this.issues.add(code, this.at(key), { header: this.header(key), ...params }, shown(v));
    return null;
  }

  /** Points of a criteria item, checked against the item's maximum. */
  points(key: K, max: number): number | null {
    return this.cell(key, (v) => pointsCell(v, max));
  }

  /** A pass/fail indicator (no points): met is 1, not met is 0, so it sits beside points in the same record. */
  indicator(key: K): number | null {
    return this.cell(key, indicatorCell);
  }

  mark(key: K): boolean | null {
    if (this.absent(key, false)) return null;
    const v = this.raw(key);
    const parsed = parseMark(v);
    if (!parsed.ok) {
      this.issues.add('BAD_MARK', this.at(key), { header: this.header(key) }, shown(v));
      return null;
    }
    return parsed.value;
  }

  result(key: K): { outcome: Outcome; band: string | null } | null {
    return this.cell(key, resultCell);
  }

  year(key: K): number | null {
    if (this.absent(key, false)) return null;
    const v = this.raw(key);
    const parsed = parseYear(v);
    if (!parsed.ok) {
      this.issues.add('BAD_YEAR', this.at(key), { header: this.header(key) }, shown(v));
      return null;
    }
    return parsed.value;
  }

  /** One of a dropdown's options, matched ignoring case and diacritics; returns the option as the layout spells it. */
  option(
    key: K,
    options: readonly string[],
    required = false,
    aliases: Readonly<Record<string, string>> = {},
  ): string | null {
    const text = this.text(key, required);
    if (text === null) return null;
    // Symbols such as "≥" and ">" fold to nothing: match them as typed before folding.
    if (options.includes(text)) return text;
    const k = foldCached(text);
    const hit = (k === '' ? undefined : optionIndex(options).get(k)) ?? aliases[k] ?? aliases[text];
    if (hit) return hit;
    const suggestion = closestMatch(text, options) ?? '';
    this.issues.add(
      'BAD_OPTION',
      this.at(key),
      { header: this.header(key), options: options.join(', '), suggestion },
      text,
    );
    return null;
  }

  url(key: K): string | null {
    const text = this.text(key);
    if (text === null) return null;
    if (!/^https?:\/\/\S+$/iu.test(text)) {
      this.issues.add('BAD_URL', this.at(key), {}, text);
      return null;
    }
    return text;
  }

  report<C extends IssueCode>(code: C, key: K | null, ...args: IssueArgs<C>): void {
    this.issues.add(
      code,
      key === null ? { sheet: this.table.sheet, row: this.data.row } : this.at(key),
      ...args,
    );
  }
}

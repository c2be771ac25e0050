// In-memory SpreadsheetApp: as strict as the real one where our code could go wrong (shapes, bounds, names).
import type { CellValue, WorkbookSnapshot } from '../../../src/core/snapshot';
import { columnIndex, columnLetter } from '../../../src/core/text/a1';
import { LIMITS, LIMIT_ERRORS } from './cost-model';
import { Fake, rawOf, type Realm } from './tracker';
import { FakeUi } from './ui';

type GRange = GoogleAppsScript.Spreadsheet.Range;
type GSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;
/** Parameters of a real method: names and argument types cannot drift from @types/google-apps-script. */
type Args<T, K extends keyof T> = T[K] extends (...a: infer A) => unknown ? A : never;

/** What a cell holds; dates kept as times so each realm gets its own Date. */
type Stored = string | number | boolean | { date: number };

const DEFAULT_BG = '#ffffff';
const DEFAULT_ROWS: number = LIMITS.newSheetRows;
const DEFAULT_COLS: number = LIMITS.newSheetCols;

export interface CellFormat {
  background: string;
  note: string;
  fontWeight: string;
  numberFormat: string;
  formula: string;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrap: boolean;
  /** Sides with a solid line: Sheets draws a border once between two cells, the fake records it on both. */
  border: { top: boolean; left: boolean; bottom: boolean; right: boolean };
}

const blankFormat = (): CellFormat => ({
  background: DEFAULT_BG,
  note: '',
  fontWeight: 'normal',
  numberFormat: '',
  formula: '',
  horizontalAlignment: 'general',
  verticalAlignment: 'bottom',
  wrap: false,
  border: { top: false, left: false, bottom: false, right: false },
});
const HORIZONTAL = new Set(['left', 'center', 'normal', 'right']);
const VERTICAL = new Set(['top', 'middle', 'bottom']);

export class FakeValidation extends Fake {
  readonly kind = 'DataValidation';
  constructor(
    readonly values: string[],
    readonly allowInvalid: boolean,
    readonly helpText: string,
    /** For requireValueInRange: the source as "Sheet!A1:A9". */
    readonly range: string | null = null,
  ) {
    super();
  }
}

export class FakeValidationBuilder extends Fake {
  readonly kind = 'DataValidationBuilder';
  private values: string[] = [];
  private allow = true;
  private help = '';
  private range: string | null = null;
  requireValueInList(
    ...[values]: Args<GoogleAppsScript.Spreadsheet.DataValidationBuilder, 'requireValueInList'>
  ): this {
    this.values = [...values];
    return this;
  }
  requireValueInRange(
    ...[range]: Args<GoogleAppsScript.Spreadsheet.DataValidationBuilder, 'requireValueInRange'>
  ): this {
    const r = rawOf(range) as unknown as FakeRange;
    this.range = `${r.getSheet().getName()}!${r.getA1Notation()}`;
    return this;
  }
  setAllowInvalid(
    ...[allow]: Args<GoogleAppsScript.Spreadsheet.DataValidationBuilder, 'setAllowInvalid'>
  ): this {
    this.allow = allow;
    return this;
  }
  setHelpText(...[text]: Args<GoogleAppsScript.Spreadsheet.DataValidationBuilder, 'setHelpText'>): this {
    this.help = text;
    return this;
  }
  build(): FakeValidation {
    return new FakeValidation(this.values, this.allow, this.help, this.range);
  }
}

export class FakeChart extends Fake {
  readonly kind = 'EmbeddedChart';
  constructor(
    readonly type: string,
    readonly title: string,
    readonly ranges: string[],
    readonly position: [number, number],
    readonly numHeaders: number,
    /** setTransposeRowsAndColumns: series taken from rows. */
    readonly transposed: boolean,
    /** setOption's values by option name, as given. */
    readonly options: Readonly<Record<string, unknown>>,
  ) {
    super();
  }
}

export class FakeChartBuilder extends Fake {
  readonly kind = 'EmbeddedChartBuilder';
  private type = 'none';
  private title = '';
  private ranges: string[] = [];
  private position: [number, number] = [1, 1];
  private headers = -1;
  private transposed = false;
  private options: Record<string, unknown> = {};
  asColumnChart(): this {
    this.type = 'column';
    return this;
  }
  asLineChart(): this {
    this.type = 'line';
    return this;
  }
  setTitle(...[title]: Args<GoogleAppsScript.Spreadsheet.EmbeddedColumnChartBuilder, 'setTitle'>): this {
    this.title = title;
    return this;
  }
  addRange(range: FakeRange): this {
    this.ranges.push(rawOf(range).getA1Notation());
    return this;
  }
  setNumHeaders(...[n]: Args<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder, 'setNumHeaders'>): this {
    this.headers = n;
    return this;
  }
  setTransposeRowsAndColumns(
    ...[transpose]: Args<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder, 'setTransposeRowsAndColumns'>
  ): this {
    this.transposed = transpose;
    return this;
  }
  setOption(...[option, value]: Args<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder, 'setOption'>): this {
    // The chart keeps what it was given; a later builder's change must not reach it.
    this.options[option] = JSON.parse(JSON.stringify(value)) as unknown;
    return this;
  }
  setPosition(...[row, col]: Args<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder, 'setPosition'>): this {
    this.position = [row, col];
    return this;
  }
  build(): FakeChart {
    if (this.ranges.length === 0) throw new Error('A chart needs at least one range.');
    return new FakeChart(this.type, this.title, this.ranges, this.position, this.headers, this.transposed, {
      ...this.options,
    });
  }
}

export class FakeMetadata extends Fake {
  readonly kind = 'DeveloperMetadata';
  constructor(
    readonly key: string,
    readonly value: string,
    readonly sheet: FakeSheet,
  ) {
    super();
  }
  getKey(): string {
    return this.key;
  }
  getValue(): string {
    return this.value;
  }
  getLocation(): FakeMetadataLocation {
    return new FakeMetadataLocation(this.sheet);
  }
}

export class FakeMetadataLocation extends Fake {
  readonly kind = 'DeveloperMetadataLocation';
  constructor(private readonly sheet: FakeSheet) {
    super();
  }
  getSheet(): FakeSheet | null {
    return this.sheet.deleted ? null : this.sheet;
  }
}

export class FakeMetadataFinder extends Fake {
  readonly kind = 'DeveloperMetadataFinder';
  private key: string | null = null;
  private value: string | null = null;
  constructor(private readonly ss: FakeSpreadsheet) {
    super();
  }
  withKey(...[key]: Args<GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder, 'withKey'>): this {
    this.key = key;
    return this;
  }
  withValue(...[value]: Args<GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder, 'withValue'>): this {
    this.value = value;
    return this;
  }
  find(): FakeMetadata[] {
    return this.ss.sheets
      .flatMap((s) => s.metadata)
      .filter(
        (m) => (this.key === null || m.key === this.key) && (this.value === null || m.value === this.value),
      );
  }
}

export class FakeRange extends Fake {
  readonly kind = 'Range';
  constructor(
    readonly sheet: FakeSheet,
    readonly row: number,
    readonly col: number,
    readonly rows: number,
    readonly cols: number,
    /** Made from an open-ended A1 range ("C2:C"): its notation stays open, as the range was asked for. */
    readonly openEnded = false,
  ) {
    super();
  }

  private grid<T>(f: (r: number, c: number) => T): T[][] {
    return Array.from({ length: this.rows }, (_, i) =>
      Array.from({ length: this.cols }, (_, k) => f(this.row + i, this.col + k)),
    );
  }

  private checkShape(name: string, v: unknown): asserts v is unknown[][] {
    const err = (m: string) => this.sheet.ss.realm.Error(m);
    if (!Array.isArray(v)) throw err(`${name}: expected a 2-D array.`);
    if (v.length !== this.rows)
      throw err(
        `The number of rows in the data does not match the number of rows in the range. The data has ${v.length} but the range has ${this.rows}.`,
      );
    for (const row of v) {
      if (!Array.isArray(row) || row.length !== this.cols) {
        throw err(
          `The number of columns in the data does not match the number of columns in the range. The data has ${Array.isArray(row) ? row.length : 0} but the range has ${this.cols}.`,
        );
      }
    }
  }

  private each(v: unknown[][], f: (r: number, c: number, x: unknown) => void): void {
    v.forEach((row, i) => row.forEach((x, k) => f(this.row + i, this.col + k, x)));
  }

  getRow(): number {
    return this.row;
  }
  getColumn(): number {
    return this.col;
  }
  getNumRows(): number {
    return this.rows;
  }
  getNumColumns(): number {
    return this.cols;
  }
  getLastRow(): number {
    return this.row + this.rows - 1;
  }
  getSheet(): FakeSheet {
    return this.sheet;
  }
  getA1Notation(): string {
    const tl = `${columnLetter(this.col - 1)}${this.row}`;
    if (this.openEnded) return `${tl}:${columnLetter(this.col + this.cols - 2)}`;
    return this.rows === 1 && this.cols === 1
      ? tl
      : `${tl}:${columnLetter(this.col + this.cols - 2)}${this.row + this.rows - 1}`;
  }
  getValues(): CellValue[][] {
    return this.grid((r, c) => this.sheet.read(r, c));
  }
  getDisplayValues(): string[][] {
    return this.grid((r, c) => {
      const v = this.sheet.read(r, c);
      return v instanceof this.sheet.ss.realm.Date ? v.toISOString().slice(0, 10) : String(v);
    });
  }
  getFormulas(): string[][] {
    return this.grid((r, c) => this.sheet.format(r, c).formula);
  }
  setValues(...[values]: Args<GRange, 'setValues'>): this {
    this.checkShape('setValues', values);
    this.each(values, (r, c, x) => this.sheet.write(r, c, x));
    return this;
  }
  setValue(...[value]: Args<GRange, 'setValue'>): this {
    return this.setValues(this.grid(() => value));
  }
  getBackgrounds(): string[][] {
    return this.grid((r, c) => this.sheet.format(r, c).background);
  }
  setBackgrounds(...[colors]: Args<GRange, 'setBackgrounds'>): this {
    this.checkShape('setBackgrounds', colors);
    this.each(
      colors,
      (r, c, x) =>
        (this.sheet.formatForWrite(r, c).background = x === null || x === '' ? DEFAULT_BG : String(x)),
    );
    return this;
  }
  setBackground(...[color]: Args<GRange, 'setBackground'>): this {
    return this.setBackgrounds(this.grid(() => color ?? DEFAULT_BG));
  }
  getNotes(): string[][] {
    return this.grid((r, c) => this.sheet.format(r, c).note);
  }
  setNotes(...[notes]: Args<GRange, 'setNotes'>): this {
    this.checkShape('setNotes', notes);
    this.each(notes, (r, c, x) => (this.sheet.formatForWrite(r, c).note = x === null ? '' : String(x)));
    return this;
  }
  getFontWeights(): string[][] {
    return this.grid((r, c) => this.sheet.format(r, c).fontWeight);
  }
  setFontWeights(...[weights]: Args<GRange, 'setFontWeights'>): this {
    this.checkShape('setFontWeights', weights);
    this.each(weights, (r, c, x) => {
      if (x !== 'bold' && x !== 'normal' && x !== null)
        throw this.sheet.ss.realm.Error(`Invalid font weight: ${String(x)}`);
      this.sheet.formatForWrite(r, c).fontWeight = x ?? 'normal';
    });
    return this;
  }
  setFontWeight(...[weight]: Args<GRange, 'setFontWeight'>): this {
    return this.setFontWeights(this.grid(() => weight));
  }
  setWrap(...[wrap]: Args<GRange, 'setWrap'>): this {
    if (typeof wrap !== 'boolean') throw this.sheet.ss.realm.Error('setWrap: expected a boolean.');
    this.each(
      this.grid(() => wrap),
      (r, c, x) => (this.sheet.formatForWrite(r, c).wrap = x as boolean),
    );
    return this;
  }
  getNumberFormats(): string[][] {
    return this.grid((r, c) => this.sheet.format(r, c).numberFormat);
  }
  setNumberFormats(...[formats]: Args<GRange, 'setNumberFormats'>): this {
    this.checkShape('setNumberFormats', formats);
    this.each(formats, (r, c, x) => {
      if (typeof x !== 'string') throw this.sheet.ss.realm.Error('Number formats must be strings.');
      this.sheet.formatForWrite(r, c).numberFormat = x;
    });
    return this;
  }
  getHorizontalAlignments(): string[][] {
    return this.grid((r, c) => this.sheet.format(r, c).horizontalAlignment);
  }
  setHorizontalAlignments(...[alignments]: Args<GRange, 'setHorizontalAlignments'>): this {
    this.checkShape('setHorizontalAlignments', alignments);
    this.each(alignments, (r, c, x) => {
      if (x !== null && !HORIZONTAL.has(String(x)))
        throw this.sheet.ss.realm.Error(`Invalid horizontal alignment: ${String(x)}`);
      this.sheet.formatForWrite(r, c).horizontalAlignment =
        x === null || x === 'normal' ? 'general' : String(x);
    });
    return this;
  }
  getVerticalAlignments(): string[][] {
    return this.grid((r, c) => this.sheet.format(r, c).verticalAlignment);
  }
  setVerticalAlignment(...[alignment]: Args<GRange, 'setVerticalAlignment'>): this {
    if (alignment !== null && !VERTICAL.has(alignment))
      throw this.sheet.ss.realm.Error(`Invalid vertical alignment: ${String(alignment)}`);
    this.grid((r, c) => (this.sheet.formatForWrite(r, c).verticalAlignment = alignment ?? 'bottom'));
    return this;
  }
  getWraps(): boolean[][] {
    return this.grid((r, c) => this.sheet.format(r, c).wrap);
  }
  setWraps(...[wraps]: Args<GRange, 'setWraps'>): this {
    this.checkShape('setWraps', wraps);
    this.each(wraps, (r, c, x) => {
      if (typeof x !== 'boolean') throw this.sheet.ss.realm.Error('Wraps must be booleans.');
      this.sheet.formatForWrite(r, c).wrap = x;
    });
    return this;
  }
  /** The six-flag form only (solid black lines); null leaves a side as it is, as in Sheets. */
  setBorder(...[top, left, bottom, right, vertical, horizontal, ...rest]: Args<GRange, 'setBorder'>): this {
    if (rest.length > 0) throw this.sheet.ss.realm.Error('The fake draws solid black borders only.');
    const last = { r: this.row + this.rows - 1, c: this.col + this.cols - 1 };
    this.grid((r, c) => {
      const b = this.sheet.formatForWrite(r, c).border;
      const set = (side: keyof typeof b, v: boolean | null) => {
        if (v !== null) b[side] = v;
      };
      set('top', r === this.row ? top : horizontal);
      set('bottom', r === last.r ? bottom : horizontal);
      set('left', c === this.col ? left : vertical);
      set('right', c === last.c ? right : vertical);
    });
    return this;
  }
  setDataValidation(rule: FakeValidation | null): this {
    this.sheet.validations.push({ a1: this.getA1Notation(), rule: rawOf(rule) });
    return this;
  }
  merge(): this {
    this.sheet.merges.push(this.getA1Notation());
    return this;
  }
  mergeAcross(): this {
    for (let i = 0; i < this.rows; i += 1)
      this.sheet.merges.push(new FakeRange(this.sheet, this.row + i, this.col, 1, this.cols).getA1Notation());
    return this;
  }
  breakApart(): this {
    this.sheet.merges = [];
    return this;
  }
  clear(): this {
    for (let r = this.row; r < this.row + this.rows; r += 1) {
      for (let c = this.col; c < this.col + this.cols; c += 1) this.sheet.erase(r, c);
    }
    return this;
  }
  activate(): this {
    this.sheet.ss.activeRange = { sheet: this.sheet.name, a1: this.getA1Notation() };
    return this;
  }
}

/** Discontinuous ranges of one sheet: setters apply to each cell of each range, nothing else is touched. */
export class FakeRangeList extends Fake {
  readonly kind = 'RangeList';
  constructor(readonly ranges: FakeRange[]) {
    super();
  }
  getRanges(): FakeRange[] {
    return [...this.ranges];
  }
  setBackground(...[color]: Args<GoogleAppsScript.Spreadsheet.RangeList, 'setBackground'>): this {
    for (const r of this.ranges) r.setBackground(color);
    return this;
  }
  setBorder(...args: Args<GoogleAppsScript.Spreadsheet.RangeList, 'setBorder'>): this {
    for (const r of this.ranges) r.setBorder(...args);
    return this;
  }
  setNote(...[note]: Args<GoogleAppsScript.Spreadsheet.RangeList, 'setNote'>): this {
    for (const r of this.ranges)
      r.setNotes(Array.from({ length: r.rows }, () => Array.from({ length: r.cols }, () => note)));
    return this;
  }
  clearNote(): this {
    return this.setNote(null);
  }
}

export class FakeSheet extends Fake {
  readonly kind = 'Sheet';
  private readonly cells = new Map<string, Stored>();
  private readonly formats = new Map<string, CellFormat>();
  metadata: FakeMetadata[] = [];
  validations: { a1: string; rule: FakeValidation | null }[] = [];
  merges: string[] = [];
  charts: FakeChart[] = [];
  frozenRows = 0;
  widths = new Map<number, number>();
  deleted = false;
  hidden = false;

  constructor(
    readonly ss: FakeSpreadsheet,
    public name: string,
    readonly id: number,
    public maxRows = DEFAULT_ROWS,
    public maxCols = DEFAULT_COLS,
  ) {
    super();
  }

  // ---- cell store (not part of the API) ----
  read(r: number, c: number): CellValue {
    const v = this.cells.get(`${r},${c}`);
    if (v === undefined) return '';
    return typeof v === 'object' ? new this.ss.realm.Date(v.date) : v;
  }
  format(r: number, c: number): CellFormat {
    return this.formats.get(`${r},${c}`) ?? blankFormat();
  }
  formatForWrite(r: number, c: number): CellFormat {
    const key = `${r},${c}`;
    const f = this.formats.get(key) ?? blankFormat();
    this.formats.set(key, f);
    return f;
  }
  erase(r: number, c: number): void {
    this.cells.delete(`${r},${c}`);
    this.formats.delete(`${r},${c}`);
  }
  /** As Sheets parses typed input: "'x" is the text x, "=…" a formula, digits a number. */
  write(r: number, c: number, x: unknown): void {
    const key = `${r},${c}`;
    const f = this.formatForWrite(r, c);
    f.formula = '';
    if (x === '' || x === null || x === undefined) {
      this.cells.delete(key);
      return;
    }
    if (
      x instanceof Date ||
      (typeof x === 'object' && Object.prototype.toString.call(x) === '[object Date]')
    ) {
      this.cells.set(key, { date: (x as Date).getTime() });
      return;
    }
    if (typeof x === 'number' || typeof x === 'boolean') {
      this.cells.set(key, x);
      return;
    }
    if (typeof x !== 'string') throw this.ss.realm.Error(`Unsupported value type ${typeof x}.`);
    if (x.length > LIMITS.cellChars + (x.startsWith("'") ? 1 : 0))
      throw this.ss.realm.Error(LIMIT_ERRORS.cellChars);
    if (x.startsWith("'")) {
      this.cells.set(key, x.slice(1));
      return;
    }
    if (x.startsWith('=')) {
      f.formula = x;
      const link = /^=HYPERLINK\("[^"]*","((?:[^"]|"")*)"\)$/u.exec(x);
      if (!link) throw this.ss.realm.Error(`Formula not supported by the fake: ${x}`);
      this.cells.set(key, (link[1] ?? '').replace(/""/gu, '"'));
      return;
    }
    this.cells.set(key, /^-?\d+(?:\.\d+)?$/u.test(x.trim()) ? Number(x) : x);
  }
  /** Every cell's value, as a snapshot (trailing blanks trimmed like getDataRange). */
  dump(): CellValue[][] {
    const lr = this.getLastRow();
    const lc = this.getLastColumn();
    return Array.from({ length: lr }, (_, i) =>
      Array.from({ length: lc }, (_, k) => this.read(i + 1, k + 1)),
    );
  }
  formatsDump(): Map<string, CellFormat> {
    return new Map([...this.formats].map(([k, v]) => [k, { ...v }]));
  }

  // ---- API ----
  getName(): string {
    return this.name;
  }
  getSheetName(): string {
    return this.name;
  }
  getSheetId(): number {
    return this.id;
  }
  getIndex(): number {
    return this.ss.sheets.indexOf(this) + 1;
  }
  getMaxRows(): number {
    return this.maxRows;
  }
  getMaxColumns(): number {
    return this.maxCols;
  }
  getLastRow(): number {
    let last = 0;
    for (const k of this.cells.keys()) last = Math.max(last, Number(k.split(',')[0]));
    return last;
  }
  getLastColumn(): number {
    let last = 0;
    for (const k of this.cells.keys()) last = Math.max(last, Number(k.split(',')[1]));
    return last;
  }
  getFrozenRows(): number {
    return this.frozenRows;
  }
  hideSheet(): this {
    this.hidden = true;
    return this;
  }
  isSheetHidden(): boolean {
    return this.hidden;
  }
  setFrozenRows(...[rows]: Args<GSheet, 'setFrozenRows'>): void {
    if (rows < 0 || rows > this.maxRows) throw this.ss.realm.Error('Invalid frozen rows.');
    this.frozenRows = rows;
  }
  setColumnWidths(...[start, count, width]: Args<GSheet, 'setColumnWidths'>): this {
    if (start < 1 || count < 1 || start + count - 1 > this.maxCols)
      throw this.ss.realm.Error('Column index out of bounds.');
    for (let c = start; c < start + count; c += 1) this.widths.set(c, width);
    return this;
  }
  insertRowsAfter(...[after, howMany]: Args<GSheet, 'insertRowsAfter'>): this {
    if (after < 1 || after > this.maxRows || howMany < 1)
      throw this.ss.realm.Error('Those rows are out of bounds.');
    this.ss.checkGrowth(howMany * this.maxCols);
    // Cells below `after` move down.
    this.shiftRows(after, howMany);
    this.maxRows += howMany;
    return this;
  }
  insertColumnsAfter(...[after, howMany]: Args<GSheet, 'insertColumnsAfter'>): this {
    if (after < 1 || after > this.maxCols || howMany < 1)
      throw this.ss.realm.Error('Those columns are out of bounds.');
    this.ss.checkGrowth(howMany * this.maxRows);
    if (after < this.maxCols) throw this.ss.realm.Error('The fake only appends columns at the end.');
    this.maxCols += howMany;
    return this;
  }
  private shiftRows(after: number, n: number): void {
    const move = <T>(m: Map<string, T>): void => {
      const moved = [...m].map(([k, v]): [string, T] => {
        const [r, c] = k.split(',').map(Number) as [number, number];
        return [r > after ? `${r + n},${c}` : k, v];
      });
      m.clear();
      for (const [k, v] of moved) m.set(k, v);
    };
    move(this.cells);
    move(this.formats);
  }
  getRangeList(...[a1s]: Args<GSheet, 'getRangeList'>): FakeRangeList {
    return new FakeRangeList(a1s.map((a) => this.rangeA1(a)));
  }
  getRange(a: number | string, col?: number, rows = 1, cols = 1): FakeRange {
    if (typeof a === 'string') return this.rangeA1(a);
    if (col === undefined) throw this.ss.realm.Error('getRange: missing column.');
    for (const n of [a, col, rows, cols]) {
      if (!Number.isInteger(n)) throw this.ss.realm.Error(`getRange: ${String(n)} is not an integer.`);
    }
    if (rows < 1) throw this.ss.realm.Error('The number of rows in the range must be at least 1.');
    if (cols < 1) throw this.ss.realm.Error('The number of columns in the range must be at least 1.');
    if (a < 1 || col < 1 || a + rows - 1 > this.maxRows || col + cols - 1 > this.maxCols) {
      throw this.ss.realm.Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(this, a, col, rows, cols);
  }
  /** "B3", "B3:D9", or open-ended "B3:D" (from row 3 down to the sheet's last row, as Sheets reads A1 notation). */
  private rangeA1(a1: string): FakeRange {
    const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+)?)?$/u.exec(a1.toUpperCase());
    if (!m?.[1] || !m[2]) throw this.ss.realm.Error(`Range not found: ${a1}`);
    const r0 = Number(m[2]);
    const c0 = columnIndex(m[1]) + 1;
    const open = m[3] !== undefined && m[4] === undefined;
    const r1 = m[4] ? Number(m[4]) : open ? this.maxRows : r0;
    const c1 = m[3] ? columnIndex(m[3]) + 1 : c0;
    const r = this.getRange(r0, c0, r1 - r0 + 1, c1 - c0 + 1);
    return open ? new FakeRange(this, r.row, r.col, r.rows, r.cols, true) : r;
  }
  /**
   * The rule that covers a cell (not part of the API; the last one set wins, as in Sheets). A rule set on an
   * open-ended range ("C2:C") covers rows added at the bottom later too: the range's notation says "to the
   * last row", and the fake reads it that way (an assumption; not checked on Google). A rule set on a fixed
   * range ("C2:C1000") stops at its last row.
   */
  validationAt(row: number, col: number): FakeValidation | null {
    for (let i = this.validations.length - 1; i >= 0; i -= 1) {
      const v = this.validations[i];
      const m = v && /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+)?)?$/u.exec(v.a1);
      if (!v || !m?.[1] || !m[2]) continue;
      const c0 = columnIndex(m[1]) + 1;
      const c1 = m[3] ? columnIndex(m[3]) + 1 : c0;
      const r0 = Number(m[2]);
      const r1 = m[4] ? Number(m[4]) : m[3] ? this.maxRows : r0;
      if (row >= r0 && row <= r1 && col >= c0 && col <= c1) return v.rule;
    }
    return null;
  }
  getDataRange(): FakeRange {
    return new FakeRange(this, 1, 1, Math.max(1, this.getLastRow()), Math.max(1, this.getLastColumn()));
  }
  /** -1 sizes run to the last row/column with data; like getRange, an empty result is an error. */
  getSheetValues(...[row, col, rows, cols]: Args<GSheet, 'getSheetValues'>): CellValue[][] {
    const nr = rows === -1 ? this.getLastRow() - row + 1 : rows;
    const nc = cols === -1 ? this.getLastColumn() - col + 1 : cols;
    return this.getRange(row, col, nr, nc).getValues();
  }
  clear(): this {
    this.cells.clear();
    this.formats.clear();
    return this;
  }
  /** Values and formulas go; backgrounds, weights, notes and number formats stay (as on Google). */
  clearContents(): this {
    this.cells.clear();
    for (const f of this.formats.values()) f.formula = '';
    return this;
  }
  activate(): this {
    this.ss.activeSheet = this.name;
    return this;
  }
  addDeveloperMetadata(...[key, value]: Args<GSheet, 'addDeveloperMetadata'>): this {
    this.metadata.push(new FakeMetadata(key, String(value), this));
    return this;
  }
  getDeveloperMetadata(): FakeMetadata[] {
    return [...this.metadata];
  }
  newChart(): FakeChartBuilder {
    return new FakeChartBuilder();
  }
  insertChart(chart: FakeChart): void {
    this.charts.push(rawOf(chart));
  }
  getCharts(): FakeChart[] {
    return [...this.charts];
  }
  removeChart(chart: FakeChart): void {
    const raw = rawOf(chart);
    const at = this.charts.indexOf(raw);
    if (at < 0) throw this.ss.realm.Error('Chart not found on this sheet.');
    this.charts.splice(at, 1);
  }
}

export class FakeSpreadsheet extends Fake {
  readonly kind = 'Spreadsheet';
  sheets: FakeSheet[] = [];
  toasts: string[] = [];
  activeSheet = '';
  activeRange: { sheet: string; a1: string } | null = null;
  private nextId = 1000;

  constructor(
    readonly realm: Realm,
    readonly ui: FakeUi,
    readonly name = 'Khuyến học xã Hòa An',
  ) {
    super();
  }

  static fromSnapshot(realm: Realm, ui: FakeUi, snapshot: WorkbookSnapshot): FakeSpreadsheet {
    const ss = new FakeSpreadsheet(realm, ui);
    for (const [name, rows] of Object.entries(snapshot)) {
      const width = Math.max(DEFAULT_COLS, ...rows.map((r) => r.length));
      const sheet = ss.addSheet(name, Math.max(DEFAULT_ROWS, rows.length + 50), width);
      rows.forEach((row, i) =>
        row.forEach((v, k) => {
          if (v === null || v === undefined || v === '') return;
          // Typed values go in as they are: a string stays a string (no "'" parsing at load).
          if (typeof v === 'string') sheet.write(i + 1, k + 1, `'${v}`);
          else sheet.write(i + 1, k + 1, v);
        }),
      );
    }
    return ss;
  }

  /** Cells of every sheet's grid, empty ones included (what the 10 million limit counts). */
  gridCells(): number {
    return this.sheets.reduce((n, s) => n + s.maxRows * s.maxCols, 0);
  }
  checkGrowth(added: number): void {
    if (this.gridCells() + added > LIMITS.spreadsheetCells)
      throw this.realm.Error(LIMIT_ERRORS.spreadsheetCells);
  }

  addSheet(name: string, rows = DEFAULT_ROWS, cols = DEFAULT_COLS, index = this.sheets.length): FakeSheet {
    this.checkGrowth(rows * cols);
    const key = name.normalize('NFC').toLowerCase();
    if (this.sheets.some((s) => s.name.normalize('NFC').toLowerCase() === key)) {
      throw this.realm.Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const sheet = new FakeSheet(this, name, this.nextId++, rows, cols);
    this.sheets.splice(index, 0, sheet);
    return sheet;
  }

  sheet(name: string): FakeSheet {
    const s = this.sheets.find((x) => x.name === name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  // ---- API ----
  getName(): string {
    return this.name;
  }
  getId(): string {
    return 'fake-spreadsheet-id';
  }
  getUrl(): string {
    return 'https://docs.google.com/spreadsheets/d/fake-spreadsheet-id/edit';
  }
  getSheets(): FakeSheet[] {
    return [...this.sheets];
  }
  getNumSheets(): number {
    return this.sheets.length;
  }
  getSheetByName(...[name]: Args<GSpreadsheet, 'getSheetByName'>): FakeSheet | null {
    return this.sheets.find((s) => s.name === name) ?? null;
  }
  insertSheet(name: string, index?: number): FakeSheet {
    if (index !== undefined && (index < 0 || index > this.sheets.length))
      throw this.realm.Error('Sheet index out of range.');
    return this.addSheet(name, DEFAULT_ROWS, DEFAULT_COLS, index);
  }
  deleteSheet(sheet: FakeSheet): void {
    const raw = rawOf(sheet);
    raw.deleted = true;
    this.sheets = this.sheets.filter((s) => s !== raw);
  }
  toast(...[msg]: Args<GSpreadsheet, 'toast'>): void {
    this.toasts.push(msg);
  }
  createDeveloperMetadataFinder(): FakeMetadataFinder {
    return new FakeMetadataFinder(this);
  }
}

export class FakeSpreadsheetApp extends Fake {
  readonly kind = 'SpreadsheetApp';
  flushes = 0;
  constructor(readonly active: FakeSpreadsheet) {
    super();
  }
  getActiveSpreadsheet(): FakeSpreadsheet {
    return this.active;
  }
  getActive(): FakeSpreadsheet {
    return this.active;
  }
  getUi(): FakeUi {
    return this.active.ui;
  }
  flush(): void {
    this.flushes += 1;
  }
  newDataValidation(): FakeValidationBuilder {
    return new FakeValidationBuilder();
  }
}

// Compile-time: every fake method name exists on the real interface it stands for.
type Missing<F, R> = Exclude<
  { [K in keyof F]: F[K] extends (...a: never[]) => unknown ? K : never }[keyof F],
  keyof R
>;
type Api<F> = Exclude<keyof F, 'kind'>;
export type FakeApiCheck = [
  Missing<Pick<FakeRange, Api<FakeRange>>, GRange>,
  Missing<Pick<FakeSpreadsheetApp, Api<FakeSpreadsheetApp>>, GApp>,
  Missing<
    Pick<FakeSpreadsheet, Exclude<Api<FakeSpreadsheet>, 'addSheet' | 'sheet' | 'gridCells' | 'checkGrowth'>>,
    GSpreadsheet
  >,
  Missing<Pick<FakeRangeList, Api<FakeRangeList>>, GoogleAppsScript.Spreadsheet.RangeList>,
  Missing<
    Pick<
      FakeSheet,
      Exclude<
        Api<FakeSheet>,
        'read' | 'format' | 'formatForWrite' | 'erase' | 'write' | 'dump' | 'formatsDump' | 'validationAt'
      >
    >,
    GSheet
  >,
];
export const fakeApiCheck: [never, never, never, never, never] = null as unknown as FakeApiCheck;

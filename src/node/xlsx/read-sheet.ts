// One worksheet part into the snapshot's rows, in one pass over its XML as it is inflated: whole rows are scanned
// as each chunk arrives, so memory holds the rows read, never the sheet's text. Values are what the exceljs loader
// gave (cached formula results, dates by the cell's number format, merged blocks in their top-left cell).
import { StringDecoder } from 'node:string_decoder';
import type { CellValue } from '../../core/snapshot';
import type { WorkbookParts } from './read-parts';
import { unescapeExcel } from './read-parts';
import { closeOf, nextTag, rawAttr, textAfter } from './xml-scan';

type Context = Pick<WorkbookParts, 'sharedStrings' | 'dateStyles' | 'date1904'>;

/** The 5 entities a "str" value may carry escaped twice (exceljs decodes them once more). */
const xmlDecode = (s: string): string =>
  s.includes('&')
    ? s.replace(
        /&([a-z]*);/gu,
        (c) => ({ '&lt;': '<', '&gt;': '>', '&amp;': '&', '&apos;': "'", '&quot;': '"' })[c] ?? c,
      )
    : s;

/**
 * A serial as the local date and time it shows. Excel serials are wall-clock: day 25569 is 1970-01-01, and the
 * 1904 system starts 1462 days later. Invalid serials give null.
 */
export const serialToDate = (serial: number, date1904: boolean): Date | null => {
  const utc = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86400000));
  if (Number.isNaN(utc.getTime())) return null;
  const d = new Date(
    utc.getUTCFullYear(),
    utc.getUTCMonth(),
    utc.getUTCDate(),
    utc.getUTCHours(),
    utc.getUTCMinutes(),
    utc.getUTCSeconds(),
  );
  return Number.isNaN(d.getTime()) ? null : d;
};

/** "AB12" → 28 (1-based column); 0 when the reference has no letters. */
const columnOf = (ref: string): number => {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  return col;
};

const NO_VALUE = Symbol('no value');
/** A cell that holds nothing: styled but empty, or written without content. It does not make its row count. */
type Scanned = CellValue | typeof NO_VALUE;

const asDate = (v: unknown, ctx: Context): CellValue => serialToDate(Number(v), ctx.date1904);

/** The cell's content between its tags → the snapshot value (null for an empty string or a formula without result). */
const cellValue = (
  s: string,
  from: number,
  to: number,
  t: string | undefined,
  isDate: boolean,
  ctx: Context,
): Scanned => {
  let formula = false;
  let value: string | undefined;
  let runs: string[] | undefined;
  for (let tag = nextTag(s, from); tag && tag.start < to; tag = nextTag(s, tag.end)) {
    if (tag.closing) continue;
    switch (tag.name) {
      case 'f': {
        if (rawAttr(s, tag, 't') !== undefined) formula = true;
        if (textAfter(s, tag) !== '') formula = true;
        break;
      }
      case 'v':
      case 't': {
        const text = textAfter(s, tag);
        if (text !== '') value = value === undefined ? text : value + text;
        break;
      }
      case 'r': {
        const close = closeOf(s, tag);
        let run = '';
        for (let x = nextTag(s, tag.end); x && x.start < close; x = nextTag(s, x.end))
          if (x.name === 't' && !x.closing) run = unescapeExcel(textAfter(s, x));
        (runs ??= []).push(run);
        if (close > tag.end) tag = { ...tag, end: close };
        break;
      }
      case 'rPh': {
        const close = closeOf(s, tag);
        if (close > tag.end) tag = { ...tag, end: close };
        break;
      }
      default:
        break;
    }
  }
  if (formula) {
    if (!value) return null;
    let result: unknown;
    if (t === 'str') result = xmlDecode(value);
    else if (t === 'b') result = parseInt(value, 10) !== 0;
    else if (t === 'e') result = value;
    else result = parseFloat(value);
    if (isDate) return t === 'e' ? null : asDate(result, ctx);
    return result as CellValue;
  }
  if (runs) return runs.join('');
  if (value === undefined) return NO_VALUE;
  switch (t) {
    case 's':
      return ctx.sharedStrings[parseInt(value, 10)] ?? null;
    case 'str':
      return xmlDecode(value);
    case 'inlineStr':
      return value;
    case 'b':
      return parseInt(value, 10) !== 0;
    case 'e':
      return value;
    default: {
      const n = parseFloat(value);
      return isDate ? asDate(n, ctx) : n;
    }
  }
};

export interface SheetScan {
  rows: CellValue[][];
  /** Merged ranges as [top, left, bottom, right], 1-based. */
  merges: [number, number, number, number][];
}

/** Scans complete <row> elements of one chunk of sheet text, appending to `out`. */
class RowScanner {
  readonly rows: CellValue[][] = [];
  readonly merges: [number, number, number, number][] = [];
  /** The last row that holds a cell with content (an empty string included), as rows are counted by exceljs. */
  private lastCounted = 0;
  private row = 0;
  private inData = false;
  private afterData = false;

  constructor(private readonly ctx: Context) {}

  scan(s: string): void {
    let tag = nextTag(s, 0);
    while (tag) {
      if (this.afterData) {
        if (tag.name === 'mergeCell' && !tag.closing) this.merge(rawAttr(s, tag, 'ref') ?? '');
        tag = nextTag(s, tag.end);
      } else if (!this.inData) {
        if (tag.name === 'sheetData' && !tag.closing) {
          this.inData = !tag.selfClosing;
          this.afterData = tag.selfClosing;
        }
        tag = nextTag(s, tag.end);
      } else if (tag.name === 'row' && !tag.closing) {
        const r = parseInt(rawAttr(s, tag, 'r') ?? '', 10);
        this.row = Number.isFinite(r) && r > 0 ? r : this.row + 1;
        if (tag.selfClosing) {
          tag = nextTag(s, tag.end);
          continue;
        }
        const close = closeOf(s, tag);
        const end = close < 0 ? s.length : close;
        this.cells(s, tag.end, end);
        tag = nextTag(s, end);
        if (tag && tag.closing) tag = nextTag(s, tag.end);
      } else {
        if (tag.name === 'sheetData' && tag.closing) {
          this.inData = false;
          this.afterData = true;
        }
        tag = nextTag(s, tag.end);
      }
    }
  }

  private cells(s: string, from: number, to: number): void {
    const cells: CellValue[] = [];
    let counted = false;
    let col = 0;
    for (let tag = nextTag(s, from); tag && tag.start < to;) {
      if (tag.name !== 'c' || tag.closing) {
        tag = nextTag(s, tag.end);
        continue;
      }
      const ref = rawAttr(s, tag, 'r');
      const c = ref === undefined ? col + 1 : columnOf(ref);
      col = c;
      let value: Scanned = NO_VALUE;
      let next = tag.end;
      if (!tag.selfClosing) {
        const close = closeOf(s, tag);
        const end = close < 0 ? to : close;
        const style = parseInt(rawAttr(s, tag, 's') ?? '', 10);
        // A style index of 0 never makes a date: exceljs looked styles up only for a non-zero index.
        const isDate = style > 0 && this.ctx.dateStyles[style] === true;
        value = cellValue(s, tag.end, end, rawAttr(s, tag, 't'), isDate, this.ctx);
        next = end;
      }
      if (value !== NO_VALUE) {
        counted = true;
        if (value !== null && value !== '' && c > 0) {
          while (cells.length < c - 1) cells.push(null);
          cells[c - 1] = value;
        }
      }
      tag = nextTag(s, next);
    }
    const r = this.row;
    if (counted && r > this.lastCounted) this.lastCounted = r;
    while (this.rows.length < r - 1) this.rows.push([]);
    this.rows[r - 1] = cells;
  }

  private merge(ref: string): void {
    const [a = '', b = a] = ref.split(':');
    const at = (x: string): [number, number] => [
      parseInt(x.replace(/^[A-Za-z$]+/u, '').replace('$', ''), 10),
      columnOf(x.replace(/\$/gu, '')),
    ];
    const [r1, c1] = at(a);
    const [r2, c2] = at(b);
    if (![r1, c1, r2, c2].every((n) => Number.isFinite(n) && n > 0)) return;
    this.merges.push([Math.min(r1, r2), Math.min(c1, c2), Math.max(r1, r2), Math.max(c1, c2)]);
  }

  /** Only the top-left cell of a merged block keeps its value, as Google Sheets' getValues() gives it. */
  finish(): CellValue[][] {
    let length = this.lastCounted;
    for (const [top, left, bottom, right] of this.merges) {
      if (top === bottom && left === right) continue;
      length = Math.max(length, bottom);
      for (let r = top; r <= Math.min(bottom, this.rows.length); r++) {
        const cells = this.rows[r - 1];
        if (!cells) continue;
        for (let c = r === top ? left + 1 : left; c <= Math.min(right, cells.length); c++)
          cells[c - 1] = null;
        while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
      }
    }
    this.rows.length = Math.min(this.rows.length, length);
    while (this.rows.length < length) this.rows.push([]);
    return this.rows;
  }
}

/** The sheet's rows from its inflated chunks: rows are scanned as soon as they are complete. */
export const readSheetRows = async (chunks: AsyncIterable<Buffer>, ctx: Context): Promise<CellValue[][]> => {
  const scanner = new RowScanner(ctx);
  const decoder = new StringDecoder('utf8');
  let pending = '';
  for await (const chunk of chunks) {
    const text = pending + decoder.write(chunk);
    // Cut before the last row's start tag: everything ahead of it is whole rows (or the part's head).
    const cut = lastRowStart(text);
    if (cut <= 0) {
      pending = text;
      continue;
    }
    scanner.scan(text.slice(0, cut));
    pending = text.slice(cut);
  }
  scanner.scan(pending + decoder.end());
  return scanner.finish();
};

/** Offset of the last "<row" or "<x:row" start tag, -1 when none. */
const lastRowStart = (text: string): number => {
  for (let at = text.lastIndexOf('row', text.length); at > 0; at = text.lastIndexOf('row', at - 1)) {
    const after = text.charCodeAt(at + 3);
    if (!(after === 32 || after === 62 || after === 47 || after === 9 || after === 10 || after === 13))
      continue;
    let lt = at - 1;
    if (text.charCodeAt(lt) !== 60) {
      // A prefix: <x:row
      if (text.charCodeAt(lt) !== 58) continue;
      while (lt > 0 && text.charCodeAt(lt) !== 60 && text.charCodeAt(lt) !== 62 && text.charCodeAt(lt) !== 32)
        lt--;
      if (text.charCodeAt(lt) !== 60) continue;
    }
    return lt;
  }
  return -1;
};

// One worksheet part into the snapshot's rows, in one pass over its XML as it is inflated: whole rows are scanned
// as each chunk arrives, so memory holds the rows read, never the sheet's text. Values are what the exceljs loader
// gave (cached formula results, dates by the cell's number format, merged blocks in their top-left cell).
import { StringDecoder } from 'node:string_decoder';
import type { CellValue } from '../../core/snapshot';
import type { WorkbookParts } from './read-parts';
import { unescapeExcel } from './read-parts';
import { closeOf, decodeText, nextTag, rawAttr, textAfter } from './xml-scan';

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

/** A run of 1 to 15 ASCII digits as its value, -1 for anything else (left to parseFloat). */
const digitsAt = (s: string, from: number, to: number): number => {
  if (to <= from || to - from > 15) return -1;
  let n = 0;
  for (let i = from; i < to; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
};

/** The column of the reference at s[from, to): "AB12" → 28. */
const columnAt = (s: string, from: number, to: number): number => {
  let col = 0;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  return col;
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

/** What Excel shows for serial 60 of the 1900 system, a day that never was (Lotus 1-2-3 took 1900 for a leap year). */
export const FICTITIOUS_1900_DAY = '29/02/1900';

/**
 * A date cell's value. Serial 60 stays the text Excel shows, which no date parser accepts, so the officer gets a
 * located "invalid date" instead of a silent 28/02/1900; serials 1–59 sit one day before that phantom day.
 */
const asDate = (v: unknown, ctx: Context): CellValue => {
  const serial = Number(v);
  if (ctx.date1904 || !(serial >= 1 && serial < 61)) return serialToDate(serial, ctx.date1904);
  if (serial >= 60) return FICTITIOUS_1900_DAY;
  return serialToDate(serial + 1, false);
};

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
  return plainCell(value, t, isDate, ctx);
};

/** A cell without formula from its value text and type, as exceljs typed it. */
const plainCell = (value: string, t: string | undefined, isDate: boolean, ctx: Context): CellValue => {
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

const isBoundary = (c: number): boolean =>
  c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13;

/** One attribute's raw value inside a short opening tag's text, e.g. ` t="s"`. */
const attrIn = (tag: string, name: string): string | undefined => {
  let at = tag.indexOf(name);
  while (at >= 0) {
    const before = tag.charCodeAt(at - 1);
    const eq = at + name.length;
    if ((before === 32 || before === 9 || before === 10 || before === 13) && tag.charCodeAt(eq) === 61) {
      const q = tag.charCodeAt(eq + 1);
      if (q === 34 || q === 39) {
        const close = tag.indexOf(q === 34 ? '"' : "'", eq + 2);
        return close < 0 ? undefined : tag.slice(eq + 2, close);
      }
    }
    at = tag.indexOf(name, at + 1);
  }
  // Spaces around '=' are legal; rare enough to take the slow road.
  if (/\s=|=\s/u.test(tag)) {
    const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`, 'u').exec(tag);
    return m?.[2] ?? m?.[3];
  }
  return undefined;
};

/** Scans complete <row> elements of the sheet text chunk by chunk; the state carries across chunks. */
class RowScanner {
  readonly rows: CellValue[][] = [];
  readonly merges: [number, number, number, number][] = [];
  /** The last row that holds a cell with content (an empty string included), as rows are counted by exceljs. */
  private lastCounted = 0;
  private row = 0;
  private inData = false;
  private afterData = false;
  // Tag texts with the part's namespace prefix ('' or 'x:'), known once <sheetData> is seen.
  private rowOpen = '<row';
  private rowClose = '</row>';
  private cOpen = '<c';
  private cClose = '</c>';
  private vOpen = '<v>';
  private vClose = '</v>';

  constructor(private readonly ctx: Context) {}

  private usePrefix(p: string): void {
    this.rowOpen = `<${p}row`;
    this.rowClose = `</${p}row>`;
    this.cOpen = `<${p}c`;
    this.cClose = `</${p}c>`;
    this.vOpen = `<${p}v>`;
    this.vClose = `</${p}v>`;
  }

  scan(s: string): void {
    let pos = 0;
    while (pos < s.length) {
      if (this.inData) {
        const lt = s.indexOf('<', pos);
        if (lt < 0) return;
        if (s.startsWith(this.rowOpen, lt) && isBoundary(s.charCodeAt(lt + this.rowOpen.length))) {
          pos = this.rowAt(s, lt);
          continue;
        }
        const tag = nextTag(s, lt);
        if (!tag) return;
        if (tag.name === 'sheetData' && tag.closing) {
          this.inData = false;
          this.afterData = true;
        }
        pos = tag.end;
        continue;
      }
      const tag = nextTag(s, pos);
      if (!tag) return;
      pos = tag.end;
      if (this.afterData) {
        if (tag.name === 'mergeCell' && !tag.closing) this.merge(rawAttr(s, tag, 'ref') ?? '');
      } else if (tag.name === 'sheetData' && !tag.closing) {
        const qname = s.slice(tag.start + 1, tag.attrsAt);
        this.usePrefix(qname.slice(0, qname.length - 'sheetData'.length));
        this.inData = !tag.selfClosing;
        this.afterData = tag.selfClosing;
      }
    }
  }

  /** The row whose start tag is at `lt`; returns the offset after it. */
  private rowAt(s: string, lt: number): number {
    const gt = s.indexOf('>', lt);
    if (gt < 0) return s.length;
    const r = parseInt(attrIn(s.slice(lt, gt), 'r') ?? '', 10);
    this.row = Number.isFinite(r) && r > 0 ? r : this.row + 1;
    if (s.charCodeAt(gt - 1) === 47) {
      this.addRow([], false);
      return gt + 1;
    }
    return this.cells(s, gt + 1);
  }

  /** The cells of the row whose content starts at `from`; returns the offset after its end tag. */
  private cells(s: string, from: number): number {
    const cells: CellValue[] = [];
    const { cOpen, cClose, vOpen, vClose, rowClose, ctx } = this;
    const cLen = cOpen.length;
    let counted = false;
    let col = 0;
    let pos = from;
    let next = s.length;
    for (;;) {
      const at = s.indexOf('<', pos);
      if (at < 0) break;
      if (!(s.startsWith(cOpen, at) && isBoundary(s.charCodeAt(at + cLen)))) {
        if (s.startsWith(rowClose, at)) {
          next = at + rowClose.length;
          break;
        }
        // Anything else in a row (an extension list) is skipped whole.
        const tag = nextTag(s, at);
        if (!tag) break;
        pos = tag.closing || tag.selfClosing ? tag.end : Math.max(tag.end, closeOf(s, tag));
        continue;
      }
      // The start tag's attributes in one pass: r, s and t are all a cell needs.
      let ref = -1;
      let refEnd = -1;
      let style = 0;
      let t: string | undefined;
      let i = at + cLen;
      let gt = -1;
      for (;;) {
        let ch = s.charCodeAt(i);
        while (ch === 32 || ch === 9 || ch === 10 || ch === 13) ch = s.charCodeAt(++i);
        if (ch === 62 || ch === 47 || Number.isNaN(ch)) {
          gt = s.indexOf('>', i);
          break;
        }
        const nameStart = i;
        while (ch !== 61 && ch !== 32 && ch !== 62 && !Number.isNaN(ch)) ch = s.charCodeAt(++i);
        const nameEnd = i;
        while (ch === 32) ch = s.charCodeAt(++i);
        if (ch !== 61) continue;
        ch = s.charCodeAt(++i);
        while (ch === 32) ch = s.charCodeAt(++i);
        const close = s.indexOf(ch === 39 ? "'" : '"', i + 1);
        if (close < 0) break;
        const len = nameEnd - nameStart;
        if (len === 1) {
          const n = s.charCodeAt(nameStart);
          if (n === 114) {
            ref = i + 1;
            refEnd = close;
          } else if (n === 115) style = digitsAt(s, i + 1, close);
          else if (n === 116) t = s.slice(i + 1, close);
        }
        i = close + 1;
      }
      if (gt < 0) break;
      const c = ref < 0 ? col + 1 : columnAt(s, ref, refEnd);
      col = c;
      let value: Scanned = NO_VALUE;
      if (s.charCodeAt(gt - 1) === 47) pos = gt + 1;
      else {
        // A style index of 0 never makes a date: exceljs looked styles up only for a non-zero index.
        const isDate = style > 0 && ctx.dateStyles[style] === true;
        const vAt = gt + 1;
        const vText = vAt + vOpen.length;
        const vEnd = s.startsWith(vOpen, vAt) ? s.indexOf('<', vText) : -1;
        if (vEnd >= 0 && s.startsWith(vClose, vEnd) && s.startsWith(cClose, vEnd + vClose.length)) {
          // The common cell: <c …><v>text</v></c>.
          pos = vEnd + vClose.length + cClose.length;
          if (vEnd > vText) {
            const n = t === undefined || t === 's' ? digitsAt(s, vText, vEnd) : -1;
            if (n >= 0 && t === 's') value = ctx.sharedStrings[n] ?? null;
            else if (n >= 0 && !isDate) value = n;
            else value = plainCell(decodeText(s.slice(vText, vEnd)), t, isDate, ctx);
          }
        } else {
          const close = s.indexOf(cClose, gt);
          const end = close < 0 ? s.length : close;
          pos = close < 0 ? s.length : close + cClose.length;
          value = cellValue(s, vAt, end, t, isDate, ctx);
        }
      }
      if (value !== NO_VALUE) {
        counted = true;
        if (value !== null && value !== '' && c > 0) {
          while (cells.length < c - 1) cells.push(null);
          cells[c - 1] = value;
        }
      }
    }
    this.addRow(cells, counted);
    return next;
  }

  private addRow(cells: CellValue[], counted: boolean): void {
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

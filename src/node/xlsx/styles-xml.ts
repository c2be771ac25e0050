// The owned sheets' few cell styles, appended to the user's styles part: existing entries keep their indices (the
// user's cells point at them), and an entry we added on an earlier run is found again, so reruns write the same sheet.
import type { CellAlignment } from '../../core/result';
import { appendChildren, attr, element, elements, escapeXml, rootPrefix, setAttr, splice } from './xml';

export interface CellStyle {
  /** '#rrggbb' or null. */
  fill: string | null;
  bold: boolean;
  link: boolean;
  numFmt: string | null;
  /** Text wraps within the column. */
  wrap?: boolean;
  /** A thin border on every side. */
  border?: boolean;
  align?: CellAlignment | null;
  vertical?: 'top' | null;
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const LINK_COLOR = 'FF1155CC';
const FIRST_CUSTOM_NUMFMT = 164;
const BUILTIN_NUMFMTS: Record<string, number> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
};

/** Used when a package has no styles part at all: the least Excel accepts. */
export const MINIMAL_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${MAIN_NS}">` +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

// CT_Stylesheet's child order, and what an absent container must hold for index 0 to mean "default".
const ORDER = [
  'numFmts',
  'fonts',
  'fills',
  'borders',
  'cellStyleXfs',
  'cellXfs',
  'cellStyles',
  'dxfs',
  'tableStyles',
  'colors',
  'extLst',
];
const DEFAULTS: Record<string, { count: number; children: string }> = {
  numFmts: { count: 0, children: '' },
  fonts: { count: 1, children: '<font><sz val="11"/><name val="Calibri"/></font>' },
  fills: {
    count: 2,
    children:
      '<fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>',
  },
  borders: { count: 1, children: '<border><left/><right/><top/><bottom/><diagonal/></border>' },
  cellXfs: { count: 1, children: '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' },
};

/** Collects the styles a set of sheets needs; `xml()` then returns the styles part with them appended. */
export class StyleBook {
  private xmlText: string;
  private readonly p: string;
  private readonly numFmts = new Map<string, number>();
  private nextNumFmt = FIRST_CUSTOM_NUMFMT;
  private readonly added: Record<'numFmts' | 'fonts' | 'fills' | 'borders' | 'cellXfs', string[]> = {
    numFmts: [],
    fonts: [],
    fills: [],
    borders: [],
    cellXfs: [],
  };
  private readonly existing: Record<'fonts' | 'fills' | 'borders' | 'cellXfs', string[]>;
  private readonly memo = new Map<string, number>();

  constructor(stylesXml: string) {
    this.p = rootPrefix(stylesXml, 'styleSheet');
    this.xmlText = stylesXml;
    for (const name of ['numFmts', 'fonts', 'fills', 'borders', 'cellXfs']) this.ensureContainer(name);
    for (const el of elements(this.container('numFmts'), `${this.p}numFmt`)) {
      const code = attr(el.text, 'formatCode');
      if (code !== undefined && !this.numFmts.has(code))
        this.numFmts.set(code, Number(attr(el.text, 'numFmtId')));
    }
    // Differential formats declare ids too: a new id must clash with none of them.
    for (const el of elements(stylesXml, `${this.p}numFmt`)) {
      const id = Number(attr(el.text, 'numFmtId'));
      if (Number.isInteger(id) && id >= this.nextNumFmt) this.nextNumFmt = id + 1;
    }
    this.existing = {
      fonts: elements(this.container('fonts'), `${this.p}font`).map((e) => e.text),
      fills: elements(this.container('fills'), `${this.p}fill`).map((e) => e.text),
      borders: elements(this.container('borders'), `${this.p}border`).map((e) => e.text),
      cellXfs: elements(this.container('cellXfs'), `${this.p}xf`).map((e) => e.text),
    };
  }

  /** The cellXfs index for a style; 0 (no `s` attribute needed) for the default look. */
  index(style: CellStyle): number {
    const key =
      `${style.fill ?? ''}|${style.bold ? 1 : 0}|${style.link ? 1 : 0}|${style.numFmt ?? ''}|${style.wrap ? 1 : 0}` +
      `|${style.border ? 1 : 0}|${style.align ?? ''}|${style.vertical ?? ''}`;
    let index = this.memo.get(key);
    if (index === undefined) {
      index = this.xfIndex(style);
      this.memo.set(key, index);
    }
    return index;
  }

  xml(): string {
    let xml = this.xmlText;
    for (const name of ['numFmts', 'fonts', 'fills', 'borders', 'cellXfs'] as const) {
      const children = this.added[name];
      if (children.length === 0) continue;
      xml = appendChildren(xml, `${this.p}${name}`, children.join(''));
      const el = element(xml, `${this.p}${name}`);
      if (!el) continue;
      const childName = { numFmts: 'numFmt', fonts: 'font', fills: 'fill', borders: 'border', cellXfs: 'xf' }[
        name
      ];
      const count = elements(el.text, `${this.p}${childName}`).length;
      xml = splice(xml, el.start, el.end, setAttr(el.text, 'count', String(count)));
    }
    return xml;
  }

  private xfIndex(style: CellStyle): number {
    const numFmtId = style.numFmt === null ? 0 : this.numFmtId(style.numFmt);
    const fontId = style.bold || style.link ? this.find('fonts', this.font(style.bold, style.link)) : 0;
    const fillId = style.fill === null ? 0 : this.find('fills', this.fill(style.fill));
    const borderId = style.border ? this.find('borders', this.thinBorder()) : 0;
    const alignment =
      (style.align ? ` horizontal="${style.align}"` : '') +
      (style.vertical ? ` vertical="${style.vertical}"` : '') +
      (style.wrap ? ' wrapText="1"' : '');
    if (numFmtId === 0 && fontId === 0 && fillId === 0 && borderId === 0 && !alignment) return 0;
    const p = this.p;
    return this.find(
      'cellXfs',
      `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"` +
        `${numFmtId ? ' applyNumberFormat="1"' : ''}${fontId ? ' applyFont="1"' : ''}` +
        `${fillId ? ' applyFill="1"' : ''}${borderId ? ' applyBorder="1"' : ''}` +
        (alignment ? ` applyAlignment="1"><${p}alignment${alignment}/></${p}xf>` : '/>'),
    );
  }

  private thinBorder(): string {
    const p = this.p;
    const side = (name: string) => `<${p}${name} style="thin"><${p}color indexed="64"/></${p}${name}>`;
    return `<${p}border>${['left', 'right', 'top', 'bottom'].map(side).join('')}<${p}diagonal/></${p}border>`;
  }

  /** An identical existing entry's index, else the index of a new one. */
  private find(list: 'fonts' | 'fills' | 'borders' | 'cellXfs', entry: string): number {
    const found = this.existing[list].indexOf(entry);
    if (found >= 0) return found;
    const pending = this.added[list].indexOf(entry);
    if (pending >= 0) return this.existing[list].length + pending;
    this.added[list].push(entry);
    return this.existing[list].length + this.added[list].length - 1;
  }

  private numFmtId(code: string): number {
    const known = BUILTIN_NUMFMTS[code] ?? this.numFmts.get(code);
    if (known !== undefined) return known;
    const id = this.nextNumFmt++;
    this.numFmts.set(code, id);
    this.added.numFmts.push(`<${this.p}numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
    return id;
  }

  /** The default font (font 0) made bold and/or link-like, so the owned sheets match the user's typeface. */
  private font(bold: boolean, link: boolean): string {
    const p = this.p;
    const base = this.existing.fonts[0] ?? `<${p}font/>`;
    const open = /^<[^>]*?\/?>/u.exec(base)?.[0] ?? `<${p}font>`;
    let inner = open.endsWith('/>') ? '' : base.slice(open.length, base.lastIndexOf('</'));
    const strip = (name: string) =>
      (inner = inner.replace(
        new RegExp(`<${p}${name}(?:\\s[^>]*?)?(?:/>|>[\\s\\S]*?</${p}${name}>)`, 'gu'),
        '',
      ));
    if (bold) strip('b');
    if (link) ['u', 'color'].forEach(strip);
    const extra = `${bold ? `<${p}b/>` : ''}${link ? `<${p}u/><${p}color rgb="${LINK_COLOR}"/>` : ''}`;
    return `<${p}font>${extra}${inner}</${p}font>`;
  }

  private fill(hex: string): string {
    const p = this.p;
    const rgb = `FF${hex.replace(/^#/u, '').toUpperCase()}`;
    return `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="${rgb}"/></${p}patternFill></${p}fill>`;
  }

  private container(name: string): string {
    return element(this.xmlText, `${this.p}${name}`)?.text ?? '';
  }

  /** Adds a missing container in its schema position, holding the defaults index 0 must mean. */
  private ensureContainer(name: string): void {
    const p = this.p;
    if (element(this.xmlText, `${p}${name}`)) return;
    const { count, children } = DEFAULTS[name] ?? { count: 0, children: '' };
    const tag = `<${p}${name} count="${count}">${children.replace(/<(\/?)/gu, `<$1${p}`)}</${p}${name}>`;
    const later = ORDER.slice(ORDER.indexOf(name) + 1)
      .map((n) => element(this.xmlText, `${p}${n}`))
      .find((e) => e !== undefined);
    const at = later?.start ?? this.xmlText.lastIndexOf(`</${p}styleSheet>`);
    this.xmlText = splice(this.xmlText, at, at, tag);
  }
}

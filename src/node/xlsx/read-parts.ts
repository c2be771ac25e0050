// The small parts the sheets need, read directly: the workbook's sheet list and date system, the shared strings,
// and which cell styles show a number as a date. Semantics follow what the exceljs loader gave (tested side by side).
import { parseRels, relsPathOf } from './opc';
import { attrOf, closeOf, decodeText, nextTag, rawAttr, textAfter, type Tag } from './xml-scan';
import type { ZipArchive } from './zip-read';

export class MissingPart extends Error {}

export interface SheetEntry {
  name: string;
  part: string;
}

export interface WorkbookParts {
  sheets: SheetEntry[];
  /** The 1904 date system (old Mac workbooks): serial 0 is 1 January 1904. */
  date1904: boolean;
  sharedStrings: (string | null)[];
  /** For each cell style index, whether it shows a number as a date or time. */
  dateStyles: boolean[];
}

const isType = (type: string, kind: string) => type.endsWith(`/${kind}`);

const tagsOf = function* (xml: string): Generator<Tag> {
  for (let tag = nextTag(xml, 0); tag; tag = nextTag(xml, tag.end)) yield tag;
};

/** Built-in number formats that show dates or times (ECMA-376 §18.8.30, as the exceljs table has them). */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47]);

/** A format code shows a date or time when it has y, m, d, h, s outside quotes and brackets (exceljs's rule). */
export const isDateFormat = (code: string): boolean =>
  /[ymdhMsb]+/u.test(code.replace(/\[[^\]]*\]/gu, '').replace(/"[^"]*"/gu, ''));

export const readDateStyles = (xml: string): boolean[] => {
  const custom = new Map<number, string>();
  const styles: boolean[] = [];
  let inCellXfs = false;
  const ids: number[] = [];
  for (const tag of tagsOf(xml)) {
    if (tag.name === 'numFmt' && !tag.closing) {
      const id = parseInt(rawAttr(xml, tag, 'numFmtId') ?? '', 10);
      const code = attrOf(xml, tag, 'formatCode');
      if (code !== undefined) custom.set(id, code.replace(/[\\](.)/gu, '$1'));
    } else if (tag.name === 'cellXfs') inCellXfs = !tag.closing && !tag.selfClosing;
    else if (inCellXfs && tag.name === 'xf' && !tag.closing)
      ids.push(parseInt(rawAttr(xml, tag, 'numFmtId') ?? '0', 10) || 0);
  }
  for (const id of ids) {
    const code = custom.get(id);
    styles.push(id !== 0 && (code !== undefined ? isDateFormat(code) : BUILT_IN_DATE_FORMATS.has(id)));
  }
  return styles;
};

/** Excel's _xHHHH_ escapes for characters XML cannot carry (uppercase hex, as exceljs decodes them). */
export const unescapeExcel = (s: string): string =>
  s.includes('_x')
    ? s.replace(/_x([0-9A-F]{4})_/gu, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : s;

/** One <si>: its text, or its rich-text runs joined; phonetic guides (<rPh>) are not part of the text. */
const sharedString = (xml: string, from: number, to: number): string | null => {
  let text: string | null = null;
  let runs: string[] | null = null;
  for (let tag = nextTag(xml, from); tag && tag.start < to; tag = nextTag(xml, tag.end)) {
    if (tag.closing) continue;
    if (tag.name === 'rPh') {
      const close = closeOf(xml, tag);
      if (close < 0) break;
      tag = { ...tag, end: close };
    } else if (tag.name === 'r') {
      const close = closeOf(xml, tag);
      let run = '';
      for (let t = nextTag(xml, tag.end); t && t.start < close; t = nextTag(xml, t.end))
        if (t.name === 't' && !t.closing) run = unescapeExcel(textAfter(xml, t));
      (runs ??= []).push(run);
      if (close < 0) break;
      tag = { ...tag, end: close };
    } else if (tag.name === 't') text = unescapeExcel(textAfter(xml, tag));
  }
  return runs ? runs.join('') : text;
};

export const readSharedStrings = (xml: string): (string | null)[] => {
  const out: (string | null)[] = [];
  for (let tag = nextTag(xml, 0); tag;) {
    if (tag.name === 'si' && !tag.closing) {
      if (tag.selfClosing) {
        out.push(null);
        tag = nextTag(xml, tag.end);
        continue;
      }
      const close = closeOf(xml, tag);
      if (close < 0) throw new MissingPart('unterminated <si> in shared strings');
      out.push(sharedString(xml, tag.end, close));
      tag = nextTag(xml, close);
    } else tag = nextTag(xml, tag.end);
  }
  return out;
};

const relIdOf = (xml: string, tag: Tag): string | undefined => {
  const m = /\s[A-Za-z_][-.\w]*:id\s*=\s*("([^"]*)"|'([^']*)')/u.exec(xml.slice(tag.attrsAt, tag.end));
  const raw = m?.[2] ?? m?.[3];
  return raw === undefined ? undefined : decodeText(raw);
};

export const readWorkbookParts = (zip: ZipArchive): WorkbookParts => {
  const need = (path: string): string => {
    if (!zip.has(path)) throw new MissingPart(`missing part ${path}`);
    return zip.text(path);
  };
  const wbPath = parseRels(need('_rels/.rels'), '').find((r) => isType(r.type, 'officeDocument'))?.part;
  if (!wbPath) throw new MissingPart('no workbook part');
  const wbXml = need(wbPath);
  const rels = zip.has(relsPathOf(wbPath)) ? parseRels(zip.text(relsPathOf(wbPath)), wbPath) : [];
  const relById = new Map(rels.map((r) => [r.id, r]));
  const sheets: SheetEntry[] = [];
  let date1904 = false;
  for (const tag of tagsOf(wbXml)) {
    if (tag.closing) continue;
    if (tag.name === 'workbookPr') {
      const v = rawAttr(wbXml, tag, 'date1904');
      date1904 = v === '1' || v === 'true';
    } else if (tag.name === 'sheet') {
      const rel = relById.get(relIdOf(wbXml, tag) ?? '');
      // Chart sheets and dialog sheets hold no cells.
      if (!rel || !isType(rel.type, 'worksheet') || !rel.part) continue;
      if (!zip.has(rel.part)) throw new MissingPart(`missing part ${rel.part}`);
      sheets.push({ name: attrOf(wbXml, tag, 'name') ?? '', part: rel.part });
    }
  }
  const partOf = (kind: string) => rels.find((r) => isType(r.type, kind) && r.part && zip.has(r.part))?.part;
  const stringsPath = partOf('sharedStrings');
  const stylesPath = partOf('styles');
  return {
    sheets,
    date1904,
    sharedStrings: stringsPath ? readSharedStrings(zip.text(stringsPath)) : [],
    dateStyles: stylesPath ? readDateStyles(zip.text(stylesPath)) : [],
  };
};

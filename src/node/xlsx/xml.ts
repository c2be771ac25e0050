// Just enough XML for editing package parts as text: the parts we touch are small, flat and machine-written, so
// string surgery keeps every byte we do not mean to change (a DOM round trip would reformat the user's parts).

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Text and attribute values; characters XML 1.0 forbids become Excel's _xHHHH_ escapes. */
export const escapeXml = (text: string): string =>
  text
    // With the u flag this class matches lone surrogates only, which UTF-8 cannot encode.
    .replace(/[\uD800-\uDFFF]/gu, '\uFFFD')
    .replace(/_(x[0-9A-Fa-f]{4}_)/gu, '_x005F_$1')
    .replace(/[&<>"]/gu, (ch) => ESCAPES[ch] ?? ch)
    .replace(
      // eslint-disable-next-line no-control-regex -- these are exactly the characters XML cannot carry
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu,
      (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`,
    );

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export const unescapeXml = (text: string): string =>
  text.replace(/&(#x[0-9A-Fa-f]+|#\d+|[a-z]+);/gu, (whole, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return NAMED[ref] ?? whole;
  });

/** The namespace prefix of a part's root element ('' or 'x:'): some generators write <x:workbook>. */
export const rootPrefix = (xml: string, localName: string): string =>
  new RegExp(`<([A-Za-z_][-.A-Za-z0-9_]*:)?${localName}[\\s>]`, 'u').exec(xml)?.[1] ?? '';

/** Every element `name` (self-closing or not, never nested in itself) in `xml`, with its offset. */
export const elements = (xml: string, name: string): { text: string; start: number; end: number }[] => {
  const re = new RegExp(`<${name}(?:\\s[^>]*?)?(?:/>|>[\\s\\S]*?</${name}>)`, 'gu');
  return [...xml.matchAll(re)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
};

/** The first element `name`, or undefined. */
export const element = (xml: string, name: string) => elements(xml, name)[0];

/** The opening tag of an element string: `<sheet name="…" r:id="…"/>` → its attributes' text. */
const openTag = (el: string): string => /^<[^>]*?\/?>/u.exec(el)?.[0] ?? '';

export const attr = (el: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name.replace(/[.]/gu, '\\$&')}\\s*=\\s*("([^"]*)"|'([^']*)')`, 'u').exec(
    openTag(el),
  );
  const raw = m?.[2] ?? m?.[3];
  return raw === undefined ? undefined : unescapeXml(raw);
};

/** Sets (or with `undefined` removes) one attribute in an element's opening tag, leaving the rest as written. */
export const setAttr = (el: string, name: string, value: string | undefined): string => {
  const tag = openTag(el);
  const re = new RegExp(`\\s${name.replace(/[.]/gu, '\\$&')}\\s*=\\s*("[^"]*"|'[^']*')`, 'u');
  let next: string;
  if (re.test(tag)) next = tag.replace(re, value === undefined ? '' : ` ${name}="${escapeXml(value)}"`);
  else if (value === undefined) return el;
  else next = tag.replace(/\s*(\/?>)$/u, ` ${name}="${escapeXml(value)}"$1`);
  return next + el.slice(tag.length);
};

/** Replaces a slice of a string: the edit primitive for elements found with `elements`. */
export const splice = (text: string, start: number, end: number, insert: string): string =>
  text.slice(0, start) + insert + text.slice(end);

/** Inserts children just before the closing tag of the first element `name` (expanding `<name/>` if needed). */
export const appendChildren = (xml: string, name: string, children: string): string => {
  const el = element(xml, name);
  if (!el) throw new Error(`no <${name}> element`);
  const expanded = el.text.endsWith('/>') ? `${el.text.slice(0, -2).trimEnd()}></${name}>` : el.text;
  const close = expanded.lastIndexOf('</');
  return splice(xml, el.start, el.end, expanded.slice(0, close) + children + expanded.slice(close));
};

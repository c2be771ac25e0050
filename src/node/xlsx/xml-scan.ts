// A forward scanner over machine-written XML text: tags and text runs found with indexOf, no tree built. The parts
// of an .xlsx are flat and regular; this is what lets a sheet of a million cells be read in one pass.

export interface Tag {
  /** Local name, namespace prefix removed. */
  name: string;
  /** Offset of '<' and just past '>'. */
  start: number;
  end: number;
  closing: boolean;
  selfClosing: boolean;
  /** Offset just past the name: the attributes are text.slice(attrsAt, end). */
  attrsAt: number;
}

const isNameEnd = (c: number): boolean => c === 32 || c === 62 || c === 47 || c === 9 || c === 10 || c === 13;

/** Just past the first '>' outside quotes from `from` (a '>' may sit unescaped in an attribute value). */
const tagEnd = (s: string, from: number): number => {
  let quote = 0;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 34 || c === 39) quote = c;
    else if (c === 62) return i + 1;
  }
  return -1;
};

/** The next element tag at or after `from` (comments, processing instructions and declarations are skipped). */
export const nextTag = (s: string, from: number): Tag | undefined => {
  let lt = s.indexOf('<', from);
  while (lt >= 0) {
    const c = s.charCodeAt(lt + 1);
    if (c === 33 /* ! */) {
      const close = s.startsWith('<!--', lt) ? s.indexOf('-->', lt + 4) : s.indexOf('>', lt);
      if (close < 0) return undefined;
      lt = s.indexOf('<', close + 1);
      continue;
    }
    if (c === 63 /* ? */) {
      const close = s.indexOf('?>', lt + 2);
      if (close < 0) return undefined;
      lt = s.indexOf('<', close + 2);
      continue;
    }
    const closing = c === 47;
    let i = closing ? lt + 2 : lt + 1;
    const nameStart = i;
    let colon = -1;
    for (; i < s.length; i++) {
      const ch = s.charCodeAt(i);
      if (isNameEnd(ch)) break;
      if (ch === 58) colon = i;
    }
    const end = tagEnd(s, i);
    if (end < 0) return undefined;
    return {
      name: s.slice(colon >= 0 ? colon + 1 : nameStart, i),
      start: lt,
      end,
      closing,
      selfClosing: !closing && s.charCodeAt(end - 2) === 47,
      attrsAt: i,
    };
  }
  return undefined;
};

/** An attribute of a tag by its exact (qualified) name, still escaped; undefined when absent. */
export const rawAttr = (s: string, tag: Tag, name: string): string | undefined => {
  let at = tag.attrsAt;
  for (;;) {
    at = s.indexOf(name, at);
    if (at < 0 || at >= tag.end) return undefined;
    const before = s.charCodeAt(at - 1);
    let i = at + name.length;
    if (before === 32 || before === 9 || before === 10 || before === 13) {
      while (s.charCodeAt(i) === 32) i++;
      if (s.charCodeAt(i) === 61 /* = */) {
        i++;
        while (s.charCodeAt(i) === 32) i++;
        const q = s.charCodeAt(i);
        if (q === 34 || q === 39) {
          const close = s.indexOf(q === 34 ? '"' : "'", i + 1);
          if (close > 0 && close < tag.end) return s.slice(i + 1, close);
          return undefined;
        }
      }
    }
    at += name.length;
  }
};

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text or attribute content as an XML parser hands it over: line ends normalised, references resolved. */
export const decodeText = (raw: string): string => {
  let s = raw;
  if (s.includes('\r')) s = s.replace(/\r\n?/gu, '\n');
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z]+);/gu, (whole, ref: string) => {
    if (ref.charCodeAt(0) === 35) {
      const code = ref.charCodeAt(1) === 120 ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
};

/** Attribute values also turn tabs and line ends into spaces (XML attribute-value normalisation). */
export const decodeAttr = (raw: string): string => {
  const s = /[\t\n\r]/u.test(raw) ? raw.replace(/\r\n|[\t\n\r]/gu, ' ') : raw;
  return decodeText(s);
};

export const attrOf = (s: string, tag: Tag, name: string): string | undefined => {
  const raw = rawAttr(s, tag, name);
  return raw === undefined ? undefined : decodeAttr(raw);
};

/** The text content from just after an opening tag to the next tag (text-only elements: <t>, <v>, <f>). */
export const textAfter = (s: string, tag: Tag): string => {
  if (tag.selfClosing) return '';
  const lt = s.indexOf('<', tag.end);
  const raw = s.slice(tag.end, lt < 0 ? s.length : lt);
  if (s.startsWith('<![CDATA[', lt)) {
    // CDATA keeps its text as it is; rare in spreadsheets but legal.
    const close = s.indexOf(']]>', lt);
    return decodeText(raw) + s.slice(lt + 9, close < 0 ? s.length : close);
  }
  return decodeText(raw);
};

/** Offset of the closing tag of the element opened by `open` (elements of one name never nest in xlsx parts). */
export const closeOf = (s: string, open: Tag): number => {
  if (open.selfClosing) return open.end;
  const close = `</${s.slice(open.start + 1, open.attrsAt)}`;
  for (let at = s.indexOf(close, open.end); at >= 0; at = s.indexOf(close, at + close.length)) {
    const c = s.charCodeAt(at + close.length);
    if (c === 62 || c === 32 || c === 9 || c === 10 || c === 13) return at;
  }
  return -1;
};

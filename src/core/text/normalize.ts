// Canonical forms of cell text: what officers type (NBSP from Word, NFD from macOS, odd case) compares equal.

const ZERO_WIDTH = /[\u200B-\u200D\uFEFF]/gu;
const SPACE_LIKE = /[\u00A0\u202F\u2007\t\n\v\f\r\u2028\u2029]/gu;
const SPACE_RUN = / {2,}/gu;
const COMBINING = /\p{M}/gu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

// Strings made only of these are already NFC (Latin, Latin-1, Latin Extended and the precomposed Vietnamese
// letters of U+1E00–U+1EFF), so the costly normalisation can be skipped for nearly every cell.
const MAYBE_NOT_NFC = /[^\p{ASCII}\u0080-\u02FF\u1E00-\u1EFF]/u;
const NEEDS_SPACING = /[\p{Cc}\u00A0\u2007\u2028\u2029\u202F\u200B-\u200D\uFEFF]| {2}|^ | $/u;

/** NFC, one plain space between words, no invisible characters, trimmed. */
export function cleanText(v: string): string {
  if (!MAYBE_NOT_NFC.test(v) && !NEEDS_SPACING.test(v)) return v;
  return v.replace(ZERO_WIDTH, '').replace(SPACE_LIKE, ' ').normalize('NFC').replace(SPACE_RUN, ' ').trim();
}

/** Base letter of every precomposed Latin letter the keys meet, built once from Unicode's own decompositions. */
const BASE = new Map<string, string>();
for (const [from, to] of [
  [0x00c0, 0x024f],
  [0x1e00, 0x1eff],
] as const) {
  for (let cp = from; cp <= to; cp++) {
    const ch = String.fromCodePoint(cp);
    const base = ch.normalize('NFD').replace(COMBINING, '');
    if (base !== ch && base.length === 1) BASE.set(ch, base);
  }
}
BASE.set('đ', 'd').set('Đ', 'D');
const HAS_MARKED = /[\u00C0-\u024F\u1E00-\u1EFF]/u;

/** Removes tone and vowel marks (đ → d) but keeps case and punctuation; the result is NFC. */
export function stripDiacritics(v: string): string {
  if (!MAYBE_NOT_NFC.test(v)) {
    if (!HAS_MARKED.test(v)) return v;
    let out = '';
    for (const ch of v) out += BASE.get(ch) ?? ch;
    return out;
  }
  return v.normalize('NFD').replace(COMBINING, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'D').normalize('NFC');
}

const foldMemo = new Map<string, string>();

/** Matching key: "Họ  tên Chủ hộ" → "ho ten chu ho". Letters and digits of any script survive. */
export function foldKey(v: string): string {
  // Headers, dropdown values and place names repeat on every row: fold each spelling once.
  let key = foldMemo.get(v);
  if (key === undefined) {
    if (foldMemo.size >= 20000) foldMemo.clear();
    key = foldUncached(v);
    foldMemo.set(v, key);
  }
  return key;
}

function foldUncached(v: string): string {
  return stripDiacritics(cleanText(v).toLowerCase())
    .replace(NOT_LETTER_OR_DIGIT, ' ')
    .replace(SPACE_RUN, ' ')
    .trim();
}

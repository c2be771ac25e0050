// Canonical forms of cell text: what officers type (NBSP from Word, NFD from macOS, odd case) compares equal.

const ZERO_WIDTH = /[\u200B-\u200D\uFEFF]/gu;
const SPACE_LIKE = /[\u00A0\u202F\u2007\t\n\v\f\r\u2028\u2029]/gu;
const SPACE_RUN = / {2,}/gu;
const COMBINING = /\p{M}/gu;
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/** NFC, one plain space between words, no invisible characters, trimmed. */
export function cleanText(v: string): string {
  return v.replace(ZERO_WIDTH, '').replace(SPACE_LIKE, ' ').normalize('NFC').replace(SPACE_RUN, ' ').trim();
}

/** Removes tone and vowel marks (đ → d) but keeps case and punctuation; the result is NFC. */
export function stripDiacritics(v: string): string {
  return v.normalize('NFD').replace(COMBINING, '').replace(/đ/gu, 'd').replace(/Đ/gu, 'D').normalize('NFC');
}

/** Matching key: "Họ  tên Chủ hộ" → "ho ten chu ho". Letters and digits of any script survive. */
export function foldKey(v: string): string {
  return stripDiacritics(cleanText(v).toLowerCase()).replace(NOT_LETTER_OR_DIGIT, ' ').replace(SPACE_RUN, ' ').trim();
}

// Legacy Vietnamese encodings (TCVN3/ABC ".VnTime" and VNI-Windows) pasted from old documents, as they show
// when their bytes are read as Windows-1252/Latin-1: "NguyÔn V¨n An", "Nguyeãn Vaên An" → "Nguyễn Văn An".
import { isVietnameseSyllable } from './syllable';

export type LegacyEncoding = 'tcvn3' | 'vni';

function zipTable(pairs: readonly (readonly [string, string])[]): ReadonlyMap<string, string> {
  const map = new Map<string, string>();
  for (const [codes, letters] of pairs) {
    const c = Array.from(codes);
    const l = Array.from(letters);
    if (c.length !== l.length) throw new Error(`legacy table row mismatch: ${codes}`);
    c.forEach((ch, i) => map.set(ch, l[i] ?? ''));
  }
  return map;
}

// TCVN3 (TCVN 5712:1993, VN3): 67 lowercase letters and 7 uppercase bases. Toned capitals only exist
// through the ".VnTimeH" fonts, which draw the lowercase codes as capitals; see tcvn3WordCase.
const TCVN3 = zipTable([
  ['µ¸¶·¹', 'àáảãạ'],
  ['¨»¾¼½Æ', 'ăằắẳẵặ'],
  ['©ÇÊÈÉË', 'âầấẩẫậ'],
  ['®', 'đ'],
  ['ÌÐÎÏÑ', 'èéẻẽẹ'],
  ['ªÒÕÓÔÖ', 'êềếểễệ'],
  ['×ÝØÜÞ', 'ìíỉĩị'],
  ['ßãáâä', 'òóỏõọ'],
  ['«åèæçé', 'ôồốổỗộ'],
  ['¬êíëìî', 'ơờớởỡợ'],
  ['ïóñòô', 'ùúủũụ'],
  ['\u00ADõøö÷ù', 'ưừứửữự'],
  ['úýûüþ', 'ỳýỷỹỵ'],
  ['¡¢£¤¥¦§', 'ĂÂÊÔƠƯĐ'],
]);
const TCVN3_UPPER_CODES = new Set(Array.from('¡¢£¤¥¦§'));

// VNI-Windows: a base letter followed by a mark character, plus a few single letters.
const TONE = { acute: '\u0301', grave: '\u0300', hook: '\u0309', tilde: '\u0303', dot: '\u0323' } as const;
const CIRCUMFLEX = '\u0302';
const BREVE = '\u0306';
interface VniMark {
  modifier: typeof CIRCUMFLEX | typeof BREVE | null;
  tone: string | null;
}
const VNI_MARKS: ReadonlyMap<string, VniMark> = (() => {
  const rows: [string, VniMark][] = [
    ['ùÙ', { modifier: null, tone: TONE.acute }],
    ['øØ', { modifier: null, tone: TONE.grave }],
    ['ûÛ', { modifier: null, tone: TONE.hook }],
    ['õÕ', { modifier: null, tone: TONE.tilde }],
    ['ïÏ', { modifier: null, tone: TONE.dot }],
    ['âÂ', { modifier: CIRCUMFLEX, tone: null }],
    ['áÁ', { modifier: CIRCUMFLEX, tone: TONE.acute }],
    ['àÀ', { modifier: CIRCUMFLEX, tone: TONE.grave }],
    ['åÅ', { modifier: CIRCUMFLEX, tone: TONE.hook }],
    ['ãÃ', { modifier: CIRCUMFLEX, tone: TONE.tilde }],
    ['äÄ', { modifier: CIRCUMFLEX, tone: TONE.dot }],
    ['êÊ', { modifier: BREVE, tone: null }],
    ['éÉ', { modifier: BREVE, tone: TONE.acute }],
    ['èÈ', { modifier: BREVE, tone: TONE.grave }],
    ['úÚ', { modifier: BREVE, tone: TONE.hook }],
    ['üÜ', { modifier: BREVE, tone: TONE.tilde }],
    ['ëË', { modifier: BREVE, tone: TONE.dot }],
  ];
  const map = new Map<string, VniMark>();
  for (const [chars, mark] of rows) for (const ch of chars) map.set(ch, mark);
  return map;
})();
const VNI_LETTERS = zipTable([
  ['ôöñíìæóòî', 'ơưđíìỉĩịỵ'],
  ['ÔÖÑÍÌÆÓÒÎ', 'ƠƯĐÍÌỈĨỊỴ'],
]);

const VIETNAMESE_BEYOND_LATIN1 = /[\u0100-\u024F\u1E00-\u1EFF]/u;
const VOWEL_BASE = /^[aeiouy]$/iu;

interface Conversion {
  text: string;
  /** How many characters the legacy reading explains… */
  evidence: number;
  /** …and how many of them could not be Unicode Vietnamese letters (symbols, "ñ", a mark after a vowel). */
  strong: number;
}

/** Latin-1 letters that Unicode Vietnamese also uses: as legacy codes they are weak evidence. */
const VIETNAMESE_LATIN1 = new Set(Array.from('àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ'));

/** Case of a TCVN3 word: ".VnTimeH" capitals show as ASCII capitals around lowercase codes ("HäC" = "HỌC"). */
function tcvn3WordIsUpper(word: readonly string[]): boolean {
  if (word.some((ch) => /[a-z]/u.test(ch))) return false;
  return word.some((ch, i) => i > 0 && (/[A-Z]/u.test(ch) || TCVN3_UPPER_CODES.has(ch)));
}

function fromTcvn3(s: string): Conversion {
  const words = s.split(/(\s+)/u).map((w) => Array.from(w));
  const allCaps = !/[a-z]/u.test(s) && words.some(tcvn3WordIsUpper);
  let evidence = 0;
  let strong = 0;
  const text = words
    .map((chars) => {
      const upper = allCaps || tcvn3WordIsUpper(chars);
      return chars
        .map((ch) => {
          const mapped = TCVN3.get(ch);
          if (mapped === undefined) return ch;
          evidence++;
          if (!VIETNAMESE_LATIN1.has(ch) && !VNI_LETTERS.has(ch)) strong++;
          return upper ? mapped.toUpperCase() : mapped;
        })
        .join('');
    })
    .join('');
  return { text: text.normalize('NFC'), evidence, strong };
}

/** null when a VNI mark has nothing it can sit on: the text is not VNI. */
function fromVni(s: string): Conversion | null {
  const out: string[] = [];
  let evidence = 0;
  let strong = 0;
  for (const ch of s) {
    const mark = VNI_MARKS.get(ch);
    if (mark) {
      const prev = out.pop();
      const prevLower = prev !== undefined && prev === prev.toLowerCase();
      const markLower = ch === ch.toLowerCase();
      // VNI marks take their vowel's case (a capital may carry a small mark); "yÕn" is TCVN3 "yến".
      const combined = prev === undefined || (prevLower && !markLower) ? null : applyVniMark(prev, mark);
      if (combined === null) return null;
      out.push(combined);
      evidence++;
      if (prevLower === markLower) strong++;
      continue;
    }
    const letter = VNI_LETTERS.get(ch);
    if (letter !== undefined) {
      evidence++;
      // Only đ and ư are telling: VNI's one-character i and ỵ forms (æ ó ò î) are TCVN3 codes too.
      if ('ñÑöÖ'.includes(ch)) strong++;
      out.push(letter);
    } else {
      out.push(ch);
    }
  }
  return { text: out.join('').normalize('NFC'), evidence, strong };
}

function applyVniMark(prev: string, mark: VniMark): string | null {
  const parts = prev.normalize('NFD');
  const base = parts.charAt(0);
  const marks = parts.slice(1);
  if (!VOWEL_BASE.test(base)) return null;
  if (mark.tone !== null && /[\u0300\u0301\u0303\u0309\u0323]/u.test(marks)) return null;
  if (mark.modifier !== null) {
    if (marks !== '') return null;
    if (mark.modifier === CIRCUMFLEX && !/^[aeo]$/iu.test(base)) return null;
    if (mark.modifier === BREVE && !/^a$/iu.test(base)) return null;
  }
  return (parts + (mark.modifier ?? '') + (mark.tone ?? '')).normalize('NFC');
}

/** Every word that is not plain ASCII reads as a Vietnamese syllable (in decoded text, cased as a word is). */
function readsAsVietnamese(text: string, wordPattern: RegExp, checkCase = false): boolean {
  const words = text.match(wordPattern) ?? [];
  return words.every(
    (w) => !/[^\p{ASCII}]/u.test(w) || (isVietnameseSyllable(w) && (!checkCase || wellCased(w))),
  );
}

/** "lệ", "Lệ", "LỆ" but not "lƯ": a decoding that leaves capitals inside a word read the wrong encoding. */
function wellCased(word: string): boolean {
  const rest = Array.from(word).slice(1).join('');
  return rest === rest.toLowerCase() || word === word.toUpperCase();
}

/** How many words that already read as Unicode Vietnamese a decoding would change ("mình" → "mỡnh"). */
function alteredWords(original: string, decoded: string): number {
  const before = original.split(/\s+/u);
  const after = decoded.split(/\s+/u);
  let altered = 0;
  before.forEach((w, i) => {
    if (w !== after[i] && /[^\p{ASCII}]/u.test(w) && readsAsVietnamese(w, LEGACY_WORD)) altered++;
  });
  return altered;
}

/** Every non-ASCII word of decoded text reads as a Vietnamese syllable, cased as a word is. */
export const readsAsVietnameseText = (text: string, checkCase = true): boolean =>
  readsAsVietnamese(text, LEGACY_WORD, checkCase);

/** Text that may be legacy: it has Latin-1 letters and none of the Vietnamese letters beyond Latin-1. */
export const mayBeLegacy = (s: string): boolean => {
  // Asked of every string cell of the workbook before anything else (decodeWorkbook): one scan of the code
  // units decides, and only text with combining marks (which NFC may compose beyond Latin-1) is normalised.
  let latin1 = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c <= 0xff) latin1 = true;
    else if (c >= 0x300 && c <= 0x36f) return slowMayBeLegacy(s);
    else if (c <= 0x24f || (c >= 0x1e00 && c <= 0x1eff)) return false;
  }
  return latin1;
};
const slowMayBeLegacy = (s: string): boolean =>
  /[\u0080-\u00FF]/u.test(s) && !VIETNAMESE_BEYOND_LATIN1.test(s.normalize('NFC'));

// Read as legacy text, TCVN3 codes that are symbols ("«", "¸", "\u00AD") are letters inside words.
const LEGACY_WORD = new RegExp(`[\\p{L}\\p{M}${Array.from(TCVN3.keys()).join('')}]+`, 'gu');

/**
 * Decodes text the caller knows is TCVN3 or VNI (no detection). null when VNI marks have no vowel to sit on.
 */
export function decodeLegacy(s: string, encoding: LegacyEncoding): string | null {
  const nfc = s.normalize('NFC');
  return encoding === 'tcvn3' ? fromTcvn3(nfc).text : (fromVni(nfc)?.text ?? null);
}

const legacyMemo = new Map<string, Readonly<{ text: string; encoding: LegacyEncoding }> | null>();

/**
 * The Unicode text behind TCVN3 or VNI text, or null when `s` already is Unicode Vietnamese, ASCII, or
 * anything that does not read as Vietnamese in either legacy encoding (e.g. "José", "Müller").
 */
export function convertLegacy(s: string): Readonly<{ text: string; encoding: LegacyEncoding }> | null {
  // A register repeats the same few spellings on every row (20k households: 220k calls, 8.8k distinct texts):
  // decide each spelling once, in a bounded memo like foldKey's.
  let hit = legacyMemo.get(s);
  if (hit === undefined) {
    if (legacyMemo.size >= 20000) legacyMemo.clear();
    const found = convertUncached(s);
    hit = found ? Object.freeze(found) : null;
    legacyMemo.set(s, hit);
  }
  return hit;
}

function convertUncached(s: string): { text: string; encoding: LegacyEncoding } | null {
  const nfc = s.normalize('NFC');
  if (VIETNAMESE_BEYOND_LATIN1.test(nfc) || !/[\u0080-\u00FF]/u.test(nfc)) return null;
  if (readsAsVietnamese(nfc, LEGACY_WORD)) return null;
  const candidates: {
    text: string;
    encoding: LegacyEncoding;
    evidence: number;
    strong: number;
    altered: number;
  }[] = [];
  const tcvn3 = fromTcvn3(nfc);
  if (tcvn3.evidence > 0 && readsAsVietnamese(tcvn3.text, LEGACY_WORD, true))
    candidates.push({ ...tcvn3, encoding: 'tcvn3', altered: alteredWords(nfc, tcvn3.text) });
  const vni = fromVni(nfc);
  if (vni && vni.evidence > 0 && readsAsVietnamese(vni.text, LEGACY_WORD, true))
    candidates.push({ ...vni, encoding: 'vni', altered: alteredWords(nfc, vni.text) });
  // A reading that rewrites a word already valid as Unicode ("Thôn" in a typo "Thôn Tâ") needs at least one
  // character proper Vietnamese never uses; without it, the text is Unicode with a typo, not legacy text.
  for (let i = candidates.length - 1; i >= 0; i--) {
    const c = candidates[i];
    if (c && c.strong === 0 && c.altered > 0) candidates.splice(i, 1);
  }
  // The better reading explains more telling characters, then more characters, then leaves more
  // already-Vietnamese words alone ("chî lín" is TCVN3 "chợ lớn", not VNI "chỵ lín").
  candidates.sort((a, b) => b.strong - a.strong || b.evidence - a.evidence || a.altered - b.altered);
  const [best, second] = candidates;
  // Both readings equally good ("chæ": VNI "chỉ", TCVN3 "chổ"): guessing would corrupt names.
  if (!best || best.text === nfc) return null;
  if (
    second &&
    second.strong === best.strong &&
    second.evidence === best.evidence &&
    second.altered === best.altered
  )
    return null;
  return { text: best.text, encoding: best.encoding };
}

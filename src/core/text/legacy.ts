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
/** Latin-1 letters that Unicode Vietnamese also uses: as TCVN3 codes they prove nothing on their own. */
const VIETNAMESE_LATIN1 = new Set(Array.from('àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ'));
const VOWEL_BASE = /^[aeiouy]$/iu;

interface Conversion {
  text: string;
  /** How many characters only the legacy reading explains. */
  evidence: number;
}

/** Case of a TCVN3 word: ".VnTimeH" capitals show as ASCII capitals around lowercase codes ("HäC" = "HỌC"). */
function tcvn3WordIsUpper(word: readonly string[]): boolean {
  if (word.some((ch) => /[a-z]/u.test(ch))) return false;
  return word.some((ch, i) => i > 0 && (/[A-Z]/u.test(ch) || TCVN3_UPPER_CODES.has(ch)));
}

function fromTcvn3(s: string): Conversion {
  const words = s.split(/(\s+)/u).map((w) => Array.from(w));
  const allCaps = !/[a-z]/u.test(s) && words.some(tcvn3WordIsUpper);
  let evidence = 0;
  const text = words
    .map((chars) => {
      const upper = allCaps || tcvn3WordIsUpper(chars);
      return chars
        .map((ch) => {
          const mapped = TCVN3.get(ch);
          if (mapped === undefined) return ch;
          if (!VIETNAMESE_LATIN1.has(ch)) evidence++;
          return upper ? mapped.toUpperCase() : mapped;
        })
        .join('');
    })
    .join('');
  return { text: text.normalize('NFC'), evidence };
}

/** null when a VNI mark has nothing it can sit on: the text is not VNI. */
function fromVni(s: string): Conversion | null {
  const out: string[] = [];
  let evidence = 0;
  for (const ch of s) {
    const mark = VNI_MARKS.get(ch);
    if (mark) {
      const prev = out.pop();
      const combined = prev === undefined ? null : applyVniMark(prev, mark);
      if (combined === null) return null;
      out.push(combined);
      evidence++;
      continue;
    }
    const letter = VNI_LETTERS.get(ch);
    if (letter !== undefined) {
      if (letter !== ch) evidence++;
      out.push(letter);
    } else {
      out.push(ch);
    }
  }
  return { text: out.join('').normalize('NFC'), evidence };
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

/** Every word that is not plain ASCII reads as a Vietnamese syllable. */
function readsAsVietnamese(text: string, wordPattern: RegExp): boolean {
  const words = text.match(wordPattern) ?? [];
  return words.every((w) => !/[^\p{ASCII}]/u.test(w) || isVietnameseSyllable(w));
}

const UNICODE_WORD = /[\p{L}\p{M}]+/gu;
// Read as legacy text, TCVN3 codes that are symbols ("«", "¸", "\u00AD") are letters inside words.
const LEGACY_WORD = new RegExp(`[\\p{L}\\p{M}${Array.from(TCVN3.keys()).join('')}]+`, 'gu');

/**
 * The Unicode text behind TCVN3 or VNI text, or null when `s` already is Unicode Vietnamese, ASCII, or
 * anything that does not read as Vietnamese in either legacy encoding (e.g. "José", "Müller").
 */
export function convertLegacy(s: string): { text: string; encoding: LegacyEncoding } | null {
  const nfc = s.normalize('NFC');
  if (VIETNAMESE_BEYOND_LATIN1.test(nfc) || !/[\u0080-\u00FF]/u.test(nfc)) return null;
  if (readsAsVietnamese(nfc, LEGACY_WORD)) return null;
  const candidates: { text: string; encoding: LegacyEncoding; evidence: number }[] = [];
  const tcvn3 = fromTcvn3(nfc);
  if (tcvn3.evidence > 0 && readsAsVietnamese(tcvn3.text, UNICODE_WORD)) candidates.push({ ...tcvn3, encoding: 'tcvn3' });
  const vni = fromVni(nfc);
  if (vni && vni.evidence > 0 && readsAsVietnamese(vni.text, UNICODE_WORD)) candidates.push({ ...vni, encoding: 'vni' });
  candidates.sort((a, b) => b.evidence - a.evidence);
  const best = candidates[0];
  if (!best || best.text === nfc) return null;
  return { text: best.text, encoding: best.encoding };
}

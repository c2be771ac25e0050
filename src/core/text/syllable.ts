// Is a word shaped like one Vietnamese syllable? Legacy-encoding detection uses this to tell real
// Vietnamese from Latin-1 look-alikes ("Thoân" is not a syllable, its VNI reading "Thôn" is).

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const STOP_TONES = new Set(['\u0301', '\u0323']);

const INITIALS = ['ngh', 'ng', 'nh', 'ch', 'gh', 'gi', 'kh', 'ph', 'qu', 'th', 'tr', 'kr', 'b', 'c', 'd', 'đ', 'g', 'h', 'k', 'l', 'm', 'n', 'p', 'q', 'r', 's', 't', 'v', 'x', 'f', 'j', 'w', 'z'];
/** Nuclei that may take a final consonant. */
const OPEN_NUCLEI = ['uyê', 'a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y', 'iê', 'yê', 'oa', 'oă', 'oe', 'ua', 'uâ', 'uê', 'uô', 'uơ', 'uy', 'ươ', 'ưa', 'ia'];
/** Nuclei ending in a glide: no final consonant after them. */
const CLOSED_NUCLEI = ['ai', 'ao', 'au', 'ay', 'âu', 'ây', 'eo', 'êu', 'iu', 'oi', 'ôi', 'ơi', 'ui', 'ưi', 'ưu', 'iêu', 'yêu', 'oai', 'oay', 'oao', 'oeo', 'uây', 'uôi', 'ươi', 'ươu', 'uya', 'uyu'];
const FINALS = ['ch', 'ng', 'nh', 'c', 'k', 'm', 'n', 'p', 't'];
const STOP_FINALS = new Set(['c', 'ch', 'k', 'p', 't']);

const byLength = (xs: readonly string[]): string => [...xs].sort((a, b) => b.length - a.length).join('|');
const SYLLABLE = new RegExp(
  `^(?:${byLength(INITIALS)})?(?:(?:${byLength(OPEN_NUCLEI)})(${byLength(FINALS)})?|(?:${byLength(CLOSED_NUCLEI)}))$`,
  'u',
);

/** True for words like "Nguyễn", "người", "Đắk"; false for "Thoân", "Müller", "café". */
export function isVietnameseSyllable(word: string): boolean {
  const decomposed = word.normalize('NFD').toLowerCase();
  const tones = decomposed.match(TONE_MARKS) ?? [];
  if (tones.length > 1) return false;
  const toneless = decomposed.replace(TONE_MARKS, '').normalize('NFC');
  if (!/^[a-zăâêôơưđ]+$/u.test(toneless)) return false;
  const m = SYLLABLE.exec(toneless);
  if (!m) return false;
  // Vowels ă and â never end a syllable; stop finals only carry the sắc or nặng tone.
  if (/[ăâ]$/u.test(toneless)) return false;
  const final = m[1];
  if (final !== undefined && STOP_FINALS.has(final)) return tones.length === 1 && STOP_TONES.has(tones[0] ?? '');
  return true;
}

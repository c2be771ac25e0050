// Is a word shaped like one Vietnamese syllable (initial + nucleus + final, one tone on the right vowel)?
// Legacy-encoding detection uses this to tell real Vietnamese from look-alikes: "Thoân" is not a syllable
// but its VNI reading "Thôn" is; "leọ" (a TCVN3 misreading of VNI "leä") puts its tone on the wrong vowel.

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;
const STOP_TONES = new Set(['\u0301', '\u0323']);

const INITIALS = [
  '',
  'ngh',
  'ng',
  'nh',
  'ch',
  'gh',
  'gi',
  'kh',
  'ph',
  'qu',
  'th',
  'tr',
  'kr',
  'b',
  'c',
  'd',
  'đ',
  'g',
  'h',
  'k',
  'l',
  'm',
  'n',
  'p',
  'q',
  'r',
  's',
  't',
  'v',
  'x',
  'f',
  'j',
  'w',
  'z',
];
const FINALS = ['', 'ch', 'ng', 'nh', 'c', 'k', 'm', 'n', 'p', 't'];
const STOP_FINALS = new Set(['c', 'ch', 'k', 'p', 't']);
const Y_INITIALS = new Set(['', 'h', 'k', 'l', 'm', 'n', 's', 't', 'th', 'v', 'x', 'qu', 'f', 'j', 'w', 'z']);

interface Nucleus {
  /** Which vowel may carry the tone without a final consonant, and with one; null = that form does not exist. */
  open: readonly number[] | null;
  closed: readonly number[] | null;
}
const n = (open: readonly number[] | null, closed: readonly number[] | null): Nucleus => ({ open, closed });

const NUCLEI: ReadonlyMap<string, Nucleus> = new Map([
  ...['a', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'].map((v): [string, Nucleus] => [v, n([0], [0])]),
  ...['ă', 'â'].map((v): [string, Nucleus] => [v, n(null, [0])]),
  // Glide endings: the first vowel carries the tone, and nothing follows.
  ...[
    'ai',
    'ao',
    'au',
    'ay',
    'âu',
    'ây',
    'eo',
    'êu',
    'iu',
    'oi',
    'ôi',
    'ơi',
    'ui',
    'ưi',
    'ưu',
    'ia',
    'ua',
    'ưa',
  ].map((v): [string, Nucleus] => [v, n([0], null)]),
  ...['iêu', 'yêu', 'oai', 'oay', 'oao', 'oeo', 'uây', 'uôi', 'ươi', 'ươu', 'uya', 'uyu'].map(
    (v): [string, Nucleus] => [v, n([1], null)],
  ),
  // Rising diphthongs: old ("hòa") and new ("hoà") tone placement are both correct when nothing follows.
  ...['oa', 'oe', 'uy'].map((v): [string, Nucleus] => [v, n([0, 1], [1])]),
  ...['uê', 'uơ'].map((v): [string, Nucleus] => [v, n([1], [1])]),
  ...['iê', 'yê', 'uô', 'ươ', 'uâ', 'oă'].map((v): [string, Nucleus] => [v, n(null, [1])]),
  ['uyê', n(null, [2])],
]);

const syllableMemo = new Map<string, boolean>();

/** Names reuse a few thousand syllables; each spelling is analysed once. */
export function isVietnameseSyllable(word: string): boolean {
  let known = syllableMemo.get(word);
  if (known === undefined) {
    if (syllableMemo.size >= 50000) syllableMemo.clear();
    known = analyseSyllable(word);
    syllableMemo.set(word, known);
  }
  return known;
}

/** True for words like "Nguyễn", "người", "Đắk", "hoà"; false for "Thoân", "Müller", "café", "leọ". */
function analyseSyllable(word: string): boolean {
  const decomposed = word.normalize('NFD').toLowerCase();
  const tones = decomposed.match(TONE_MARKS) ?? [];
  if (tones.length > 1) return false;
  const tone = tones[0] ?? null;
  const toneless = decomposed.replace(TONE_MARKS, '').normalize('NFC');
  if (!/^[a-zăâêôơưđ]+$/u.test(toneless)) return false;
  const toned = tone === null ? -1 : tonedLetterIndex(decomposed);
  for (const initial of INITIALS) {
    if (!toneless.startsWith(initial)) continue;
    for (const final of FINALS) {
      if (initial.length + final.length >= toneless.length || !toneless.endsWith(final)) continue;
      const nucleusText = toneless.slice(initial.length, toneless.length - final.length);
      const nucleus = NUCLEI.get(nucleusText);
      const positions = nucleus && (final === '' ? nucleus.open : nucleus.closed);
      if (!positions) continue;
      // Lone "y" is spelt only after these initials ("Vy", "kỹ", "quý"); elsewhere the vowel is written "i".
      if (nucleusText === 'y' && (final !== '' || !Y_INITIALS.has(initial))) continue;
      if (toned >= 0 && !positions.includes(toned - initial.length)) continue;
      // Stop finals only carry the sắc or nặng tone.
      if (STOP_FINALS.has(final) && (tone === null || !STOP_TONES.has(tone))) continue;
      return true;
    }
  }
  return false;
}

/** Index, among the word's letters, of the letter the tone mark sits on (NFD: marks follow their letter). */
function tonedLetterIndex(decomposed: string): number {
  let letter = -1;
  for (const ch of decomposed) {
    if (!/\p{M}/u.test(ch)) letter++;
    else if (/[\u0300\u0301\u0303\u0309\u0323]/u.test(ch)) return letter;
  }
  return -1;
}

import { convertLegacy } from '../../../src/core/text/legacy';

describe('convertLegacy: TCVN3 (.VnTime)', () => {
  it.each([
    ['NguyÔn V¨n An', 'Nguyễn Văn An'],
    ['Hä vµ tªn', 'Họ và tên'],
    ['Th«n', 'Thôn'],
    ['§¹t', 'Đạt'],
    ['Tr\u00ADêng häc', 'Trường học'],
    ['Céng hßa x· héi chñ nghÜa ViÖt Nam', 'Cộng hòa xã hội chủ nghĩa Việt Nam'],
    ['§éc lËp - Tù do - H¹nh phóc', 'Độc lập - Tự do - Hạnh phúc'],
  ])('%s → %s', (legacy, unicode) =>
    expect(convertLegacy(legacy)).toEqual({ text: unicode, encoding: 'tcvn3' }),
  );
  it('reads the .VnTimeH capitals', () => {
    expect(convertLegacy('NGUYÔN V¡N AN')).toEqual({ text: 'NGUYỄN VĂN AN', encoding: 'tcvn3' });
    expect(convertLegacy('HäC TËP')).toEqual({ text: 'HỌC TẬP', encoding: 'tcvn3' });
  });
});

describe('convertLegacy: VNI-Windows', () => {
  it.each([
    ['Nguyeãn Vaên An', 'Nguyễn Văn An'],
    ['Thoân', 'Thôn'],
    ['Ñaït', 'Đạt'],
    ['Tröôøng hoïc', 'Trường học'],
    ['Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam', 'Cộng hòa xã hội chủ nghĩa Việt Nam'],
    ['NGUYEÃN VAÊN AN', 'NGUYỄN VĂN AN'],
  ])('%s → %s', (legacy, unicode) =>
    expect(convertLegacy(legacy)).toEqual({ text: unicode, encoding: 'vni' }),
  );
});

describe('convertLegacy leaves proper text alone', () => {
  it.each([
    'Thôn',
    'Hoà',
    'Buôn',
    'Nguyễn Văn An',
    'có',
    'Nguyen Van An',
    'José',
    'Müller',
    'Raúl',
    'Zoë',
    'François',
    '',
  ])('%p → null', (s) => expect(convertLegacy(s)).toBeNull());
});

import fc from 'fast-check';
import { decodeLegacy, mayBeLegacy } from '../../../src/core/text/legacy';
import { lowercaseLetters, toTcvn3, toVni } from './fixtures/legacy-encoders';
import { latin1OnlyWords, vietnameseWords } from './fixtures/vietnamese-words';

describe('decodeLegacy: every letter', () => {
  it('knows 67 lowercase letters, so 134 with capitals', () => {
    expect(new Set(lowercaseLetters).size).toBe(67);
  });
  it.each(lowercaseLetters)('TCVN3 %s', (letter) => {
    expect(decodeLegacy(toTcvn3(letter), 'tcvn3')).toBe(letter);
    // .VnTimeH: the lowercase code between capitals is a capital.
    expect(decodeLegacy(`X${toTcvn3(letter)}X`, 'tcvn3')).toBe(`X${letter.toUpperCase()}X`);
  });
  it.each(['Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ'])('TCVN3 capital %s', (letter) => {
    expect(decodeLegacy(`${toTcvn3(letter)}n`, 'tcvn3')).toBe(`${letter}n`);
  });
  it.each(lowercaseLetters)('VNI %s in both cases', (letter) => {
    expect(decodeLegacy(toVni(letter), 'vni')).toBe(letter);
    expect(decodeLegacy(toVni(letter.toUpperCase()), 'vni')).toBe(letter.toUpperCase());
    expect(decodeLegacy(toVni(letter.toUpperCase(), 'lower'), 'vni')).toBe(letter.toUpperCase());
  });
  it('refuses VNI marks with no vowel under them', () => {
    expect(decodeLegacy('ù', 'vni')).toBeNull();
    expect(decodeLegacy('Jos\u00E9', 'vni')).toBeNull();
    expect(decodeLegacy('aùù', 'vni')).toBeNull();
    expect(decodeLegacy('uâ', 'vni')).toBeNull();
    expect(decodeLegacy('oê', 'vni')).toBeNull();
  });
});

describe('convertLegacy on real text', () => {
  const sentences = [
    'Họ và tên chủ hộ',
    'Nguyễn Thị Thuỷ',
    'Trần Văn Hùng',
    'Phạm Đức Thắng',
    'Lê Thị Hương',
    'Thôn Đông Hoà',
    'Bản Nà Hối',
    'Tổ dân phố số 5',
    'Gia đình học tập',
    'Dòng họ học tập',
    'Cộng đồng học tập cấp thôn',
    'Ủy ban nhân dân xã Hòa An',
    'Hội Khuyến học xã',
    'Đạt',
    'Không đạt',
    'Kết quả đánh giá xếp loại',
    'Người cao tuổi',
    'Quyết định công nhận danh hiệu',
    'Đắk Lắk',
    'Mường Khương',
    'Tuyên truyền, huấn luyện (năm 2026)',
  ];
  // .VnTime has no toned capitals, so sentences starting with one are tested through .VnTimeH below.
  const vnTimeSentences = sentences.filter(
    (s) => !/[ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ]/u.test(s),
  );
  it('tests most sentences in .VnTime', () => expect(vnTimeSentences.length).toBeGreaterThan(15));
  it.each(vnTimeSentences)('TCVN3 "%s"', (s) => {
    expect(convertLegacy(toTcvn3(s))).toEqual({ text: s, encoding: 'tcvn3' });
  });
  it.each(sentences.map((s) => s.toUpperCase()))('TCVN3 .VnTimeH "%s"', (s) => {
    const vnTimeH = Array.from(s)
      .map((ch) =>
        /[ĂÂÊÔƠƯĐ]/u.test(ch)
          ? toTcvn3(ch)
          : ch === ch.toLowerCase()
            ? ch
            : /[A-Z]/u.test(ch)
              ? ch
              : toTcvn3(ch.toLowerCase()),
      )
      .join('');
    expect(convertLegacy(vnTimeH)).toEqual({ text: s, encoding: 'tcvn3' });
  });
  it.each(sentences)('VNI "%s"', (s) => {
    expect(convertLegacy(toVni(s))).toEqual({ text: s, encoding: 'vni' });
  });
  it.each(sentences)('Unicode "%s" stays as it is', (s) => {
    expect(convertLegacy(s)).toBeNull();
    expect(convertLegacy(s.normalize('NFD'))).toBeNull();
    expect(convertLegacy(s.toUpperCase())).toBeNull();
  });
  it('leaves every corpus word alone, including those made of Latin-1 letters only', () => {
    expect(latin1OnlyWords.length).toBeGreaterThan(40);
    expect(vietnameseWords.filter((w) => convertLegacy(w) !== null)).toEqual([]);
    expect(vietnameseWords.map((w) => w.toUpperCase()).filter((w) => convertLegacy(w) !== null)).toEqual([]);
  });
  it.each([
    'The quick brown fox',
    'Café au lait',
    'Renée Zellweger',
    'Björn Ångström',
    'Ñoño',
    'Noël',
    'Chloé',
    'Thaís',
    'São Paulo',
    'Ramón García',
    '© 2026 «Sổ tay»',
    '½ · ¼',
    '§ 3',
    '25°C ± 2',
    'Müller-Lüdenscheidt',
  ])('leaves ordinary Latin-1 text "%s" alone', (s) => expect(convertLegacy(s)).toBeNull());

  it('returns null for any phrase of proper Unicode Vietnamese words', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...vietnameseWords), { minLength: 1, maxLength: 8 }),
        fc.constantFrom(' ', ', ', ' - '),
        (words, sep) => convertLegacy(words.join(sep)) === null,
      ),
      { numRuns: 500 },
    );
  });
  it('returns null for any phrase of Latin-1-only Vietnamese words', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...latin1OnlyWords), { minLength: 1, maxLength: 8 }),
        (words) => convertLegacy(words.join(' ')) === null,
      ),
      { numRuns: 500 },
    );
  });
});

describe('convertLegacy round trip', () => {
  // Never a wrong conversion; null only when the legacy text reads as Vietnamese both ways or not at all.
  const phrase = fc
    .array(fc.constantFrom(...vietnameseWords), { minLength: 2, maxLength: 6 })
    .map((ws) => ws.join(' '));
  function recoveredShare(encode: (p: string) => string, encoding: 'vni' | 'tcvn3', lower: boolean): number {
    let recovered = 0;
    const samples = fc.sample(lower ? phrase.map((p) => p.toLowerCase()) : phrase, {
      numRuns: 2000,
      seed: 20260,
    });
    for (const p of samples) {
      const legacy = encode(p);
      const result = convertLegacy(legacy);
      if (result !== null) expect({ legacy, result }).toEqual({ legacy, result: { text: p, encoding } });
      else if (legacy !== p) recovered += 0;
      if (result !== null) recovered++;
    }
    return recovered / samples.filter((p) => encode(p) !== p).length;
  }
  it('recovers VNI phrases, never wrongly', () => {
    expect(recoveredShare((p) => toVni(p), 'vni', false)).toBeGreaterThan(0.97);
  });
  it('recovers .VnTime phrases, never wrongly', () => {
    // 0.96, not 0.97: phrases whose only legacy codes are Vietnamese letters and that would rewrite a valid
    // Unicode word stay unconverted, since in a register that is far more often a typo ("Thôn Tâ") than TCVN3.
    expect(recoveredShare(toTcvn3, 'tcvn3', true)).toBeGreaterThan(0.96);
  });
});

describe('typos in Unicode text are not legacy text', () => {
  it('leaves "Thôn Tâ" (a typo for Thôn Tây) alone instead of reading it as TCVN3 "Thụn Tõ"', () => {
    expect(convertLegacy('Thôn Tâ')).toBeNull();
  });

  it('still converts TCVN3 text that carries characters Vietnamese never uses', () => {
    expect(convertLegacy('Th«n T©y')).toEqual({ text: 'Thôn Tây', encoding: 'tcvn3' });
  });
});

test('convertLegacy gives the same answer for a spelling it has already decided, and its result cannot be changed', () => {
  const tcvn3 = 'Th«n §«ng';
  const first = convertLegacy(tcvn3);
  expect(first).toEqual({ text: 'Thôn Đông', encoding: 'tcvn3' });
  expect(convertLegacy(tcvn3)).toEqual(first);
  expect(Object.isFrozen(first)).toBe(true);
  expect(convertLegacy('Thôn Đông')).toBeNull();
  expect(convertLegacy('Thôn Đông')).toBeNull();
  // Past the memo's bound it is cleared and keeps answering.
  for (let i = 0; i < 20001; i++) convertLegacy(`Th«n ${i}`);
  expect(convertLegacy(tcvn3)).toEqual({ text: 'Thôn Đông', encoding: 'tcvn3' });
});

test('the one-scan test for text that may be legacy agrees with its definition (Latin-1, nothing beyond once NFC)', () => {
  const definition = (s: string) =>
    /[\u0080-\u00FF]/u.test(s) && !/[\u0100-\u024F\u1E00-\u1EFF]/u.test(s.normalize('NFC'));
  // ASCII, Latin-1 letters and TCVN3 codes, letters beyond Latin-1, combining marks that compose into them,
  // and signs NFC maps to Latin-1 (Å from the ångström sign).
  const alphabet = [
    'a',
    'o',
    'N',
    ' ',
    'à',
    'ô',
    'Ô',
    '¨',
    '§',
    'ă',
    'Đ',
    'ộ',
    'ư',
    '\u0300',
    '\u0302',
    '\u0323',
    '\u031B',
    '\u212B',
    '–',
    '😀',
  ];
  const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 8 }).map((a) => a.join(''));
  fc.assert(
    fc.property(text, (s) => expect(mayBeLegacy(s)).toBe(definition(s))),
    { numRuns: 3000, seed: 20261202 },
  );
  for (const s of ['NguyÔn V¨n Hïng', 'Nguyễn Văn Hùng', 'Bùi Hà', 'Thôn Đông', 'plain', 'a\u0302\u0301'])
    expect(mayBeLegacy(s)).toBe(definition(s));
});

import { isVietnameseSyllable } from '../../../src/core/text/syllable';
import { vietnameseWords } from './fixtures/vietnamese-words';

describe('isVietnameseSyllable', () => {
  it('accepts every word of the corpus, in any case and normal form', () => {
    const all = vietnameseWords.flatMap((w) => [w, w.toUpperCase(), w.normalize('NFD')]);
    expect(all.filter((w) => !isVietnameseSyllable(w))).toEqual([]);
  });
  it('accepts old and new tone placement alike', () => {
    for (const w of ['hòa', 'hoà', 'thủy', 'thuỷ', 'khỏe', 'khoẻ', 'quý', 'quí'])
      expect(isVietnameseSyllable(w)).toBe(true);
  });
  it.each([
    'Thoân',
    'Müller',
    'café',
    'Nguyeãn',
    'Raúl',
    'Rẳl',
    'José',
    'Vaên',
    'aa',
    'tat',
    'leọ',
    'hóan',
    'mưá',
    'bă',
    'tiê',
    'lìc',
    'hoàà',
    'xyz',
    '',
  ])('rejects %p', (w) => expect(isVietnameseSyllable(w)).toBe(false));
});

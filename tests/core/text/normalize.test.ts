import { cleanText, foldKey, stripDiacritics } from '../../../src/core/text/normalize';

describe('cleanText', () => {
  it('turns non-breaking spaces, tabs and line breaks into one space and trims', () => {
    expect(cleanText('  Họ\u00A0và\u202Ftên\u2007chủ\thộ\r\nmới  ')).toBe('Họ và tên chủ hộ mới');
  });
  it('removes zero-width characters and byte-order marks', () => {
    expect(cleanText('\uFEFFThôn\u200B 3\u200C\u200D')).toBe('Thôn 3');
  });
  it('composes NFD input to NFC', () => {
    const nfd = 'Nguyễn Văn Đạt'.normalize('NFD');
    expect(cleanText(nfd)).toBe('Nguyễn Văn Đạt'.normalize('NFC'));
    expect(cleanText(nfd).length).toBe('Nguyễn Văn Đạt'.normalize('NFC').length);
  });
  it('keeps the case and punctuation', () => {
    expect(cleanText('UBND xã Hòa An, huyện X.')).toBe('UBND xã Hòa An, huyện X.');
  });
});

describe('stripDiacritics', () => {
  it('removes tones and vowel marks but keeps case and punctuation', () => {
    expect(stripDiacritics('Đặng Thị Hồng-Nhung, Ưng Hoà!')).toBe('Dang Thi Hong-Nhung, Ung Hoa!');
  });
  it('handles every modified vowel', () => {
    expect(stripDiacritics('ăâêôơưđ ĂÂÊÔƠƯĐ ắằẳẵặ ỨỪỬỮỰ')).toBe('aaeooud AAEOOUD aaaaa UUUUU');
  });
});

describe('foldKey', () => {
  it('folds a header typed with double spaces and capitals', () => {
    expect(foldKey('Họ  tên Chủ hộ')).toBe('ho ten chu ho');
  });
  it('gives NFD and NFC input the same key', () => {
    expect(foldKey('Gia đình học tập'.normalize('NFD'))).toBe(foldKey('Gia đình học tập'));
  });
  it('turns every non-letter, non-digit into a space', () => {
    expect(foldKey('Điểm (TC1)/tổng: 85%')).toBe('diem tc1 tong 85');
    expect(foldKey('Năm_sinh')).toBe('nam sinh');
  });
  it('folds "Họ và tên" and "Hộ và tên" to one key, since only tones differ', () => {
    // Folding is for matching headers; both spellings of the header are the same column.
    expect(foldKey('Họ và tên')).toBe(foldKey('Hộ và tên'));
  });
  it('keeps letters of other scripts rather than dropping them', () => {
    expect(foldKey('Ép-xi-lon ε')).toBe('ep xi lon ε');
  });
  it('maps đ/Đ to d and an empty or symbol-only string to ""', () => {
    expect(foldKey('ĐỒNG ĐẤT')).toBe('dong dat');
    expect(foldKey(' --- ')).toBe('');
    expect(foldKey('')).toBe('');
  });
});

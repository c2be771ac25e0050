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
  ])('%s → %s', (legacy, unicode) => expect(convertLegacy(legacy)).toEqual({ text: unicode, encoding: 'tcvn3' }));
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
  ])('%s → %s', (legacy, unicode) => expect(convertLegacy(legacy)).toEqual({ text: unicode, encoding: 'vni' }));
});

describe('convertLegacy leaves proper text alone', () => {
  it.each(['Thôn', 'Hoà', 'Buôn', 'Nguyễn Văn An', 'có', 'Nguyen Van An', 'José', 'Müller', 'Raúl', 'Zoë', 'François', ''])('%p → null', (s) =>
    expect(convertLegacy(s)).toBeNull(),
  );
});

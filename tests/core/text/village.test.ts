import { villageCoreKey, villageKey } from '../../../src/core/text/village';

describe('villageKey', () => {
  it('treats spelling, case, spacing, "số" and leading zeros as the same village', () => {
    const key = villageKey('Thôn 3');
    for (const v of ['thôn 03', 'Thon 3', 'THÔN  3', 'Thôn số 3', 'Thôn\u00A0003', 'thon so 03'])
      expect(villageKey(v)).toBe(key);
  });
  it('keeps different numbers apart', () => {
    expect(villageKey('Thôn 13')).not.toBe(villageKey('Thôn 3'));
    expect(villageKey('Thôn 30')).not.toBe(villageKey('Thôn 3'));
  });
  it('normalises the kinds of residential groups', () => {
    const key = villageKey('Tổ dân phố 5');
    for (const v of ['TDP 5', 'TDP số 5', 'Tổ DP 05', 'Tổ 5', 'to dan pho 5'])
      expect(villageKey(v)).toBe(key);
    expect(villageKey('Khu phố 2')).toBe(villageKey('KP 02'));
  });
  it('folds named villages', () => {
    expect(villageKey('Bản Nà Hối')).toBe('ban na hoi');
    expect(villageKey('Ấp Tân Lập')).toBe('ap tan lap');
    expect(villageKey('Buôn Đôn')).toBe('buon don');
    expect(villageKey('Xóm Đông')).toBe(villageKey('xom dong'));
  });
  it('keeps different kinds apart', () => {
    expect(villageKey('Xóm 3')).not.toBe(villageKey('Thôn 3'));
    expect(villageKey('Khu 3')).not.toBe(villageKey('Khu phố 3'));
  });
  it('keeps a bare kind word as a name', () => {
    expect(villageKey('Bản')).toBe('ban');
  });
});

describe('villageCoreKey', () => {
  it('drops the kind word', () => {
    expect(villageCoreKey('Thôn 3')).toBe('3');
    expect(villageCoreKey('3')).toBe('3');
    expect(villageCoreKey('Bản Nà Hối')).toBe('na hoi');
    expect(villageCoreKey('TDP số 05')).toBe('5');
    expect(villageCoreKey('Thôn Đông')).toBe(villageCoreKey('Đông'));
  });
});

import { closestMatch, editDistance } from '../../../src/core/text/similar';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
    ['thon dong', 'thon dogn', 1],
    ['ab', 'ba', 1],
    ['nguyễn', 'nguyen', 1],
  ])('%s ↔ %s = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe('closestMatch', () => {
  const villages = ['Thôn Đông', 'Thôn Tây', 'Thôn Nam Sơn', 'Thôn 3', 'Thôn 13', 'Bản Nà Hối'];
  it('suggests the village an officer misspelt', () => {
    expect(closestMatch('Thon Dong', villages)).toBe('Thôn Đông');
    expect(closestMatch('Thôn Đôngg', villages)).toBe('Thôn Đông');
    expect(closestMatch('thôn nam son', villages)).toBe('Thôn Nam Sơn');
    expect(closestMatch('Ban Na Hoi', villages)).toBe('Bản Nà Hối');
  });
  it('gives nothing when no name is close', () => {
    expect(closestMatch('Xóm Chợ', villages)).toBeNull();
    expect(closestMatch('', villages)).toBeNull();
    expect(closestMatch('Thôn Đông', [])).toBeNull();
  });
  it('never suggests a village with another number', () => {
    expect(closestMatch('Thôn 23', villages)).toBeNull();
    expect(closestMatch('Thon 3', villages)).toBe('Thôn 3');
  });
  it('gives nothing on a tie', () => {
    expect(closestMatch('Thôn Ba', ['Thôn Bà', 'Thôn Bo', 'Thôn Bi'])).toBe('Thôn Bà');
    expect(closestMatch('Thôn Bx', ['Thôn Bo', 'Thôn Bi'])).toBeNull();
  });
});

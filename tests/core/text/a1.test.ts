import fc from 'fast-check';
import { a1, columnIndex, columnLetter } from '../../../src/core/text/a1';

describe('columnLetter', () => {
  it.each([
    [0, 'A'],
    [25, 'Z'],
    [26, 'AA'],
    [27, 'AB'],
    [51, 'AZ'],
    [52, 'BA'],
    [701, 'ZZ'],
    [702, 'AAA'],
    [16383, 'XFD'],
  ])('column %i is %s', (i, letters) => {
    expect(columnLetter(i)).toBe(letters);
    expect(columnIndex(letters)).toBe(i);
  });
  it('rejects negative and fractional indexes as programmer errors', () => {
    expect(() => columnLetter(-1)).toThrow(RangeError);
    expect(() => columnLetter(1.5)).toThrow(RangeError);
  });
});

describe('a1', () => {
  it('joins a 1-based row and a 0-based column', () => {
    expect(a1(5, 2)).toBe('C5');
    expect(a1(1, 0)).toBe('A1');
    expect(a1(1000, 27)).toBe('AB1000');
  });
});

describe('columnIndex', () => {
  it('accepts lowercase and surrounding spaces', () => {
    expect(columnIndex(' ab ')).toBe(27);
  });
  it('returns -1 for text that is not column letters', () => {
    expect(columnIndex('')).toBe(-1);
    expect(columnIndex('A1')).toBe(-1);
    expect(columnIndex('Đ')).toBe(-1);
  });
  it('inverts columnLetter for every index', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1_000_000 }), (i) => columnIndex(columnLetter(i)) === i));
  });
});

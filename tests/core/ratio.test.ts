import { meets, ratio, shortfall, sumRatios } from '../../src/core/tally/ratio';

describe('ratios and shortfalls', () => {
  it('has no percentage for an empty population', () => {
    expect(ratio(0, 0).percent).toBeNull();
    expect(meets(ratio(0, 0), 90, '>=')).toBeNull();
    expect(shortfall(ratio(0, 0), 90, '>=')).toBe(0);
  });

  it('meets 90% of 10 with exactly 9, without floating-point surprises', () => {
    expect(meets(ratio(9, 10), 90, '>=')).toBe(true);
    expect(meets(ratio(9, 10), 90, '>')).toBe(false);
    expect(meets(ratio(29, 100), 29, '>=')).toBe(true);
  });

  it('counts how many more are needed, rounding up, and one more for a strict target', () => {
    expect(shortfall(ratio(3412, 3890), 90, '>=')).toBe(89); // 90% of 3.890 is 3.501
    expect(shortfall(ratio(40, 100), 40, '>')).toBe(1);
    expect(shortfall(ratio(95, 100), 90, '>=')).toBe(0);
  });

  it('never asks for more than the population', () => {
    expect(shortfall(ratio(5, 10), 100, '>')).toBe(5);
  });

  it('adds ratios by their counts, not their percentages', () => {
    expect(sumRatios([ratio(1, 2), ratio(9, 18)])).toEqual({ numerator: 10, denominator: 20, percent: 50 });
  });
});

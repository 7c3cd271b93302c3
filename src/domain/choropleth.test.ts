import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classify, quantileBreaks, ratePerThousand } from './choropleth';

describe('choropleth classes', () => {
  it('puts a fifth of evenly spread values in each of five classes', () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    const breaks = quantileBreaks(values, 5);
    const counts = [0, 0, 0, 0, 0];
    for (const v of values) counts[classify(v, breaks)]!++;
    expect(counts).toEqual([20, 20, 20, 20, 20]);
  });

  it('keeps breaks strictly increasing and every value in a class of the ramp', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e4, noNaN: true }), { minLength: 0, maxLength: 80 }),
        fc.integer({ min: 2, max: 9 }),
        (values, classes) => {
          const breaks = quantileBreaks(values, classes);
          expect(breaks.length).toBeLessThan(classes);
          for (let i = 1; i < breaks.length; i++) expect(breaks[i]!).toBeGreaterThan(breaks[i - 1]!);
          for (const v of values) expect(classify(v, breaks)).toBeLessThanOrEqual(breaks.length);
        },
      ),
    );
  });

  it('gives no breaks when all areas have the same rate', () => {
    expect(quantileBreaks([3, 3, 3, 3], 5)).toEqual([]);
  });

  it('counts per 1,000 residents and gives 0 for an area with no population', () => {
    expect(ratePerThousand(50, 20_000)).toBe(2.5);
    expect(ratePerThousand(50, 0)).toBe(0);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantile } from './statistics';

/** Reference: sort, then interpolate between closest ranks. */
function sortedQuantile(values: number[], q: number) {
  const s = [...values].sort((a, b) => a - b);
  const rank = q * (s.length - 1);
  const k = Math.floor(rank);
  return k === rank ? s[k]! : s[k]! + (s[k + 1]! - s[k]!) * (rank - k);
}

describe('quantile', () => {
  it('gives the middle value, or the mean of the two middle values', () => {
    expect(quantile(Float64Array.from([5, 1, 3]), 3, 0.5)).toBe(3);
    expect(quantile(Float64Array.from([4, 1, 3, 2]), 4, 0.5)).toBe(2.5);
  });

  it('is NaN for no values', () => {
    expect(quantile(new Float64Array(4), 0, 0.5)).toBeNaN();
  });

  it('agrees with sorting for any values and any q, using only the first n values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 200 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, q) => {
          const buffer = Float64Array.from([...values, 1e12, -1e12]);
          expect(quantile(buffer, values.length, q)).toBeCloseTo(sortedQuantile(values, q), 6);
        },
      ),
    );
  });
});

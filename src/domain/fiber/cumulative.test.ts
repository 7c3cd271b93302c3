import { describe, expect, it } from 'vitest';
import { cumulative, valueAt, valueBefore } from './cumulative';

describe('a cumulative step function', () => {
  const c = cumulative([30, 10, Infinity, 20, -Infinity, 20], [1, 2, 100, 4, 8, 16]);

  it('sums the events at or before an instant, in time order', () => {
    expect(valueAt(c, -1e12)).toBe(8);
    expect(valueAt(c, 10)).toBe(10);
    expect(valueAt(c, 19)).toBe(10);
    expect(valueAt(c, 20)).toBe(30);
    expect(valueAt(c, 30)).toBe(31);
  });

  it('leaves out an event at Infinity: it never happens', () => {
    expect(valueAt(c, Infinity)).toBe(31);
  });

  it('sums the events strictly before an instant', () => {
    expect(valueBefore(c, 20)).toBe(10);
    expect(valueBefore(c, 20.5)).toBe(30);
  });

  it('is zero everywhere without events', () => {
    expect(valueAt(cumulative([], []), 0)).toBe(0);
  });

  it('gives the same total for the same weights in another order when rounded', () => {
    const weights = [0.1, 0.2, 0.3];
    const forwards = cumulative([1, 2, 3], weights, 6);
    const backwards = cumulative([3, 2, 1], weights, 6);
    // Unrounded, 0.1 + 0.2 + 0.3 is 0.6000000000000001 and 0.3 + 0.2 + 0.1 is 0.6.
    expect(0.1 + 0.2 + 0.3).not.toBe(0.3 + 0.2 + 0.1);
    expect(valueAt(forwards, 3)).toBe(valueAt(backwards, 3));
  });
});

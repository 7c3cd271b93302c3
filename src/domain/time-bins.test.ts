import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoDayOf, isoDayStart } from './calendar';
import { binLocator, timeBins } from './time-bins';

const LA = 'America/Los_Angeles';

describe('time bins', () => {
  it('starts a city’s weeks at its own midnight: a week of 1 January at UTC−8 is the week of 1 January', () => {
    const from = isoDayStart('2025-01-01', LA);
    const bins = timeBins(from, isoDayStart('2025-04-01', LA), LA);
    expect(bins.unit).toBe('week');
    expect(isoDayOf(bins.bounds[0]!, LA)).toBe('2025-01-01');
    expect(isoDayOf(bins.bounds[1]!, LA)).toBe('2025-01-08');
    // In UTC the first bound is 08:00 on 1 January, not the day before.
    expect(new Date(bins.bounds[0]! * 1000).toISOString()).toBe('2025-01-01T08:00:00.000Z');
  });

  it('shows a short period day by day, each day from local midnight, 23 hours on the spring change', () => {
    const bins = timeBins(isoDayStart('2025-03-01', LA), isoDayStart('2025-03-15', LA), LA);
    expect(bins.unit).toBe('day');
    expect(bins.bounds).toHaveLength(15);
    expect(bins.bounds.map((b) => isoDayOf(b, LA))[8]).toBe('2025-03-09');
    // 9 March 2025 is the day clocks go forward in Los Angeles.
    expect(bins.bounds[9]! - bins.bounds[8]!).toBe(23 * 3600);
    expect(bins.bounds[10]! - bins.bounds[9]!).toBe(24 * 3600);
  });

  it('ends the last bin at the period’s end, even mid-week', () => {
    const from = isoDayStart('2025-01-01', 'UTC');
    const to = isoDayStart('2025-03-04', 'UTC');
    const { bounds } = timeBins(from, to, 'UTC');
    expect(bounds[bounds.length - 1]).toBe(to);
    expect(bounds[bounds.length - 1]! - bounds[bounds.length - 2]!).toBeLessThan(7 * 86_400);
  });

  it('locates an instant in its bin, evenly spaced or not, as a scan over the bounds would', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 500 }), { minLength: 1, maxLength: 12 }),
        fc.boolean(),
        fc.array(fc.integer({ min: -100, max: 7000 }), { maxLength: 40 }),
        (lengths, even, instants) => {
          const widths = even ? lengths.map(() => lengths[0]!) : lengths;
          const bounds = widths.reduce((b, w) => [...b, b[b.length - 1]! + w], [0]);
          const locate = binLocator(bounds);
          for (const t of instants) {
            const expected = bounds.findIndex((b, k) => k < bounds.length - 1 && b <= t && t < bounds[k + 1]!);
            expect(locate(t)).toBe(expected);
          }
        },
      ),
    );
  });
});

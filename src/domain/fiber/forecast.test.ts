import { describe, expect, it } from 'vitest';
import { fiberCurves } from './burn-up';
import { fiberForecasts, type FiberForecast } from './forecast';
import type { FiberSegmentInput } from './network';
import { TIME_ZONE, built, day, networkOf, noon, segment } from './test-network';

// Mehr 1403 began on 22 September 2024: the six full months before it, Farvardin to Shahrivar, have 31
// days each, so a month's km ÷ 31 is its pace.
const NOW = noon('2024-09-25');
const options = { calendar: 'persian', timeZone: TIME_ZONE } as const;

const forecastOf = (segments: FiberSegmentInput[], now = NOW) => {
  const network = networkOf(segments, now);
  return fiberForecasts(fiberCurves(network), now, options);
};

/** One segment built in the middle of each Jalali month, of the given km. */
const MID_MONTHS = ['2024-04-05', '2024-05-05', '2024-06-05', '2024-07-05', '2024-08-05', '2024-09-05'];
const builtMonthly = (km: number[]) =>
  km.map((k, m) => built({ id: `m${m}`, lengthM: k * 1000, plannedEnd: '2024-09-30', completedAt: MID_MONTHS[m]! }));
// One km built in Esfand 1402, before the window: the history is longer than the window.
const EARLY = built({ id: 'early', plannedEnd: '2024-03-01', completedAt: '2024-03-01' });

describe('the fiber forecast', () => {
  it('refuses for an empty network: there is no fiber to finish', () => {
    const { city, byDistrict } = forecastOf([]);
    expect(city).toEqual({ kind: 'refused', reason: 'no_fiber', target: null, months: [] });
    expect(byDistrict.map((f) => f.kind === 'refused' && f.reason)).toEqual(['no_fiber', 'no_fiber']);
  });

  it('refuses when nothing is built yet', () => {
    const { city } = forecastOf([segment({ id: 'a', plannedEnd: '2024-12-01' })]);
    expect(city).toEqual({ kind: 'refused', reason: 'no_progress', target: day('2024-12-01'), months: [] });
  });

  it('refuses on a single month of history, and shows that month', () => {
    const { city } = forecastOf([
      built({ id: 'a', lengthM: 3100, plannedEnd: '2024-12-01', completedAt: '2024-09-05' }),
      segment({ id: 'b', plannedEnd: '2024-12-01' }),
    ]);
    expect(city).toEqual({
      kind: 'refused',
      reason: 'too_little_history',
      target: day('2024-12-01'),
      months: [{ start: day('2024-08-22'), days: 31, km: 3.1 }],
    });
  });

  it('refuses when the usual month of the window built nothing', () => {
    const { city } = forecastOf([EARLY, ...builtMonthly([3.1]), segment({ id: 'rest', plannedEnd: '2024-12-01' })]);
    expect(city.kind === 'refused' && city.reason).toBe('stalled');
  });

  it('reports the finish of a network all built, and whether it met its target', () => {
    const { city } = forecastOf([
      built({ id: 'a', plannedEnd: '2024-06-30', completedAt: '2024-05-01' }),
      built({ id: 'b', plannedEnd: '2024-07-31', completedAt: '2024-07-20' }),
    ]);
    expect(city).toEqual({ kind: 'done', finishedAt: day('2024-07-20'), target: day('2024-07-31'), metTarget: true });
  });

  describe('from the pace of the last six months', () => {
    // Paces 0.1, 0.2, 0.1, 0.3, 0.2, 0.4 km a day; sorted 0.1 0.1 0.2 0.2 0.3 0.4: lower quartile (rank
    // 1.25) 0.125, median 0.2, upper quartile (rank 3.75) 0.275. 11 km remain: at the median pace 55
    // days from 25 September (19 November), at the upper 40 (4 November), at the lower 88 (22 December).
    const monthly = [EARLY, ...builtMonthly([3.1, 6.2, 3.1, 9.3, 6.2, 12.4])];
    const withRest = (plannedEnd: string) => [...monthly, segment({ id: 'rest', lengthM: 11_000, plannedEnd })];
    const forecast = (f: FiberForecast) => {
      if (f.kind !== 'forecast') throw new Error(`no forecast: ${JSON.stringify(f)}`);
      return f;
    };

    it('gives the likely, optimistic and pessimistic finish from the median and the quartiles', () => {
      const city = forecast(forecastOf(withRest('2024-12-01')).city);
      expect(city.months.map((m) => [m.start, m.days])).toEqual(
        ['2024-03-20', '2024-04-20', '2024-05-21', '2024-06-21', '2024-07-22', '2024-08-22'].map((d) => [day(d), 31]),
      );
      expect(city.pace.low).toBeCloseTo(0.125, 9);
      expect(city.pace.median).toBeCloseTo(0.2, 9);
      expect(city.pace.high).toBeCloseTo(0.275, 9);
      expect(city.remainingKm).toBeCloseTo(11, 9);
      expect(city.likely).toBe(day('2024-11-19'));
      expect(city.optimistic).toBe(day('2024-11-04'));
      expect(city.pessimistic).toBe(day('2024-12-22'));
    });

    it('flags a target the pessimistic finish misses, though the likely one meets it', () => {
      const city = forecast(forecastOf(withRest('2024-12-01')).city);
      expect(city.target).toBe(day('2024-12-01'));
      expect([city.missesTarget, city.mayMissTarget]).toEqual([false, true]);
    });

    it('flags a target the likely finish misses', () => {
      const city = forecast(forecastOf(withRest('2024-11-18')).city);
      expect([city.missesTarget, city.mayMissTarget]).toEqual([true, true]);
    });

    it('meets a target well ahead of every finish', () => {
      const city = forecast(forecastOf(withRest('2025-01-31')).city);
      expect([city.missesTarget, city.mayMissTarget]).toEqual([false, false]);
    });

    it('forecasts each district from its own pace: a district without fiber has none', () => {
      const { city, byDistrict } = forecastOf(withRest('2024-12-01'));
      expect(byDistrict[0]).toEqual(city);
      expect(byDistrict[1]!.kind === 'refused' && byDistrict[1]!.reason).toBe('no_fiber');
    });
  });
});

import { describe, expect, it } from 'vitest';
import { burnUpAt, burnUpSeries, fiberCurves, totalPlannedKm } from './burn-up';
import { rolloutNetwork } from './rollout-fixture';
import { TIME_ZONE, day, networkOf, noon } from './test-network';

describe('the burn-up of the rollout', () => {
  const curves = fiberCurves(rolloutNetwork());

  it('steps through the Jalali months to the month after the plan ends, built km stopping at the instant', () => {
    const until = noon('2024-04-25');
    const series = burnUpSeries(curves.city, until, 'persian', TIME_ZONE);
    // Farvardin, Ordibehesht, the instant, Khordad (the month after c's planned end on 10 May).
    expect(series.at).toEqual([day('2024-03-20'), day('2024-04-20'), until, day('2024-05-21')]);
    // a (2 km) due 25 March; b (1 km) due 25 April counts from that day's first instant; c (1 km) 10 May.
    expect(series.plannedKm).toEqual([0, 2, 3, 4]);
    // a built 5 April, b 22 April; nothing is known after the instant.
    expect(series.builtKm).toEqual([0, 2, 3, NaN]);
    expect(series.untilIndex).toBe(2);
  });

  it('ends the built line on the value at the instant, whatever the instant', () => {
    const until = noon('2024-04-10');
    const series = burnUpSeries(curves.city, until, 'persian', TIME_ZONE);
    expect(series.builtKm[series.untilIndex]).toBe(burnUpAt(curves.city, until).builtKm);
    expect(burnUpAt(curves.city, until)).toEqual({ plannedKm: 2, builtKm: 2 });
  });

  it('gives a district its share of a segment across two districts', () => {
    expect(totalPlannedKm(curves.byDistrict[0]!)).toBeCloseTo(3.25, 2);
    expect(totalPlannedKm(curves.byDistrict[1]!)).toBeCloseTo(0.75, 2);
    const east = burnUpSeries(curves.byDistrict[1]!, noon('2024-05-15'), 'persian', TIME_ZONE);
    expect(east.at).toEqual([day('2024-04-20'), noon('2024-05-15'), day('2024-05-21')]);
    expect(east.builtKm).toEqual([0, 0, NaN]);
    expect(east.plannedKm[1]).toBeCloseTo(0.75, 2);
  });

  it('is a single point of zero for an empty network', () => {
    const empty = fiberCurves(networkOf([], 0));
    expect(burnUpSeries(empty.city, noon('2024-05-01'), 'persian', TIME_ZONE)).toEqual({
      at: [noon('2024-05-01')],
      plannedKm: [0],
      builtKm: [0],
      untilIndex: 0,
    });
  });
});

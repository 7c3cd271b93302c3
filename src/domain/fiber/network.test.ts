import { describe, expect, it } from 'vitest';
import { ACROSS_BOTH, built, day, networkOf, noon, segment } from './test-network';

describe('the fiber network read as instants', () => {
  it('counts each date from the first instant of its day in the city, and lateness from the day after', () => {
    const network = networkOf(
      [
        built({
          id: 'a',
          plannedEnd: '2024-03-19',
          startedAt: '2024-02-01',
          completedAt: '2024-03-25',
        }),
      ],
      noon('2024-06-01'),
    );
    // 2024-03-25 00:00 in Tehran is 2024-03-24 20:30 UTC.
    expect(network.builtAt[0]).toBe(Date.UTC(2024, 2, 24, 20, 30) / 1000);
    expect(network.beginsAt[0]).toBe(day('2024-02-01'));
    expect(network.plannedEndAt[0]).toBe(day('2024-03-19'));
    expect(network.lateFrom[0]).toBe(day('2024-03-20'));
  });

  it('takes a begun segment without a start date as begun on its planned start, and a planned one as not begun', () => {
    const network = networkOf(
      [
        segment({ id: 'building', status: 'under_construction', plannedStart: '2024-02-10' }),
        segment({ id: 'planned', plannedStart: '2024-02-10' }),
        // Said to be under construction on 1 March but planned to begin in April: it began by 1 March.
        segment({ id: 'early', status: 'under_construction', plannedStart: '2024-04-01' }),
        // Completed before its planned start: under construction for no time at all.
        built({ id: 'quick', plannedStart: '2024-04-01', completedAt: '2024-02-20' }),
      ],
      noon('2024-03-01'),
    );
    expect([...network.beginsAt]).toEqual([day('2024-02-10'), Infinity, noon('2024-03-01'), day('2024-02-20')]);
    expect([...network.builtAt]).toEqual([Infinity, Infinity, Infinity, day('2024-02-20')]);
  });

  it('takes a segment completed without a date as built from the start', () => {
    const network = networkOf([segment({ id: 'a', status: 'completed' })], noon('2024-03-01'));
    expect(network.builtAt[0]).toBe(-Infinity);
  });

  it('counts a segment across two districts in the one that holds most of it, and keeps both shares', () => {
    const network = networkOf([segment({ id: 'x', district: -1, coordinates: ACROSS_BOTH })], 0);
    expect(network.district[0]).toBe(1);
    const { start, district, metres } = network.shares;
    const shares = new Map([...district.subarray(start[0]!, start[1]!)].map((d, k) => [d, metres[start[0]! + k]!]));
    expect(shares.get(0)).toBeCloseTo(250, -1);
    expect(shares.get(1)).toBeCloseTo(750, -1);
  });
});

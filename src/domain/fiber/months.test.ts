import { describe, expect, it } from 'vitest';
import { monthStart, monthStarts, nextMonthStart } from './months';
import { TIME_ZONE, day, noon } from './test-network';

describe('the months of the city calendar', () => {
  it('steps through Jalali months across Nowruz (Esfand 1402 had 29 days, Farvardin 31)', () => {
    expect(monthStarts(noon('2024-03-05'), noon('2024-05-01'), 'persian', TIME_ZONE)).toEqual([
      day('2024-02-20'),
      day('2024-03-20'),
      day('2024-04-20'),
    ]);
  });

  it('steps through Gregorian months in a Gregorian city', () => {
    expect(monthStart(noon('2024-02-29'), 'gregorian', TIME_ZONE)).toBe(day('2024-02-01'));
    expect(nextMonthStart(day('2024-01-01'), 'gregorian', TIME_ZONE)).toBe(day('2024-02-01'));
  });

  it('includes the month that starts exactly at `to`', () => {
    expect(monthStarts(day('2024-03-20'), day('2024-04-20'), 'persian', TIME_ZONE)).toEqual([
      day('2024-03-20'),
      day('2024-04-20'),
    ]);
  });
});

import { describe, expect, it } from 'vitest';
import { addMonths, commonMonths, monthRangeOfPeriod, monthsIn, usageMonthRange } from './months';

describe('month keys', () => {
  it('adds months across years, both ways', () => {
    expect(addMonths('2024-11', 3)).toBe('2025-02');
    expect(addMonths('2025-01', -1)).toBe('2024-12');
    expect(addMonths('2024-01', -13)).toBe('2022-12');
    expect(addMonths('2024-03', 0)).toBe('2024-03');
  });

  it('lists the months of a range, both ends included, and none for a reversed one', () => {
    expect(monthsIn({ from: '2024-11', to: '2025-02' })).toEqual(['2024-11', '2024-12', '2025-01', '2025-02']);
    expect(monthsIn({ from: '2025-03', to: '2025-03' })).toEqual(['2025-03']);
    expect(monthsIn({ from: '2025-03', to: '2025-02' })).toEqual([]);
  });

  it('finds the first and last month of rows in any order', () => {
    expect(usageMonthRange([])).toBeNull();
    expect(usageMonthRange([{ month: '2025-02' }, { month: '2024-07' }, { month: '2025-01' }])).toEqual({
      from: '2024-07',
      to: '2025-02',
    });
  });

  it("reads a period's first and last day in the city's zone", () => {
    // April 2025 in Tehran (+03:30): its first local midnight is still 31 March in UTC.
    const from = Date.parse('2025-03-31T20:30:00Z') / 1000;
    const to = Date.parse('2025-04-30T20:30:00Z') / 1000;
    expect(monthRangeOfPeriod({ from, to }, 'Asia/Tehran')).toEqual({ from: '2025-04', to: '2025-04' });
    expect(monthRangeOfPeriod({ from, to }, 'UTC')).toEqual({ from: '2025-03', to: '2025-04' });
  });

  it('keeps the months two ranges share, and none when they do not meet', () => {
    const data = { from: '2025-12', to: '2026-11' };
    expect(commonMonths({ from: '2026-03', to: '2026-12' }, data)).toEqual({ from: '2026-03', to: '2026-11' });
    expect(commonMonths(data, { from: '2025-01', to: '2026-01' })).toEqual({ from: '2025-12', to: '2026-01' });
    expect(monthsIn(commonMonths(data, { from: '2027-01', to: '2027-02' }))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { cityTrend, districtMonthShares } from './district-shares';
import type { DistrictUsage } from './usage';

const RANGE = { from: '2025-01', to: '2025-03' };

const row = (month: string, districtId: string, online: number, inPerson: number): DistrictUsage => ({
  month,
  districtId,
  online,
  inPerson,
});

const USAGE = [
  row('2025-01', '1', 30, 70),
  row('2025-02', '1', 50, 50),
  row('2025-03', '1', 60, 40),
  row('2025-01', '2', 0, 20),
  row('2025-03', '2', 10, 0),
  // A district the map does not have: the city's, not any district's.
  row('2025-02', '9', 100, 0),
  // Before the range.
  row('2024-12', '1', 1000, 0),
];

describe('online share by district and month', () => {
  const matrix = districtMonthShares(USAGE, ['1', '2', '3'], RANGE);
  const shares = matrix.cells.map((cells) => cells.map((cell) => cell.share));

  it('fills every district and month, a cell without rows having no share', () => {
    expect(matrix.months).toEqual(['2025-01', '2025-02', '2025-03']);
    expect(matrix.districtIds).toEqual(['1', '2', '3']);
    expect(shares).toEqual([
      [0.3, 0.5, 0.6],
      [0, null, 1],
      [null, null, null],
    ]);
    expect(matrix.cells[1]![1]).toEqual({ online: 0, inPerson: 0, share: null });
  });

  it("gives each district's share over the range, transactions summed first", () => {
    // District 1: 140 online of 300; district 2: 10 of 30.
    expect(matrix.byDistrict[0]).toMatchObject({ online: 140, inPerson: 160 });
    expect(matrix.byDistrict[0]!.share).toBeCloseTo(140 / 300, 12);
    expect(matrix.byDistrict[1]!.share).toBeCloseTo(1 / 3, 12);
    expect(matrix.byDistrict[2]).toEqual({ online: 0, inPerson: 0, share: null });
  });
});

describe('city trend', () => {
  const target = { share: 0.6, targetDate: '2025-12-31' };

  it('sums every district by month, against the target', () => {
    const trend = cityTrend(USAGE, RANGE, target);
    // January 30 of 120, February 150 of 200 (district 9 too), March 70 of 110.
    expect(trend.months.map((m) => [m.month, m.online, m.inPerson])).toEqual([
      ['2025-01', 30, 90],
      ['2025-02', 150, 50],
      ['2025-03', 70, 40],
    ]);
    expect(trend.months[0]!.share).toBeCloseTo(0.25, 12);
    expect(trend.months[1]!.share).toBeCloseTo(0.75, 12);
    expect(trend.latest?.month).toBe('2025-03');
    expect(trend.gap).toBeCloseTo(70 / 110 - 0.6, 12);
    expect(trend.target).toEqual(target);
  });

  it('takes the latest month that has a share, and has no gap without a target', () => {
    const trend = cityTrend(USAGE, { from: '2025-01', to: '2025-04' }, null);
    expect(trend.months[3]).toEqual({ month: '2025-04', online: 0, inPerson: 0, share: null });
    expect(trend.latest?.month).toBe('2025-03');
    expect(trend.gap).toBeNull();
  });

  it('has neither latest nor gap with no usage', () => {
    const trend = cityTrend([], RANGE, target);
    expect(trend.months.map((m) => m.share)).toEqual([null, null, null]);
    expect(trend.latest).toBeNull();
    expect(trend.gap).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import type { DistrictRollout } from '../../domain/eservices/rollout';
import { dayPosition, timelineSpan } from './timeline-scale';

const district = (targetDate: string, launchedAt: string | null): DistrictRollout => ({
  districtId: 'd',
  status: launchedAt ? 'live' : 'planned',
  launchedAt,
  targetDate,
  daysLate: null,
  measuredAt: 'today',
  late: false,
});

describe('the rollout timeline', () => {
  it('spans the earliest and latest of the launches, targets, today and the deadline', () => {
    const districts = [district('2021-03-20', '2020-06-01'), district('2021-06-21', null)];
    expect(timelineSpan(districts, '2021-06-21', '2021-02-01')).toEqual({ first: '2020-06-01', last: '2021-06-21' });
    expect(timelineSpan([], null, '2021-02-01')).toEqual({ first: '2021-02-01', last: '2021-02-01' });
  });

  it('lays days left to right in English and right to left in Persian, with room at both ends', () => {
    const span = { first: '2021-01-01', last: '2021-01-11' };
    const plot = { start: 0, end: 120 };
    expect(dayPosition('2021-01-01', span, plot, false)).toBeCloseTo(120 * (0.06 / 1.12));
    expect(dayPosition('2021-01-11', span, plot, false)).toBeCloseTo(120 * (1.06 / 1.12));
    expect(dayPosition('2021-01-06', span, plot, false)).toBeCloseTo(60);
    expect(dayPosition('2021-01-01', span, plot, true)).toBeCloseTo(120 - 120 * (0.06 / 1.12));
    expect(dayPosition('2021-01-11', span, plot, true)).toBeLessThan(dayPosition('2021-01-01', span, plot, true));
  });

  it('keeps the day of a one-day span at its start, past the room left there', () => {
    const span = { first: '2021-01-01', last: '2021-01-01' };
    expect(dayPosition('2021-01-01', span, { start: 10, end: 110 }, false)).toBeCloseTo(10 + 100 * (0.06 / 1.12));
  });
});

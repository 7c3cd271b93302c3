import { describe, expect, it } from 'vitest';
import type { FiberForecast } from '../../domain/fiber/forecast';
import { districtsMissingTarget } from './fiber-model';

const DAY = 86_400;
const TARGET = 1_800_000_000;

/** A forecast whose likely finish is `likelyDays` after the target (before it when negative). */
const forecast = (likelyDays: number): FiberForecast => ({
  kind: 'forecast',
  likely: TARGET + likelyDays * DAY,
  optimistic: TARGET + (likelyDays - 20) * DAY,
  pessimistic: TARGET + (likelyDays + 20) * DAY,
  target: TARGET,
  missesTarget: likelyDays > 0,
  mayMissTarget: likelyDays + 20 > 0,
  remainingKm: 10,
  pace: { low: 0.05, median: 0.1, high: 0.2 },
  months: [],
});

describe('the districts flagged on the map and in the panel', () => {
  it('are those whose likely finish falls after their target, with both dates', () => {
    const byDistrict: FiberForecast[] = [
      forecast(-30),
      forecast(45),
      { kind: 'done', finishedAt: TARGET + 5 * DAY, target: TARGET, metTarget: false },
      { kind: 'refused', reason: 'stalled', target: TARGET, months: [] },
      forecast(1),
    ];
    expect(districtsMissingTarget({ city: forecast(10), byDistrict })).toEqual([
      { district: 1, likely: TARGET + 45 * DAY, target: TARGET },
      { district: 4, likely: TARGET + DAY, target: TARGET },
    ]);
  });

  it('are none when every district is on time or has no forecast', () => {
    const byDistrict: FiberForecast[] = [
      forecast(0),
      { kind: 'refused', reason: 'no_fiber', target: null, months: [] },
    ];
    expect(districtsMissingTarget({ city: forecast(0), byDistrict })).toEqual([]);
  });
});

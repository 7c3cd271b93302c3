import { describe, expect, it } from 'vitest';
import {
  addIsoDays,
  advance,
  dayAtPosition,
  DAYS_PER_SECOND,
  positionOfDay,
  rolloutSpan,
  startPosition,
} from './playback-clock';

const TEHRAN = 'Asia/Tehran';
// 15 June 2025, 10:00 in Tehran (+03:30).
const NOW = Date.parse('2025-06-15T10:00:00+03:30') / 1000;
const dated = (plannedStart: string, plannedEnd: string, completedAt: string | null = null, startedAt = null) => ({
  plannedStart,
  plannedEnd,
  startedAt,
  completedAt,
});

describe('the playback clock', () => {
  it('spans the earliest to the latest day the segments name, and reaches today', () => {
    const segments = [dated('2024-03-01', '2024-05-30', '2024-06-02'), dated('2023-12-30', '2026-01-10')];
    expect(rolloutSpan(segments, TEHRAN, NOW)).toEqual({ first: '2023-12-30', last: '2026-01-10', days: 742 });
    // A plan that ended before today runs on to today; no segment at all is today alone.
    expect(rolloutSpan([dated('2025-01-01', '2025-02-01')], TEHRAN, NOW)).toEqual({
      first: '2025-01-01',
      last: '2025-06-15',
      days: 165,
    });
    expect(rolloutSpan([], TEHRAN, NOW)).toEqual({ first: '2025-06-15', last: '2025-06-15', days: 0 });
  });

  it('reads today in the city, not in UTC', () => {
    // 00:30 on 16 June in Tehran is still 15 June in UTC.
    const justAfterMidnight = Date.parse('2025-06-16T00:30:00+03:30') / 1000;
    expect(rolloutSpan([], TEHRAN, justAfterMidnight).last).toBe('2025-06-16');
  });

  it('turns positions into days and back, across a leap day and a year end', () => {
    const span = { first: '2023-12-30', last: '2024-03-05', days: 66 };
    expect(addIsoDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addIsoDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(dayAtPosition(span, 2.9)).toBe('2024-01-01');
    expect(dayAtPosition(span, -4)).toBe('2023-12-30');
    expect(dayAtPosition(span, 1000)).toBe('2024-03-05');
    expect(positionOfDay(span, '2024-03-01')).toBe(62);
    expect(positionOfDay(span, '2020-01-01')).toBe(0);
    for (let p = 0; p <= span.days; p++) expect(positionOfDay(span, dayAtPosition(span, p))).toBe(p);
  });

  it('moves by the elapsed time times the speed, and stops at the end', () => {
    const span = { first: '2024-01-01', last: '2024-12-31', days: 365 };
    expect(advance(span, 10, 50, 1)).toEqual({ position: 10 + DAYS_PER_SECOND / 20, ended: false });
    expect(advance(span, 10, 50, 4)).toEqual({ position: 10 + (4 * DAYS_PER_SECOND) / 20, ended: false });
    expect(advance(span, 364.5, 50, 8)).toEqual({ position: 365, ended: true });
    // A hidden tab's long pause moves it a tenth of a second's worth; a clock going back does not move it.
    expect(advance(span, 10, 60_000, 1).position).toBe(10 + DAYS_PER_SECOND / 10);
    expect(advance(span, 10, -5, 1).position).toBe(10);
  });

  it('plays again from the start once it has reached the end', () => {
    const span = { first: '2024-01-01', last: '2024-12-31', days: 365 };
    expect(startPosition(span, 365)).toBe(0);
    expect(startPosition(span, 120)).toBe(120);
  });
});

import { describe, expect, it } from 'vitest';
import {
  calendarDay,
  formatDate,
  formatDuration,
  formatMonthYear,
  formatNumber,
  isoDayOf,
  isoDayStart,
  startOfDay,
  startOfMonth,
  startOfWeek,
  startOfYear,
  formatCityDay,
} from './calendar';

const TEHRAN = 'Asia/Tehran';
const at = (iso: string) => Date.parse(iso) / 1000;
// Wednesday 4 Azar 1405 = 25 November 2026, mid-afternoon in Urmia (UTC+03:30, no daylight saving since 2022).
const NOW = at('2026-11-25T15:00:00+03:30');

describe('numbers', () => {
  it('writes Persian digits and separators in Persian, Latin ones in English', () => {
    expect(formatNumber(12345, 'fa')).toBe('۱۲٬۳۴۵');
    expect(formatNumber(12345, 'en')).toBe('12,345');
  });

  it('writes durations in hours below two days and in days above', () => {
    expect(formatDuration(5, 'en')).toBe('5 hrs');
    expect(formatDuration(72, 'en')).toBe('3 days');
    expect(formatDuration(72, 'fa')).toMatch(/^۳ روز$/);
  });
});

describe('dates', () => {
  it('shows Nowruz 1405 in the Jalali calendar in Persian and as 21 March 2026 in English', () => {
    const nowruz = at('2026-03-21T10:00:00+03:30');
    expect(formatDate(nowruz, 'fa', TEHRAN, 'long')).toContain('فروردین');
    expect(formatDate(nowruz, 'fa', TEHRAN, 'long')).toContain('۱۴۰۵');
    expect(formatDate(nowruz, 'en', TEHRAN, 'long')).toBe('21 March 2026');
  });

  it('names a month and its year in the language’s calendar: mid-March 2026 is Esfand 1404', () => {
    const midMarch = at('2026-03-15T12:00:00+03:30');
    expect(formatMonthYear(midMarch, 'fa', TEHRAN)).toBe('اسفند ۱۴۰۴');
    expect(formatMonthYear(midMarch, 'en', TEHRAN)).toBe('Mar 2026');
  });

  it('reads the day in the city, not in UTC', () => {
    // 22:00 UTC on 24 November is already 25 November in Urmia.
    expect(isoDayOf(at('2026-11-24T22:00:00Z'), TEHRAN)).toBe('2026-11-25');
    expect(calendarDay(NOW, 'persian', TEHRAN)).toMatchObject({ year: 1405, month: 9, day: 4 });
  });
});

describe('calendar boundaries in the city', () => {
  it('starts the Jalali year at Nowruz and the Gregorian year on 1 January, at local midnight', () => {
    expect(startOfYear(NOW, 'persian', TEHRAN)).toBe(at('2026-03-21T00:00:00+03:30'));
    expect(startOfYear(NOW, 'gregory', TEHRAN)).toBe(at('2026-01-01T00:00:00+03:30'));
  });

  it('starts the Jalali month Azar on 22 November and the Gregorian month on the 1st', () => {
    expect(startOfMonth(NOW, 'persian', TEHRAN)).toBe(at('2026-11-22T00:00:00+03:30'));
    expect(startOfMonth(NOW, 'gregory', TEHRAN)).toBe(at('2026-11-01T00:00:00+03:30'));
  });

  it('starts the week on Saturday, the first day of the Iranian week', () => {
    expect(startOfWeek(NOW, TEHRAN)).toBe(at('2026-11-21T00:00:00+03:30'));
    expect(startOfWeek(at('2026-11-21T00:00:00+03:30'), TEHRAN)).toBe(at('2026-11-21T00:00:00+03:30'));
  });

  it('maps an ISO day to its local midnight', () => {
    expect(isoDayStart('2026-11-25', TEHRAN)).toBe(at('2026-11-25T00:00:00+03:30'));
    expect(isoDayStart('2026-07-01', 'Europe/Berlin')).toBe(at('2026-07-01T00:00:00+02:00'));
  });
});

describe('local days across daylight-saving changes', () => {
  const LA = 'America/Los_Angeles';
  it('finds local midnight on the day clocks go forward and the day they go back', () => {
    // 9 March 2025 (23 hours) and 2 November 2025 (25 hours) in Los Angeles.
    expect(startOfDay(Date.parse('2025-03-09T20:00:00Z') / 1000, LA)).toBe(Date.parse('2025-03-09T08:00:00Z') / 1000);
    expect(startOfDay(Date.parse('2025-11-02T21:00:00Z') / 1000, LA)).toBe(Date.parse('2025-11-02T07:00:00Z') / 1000);
  });

  it('starts a day whose midnight does not exist at its first instant (Tehran, spring 2021)', () => {
    // Clocks went from 00:00 to 01:00 on 22 March 2021 (1 Farvardin 1400 + 1 day): the day began at 20:30Z.
    expect(startOfDay(Date.parse('2021-03-22T09:00:00Z') / 1000, 'Asia/Tehran')).toBe(
      Date.parse('2021-03-21T20:30:00Z') / 1000,
    );
  });
});

describe('the wall clock’s day', () => {
  // 2026-12-01 09:30 in Tehran (UTC+3:30) is Tuesday 10 Azar 1405.
  const TUESDAY = Date.UTC(2026, 11, 1, 6, 0) / 1000;
  it('is the city’s calendar in both languages, with the language’s digits', () => {
    expect(formatCityDay(TUESDAY, 'fa', 'Asia/Tehran', 'persian')).toBe('سه‌شنبه ۱۰ آذر ۱۴۰۵');
    expect(formatCityDay(TUESDAY, 'en', 'Asia/Tehran', 'persian')).toBe('Tuesday 10 Azar 1405');
    // A Gregorian city on a Persian screen: Gregorian months, Persian digits.
    expect(formatCityDay(TUESDAY, 'fa', 'America/New_York', 'gregory')).toBe('سه‌شنبه ۱ دسامبر ۲۰۲۶');
  });
});

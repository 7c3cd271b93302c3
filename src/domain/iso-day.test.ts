import { describe, expect, it } from 'vitest';
import { daysBetween, daysInMonth, isIsoDay, isLeapYear } from './iso-day';

describe('ISO days', () => {
  it('accepts real days, the ends of months and the range of years', () => {
    for (const day of ['2026-01-01', '2026-01-31', '2026-04-30', '2026-12-31', '1900-01-01', '2200-12-31']) {
      expect(isIsoDay(day), day).toBe(true);
    }
  });

  it('rejects months and days that do not exist', () => {
    for (const day of ['0000-00-00', '9999-99-99', '2026-13-01', '2026-00-10', '2026-01-32', '2026-04-31']) {
      expect(isIsoDay(day), day).toBe(false);
    }
    expect(isIsoDay('2026-06-00')).toBe(false);
  });

  it('knows 29 February of leap years only, by the Gregorian century rule', () => {
    expect(isIsoDay('2024-02-29')).toBe(true);
    expect(isIsoDay('2026-02-29')).toBe(false);
    expect(isIsoDay('2000-02-29')).toBe(true);
    expect(isIsoDay('2100-02-29')).toBe(false);
    expect(isIsoDay('2026-02-30')).toBe(false);
    expect([isLeapYear(1900), isLeapYear(2000), isLeapYear(2024), isLeapYear(2026)]).toEqual([
      false,
      true,
      true,
      false,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
  });

  it('rejects years outside the sane range and anything that is not YYYY-MM-DD', () => {
    for (const day of [
      '1899-12-31',
      '2201-01-01',
      '0001-01-01',
      '26-01-01',
      '2026-1-1',
      '2026-01-01T00:00',
      ' 2026-01-01',
      '',
    ]) {
      expect(isIsoDay(day), day).toBe(false);
    }
  });

  it('agrees with the calendar of Date on every day of a leap year and a common year', () => {
    for (const year of [2024, 2026]) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= 31; day++) {
          const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const date = new Date(`${text}T12:00:00Z`);
          const real = !Number.isNaN(date.getTime()) && date.getUTCDate() === day;
          expect(isIsoDay(text), text).toBe(real);
        }
      }
    }
  });
});

describe('daysBetween', () => {
  it('counts calendar days, 29 February only in a leap year, negative backwards', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-02-28', '2025-03-01')).toBe(1);
    expect(daysBetween('2025-03-01', '2025-02-28')).toBe(-1);
    expect(daysBetween('2025-06-15', '2025-06-15')).toBe(0);
    expect(daysBetween('2024-12-31', '2025-12-31')).toBe(365);
  });
});

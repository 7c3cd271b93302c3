import { describe, expect, it } from 'vitest';
import { jalaliToGregorian } from './jalali-date';

describe('jalaliToGregorian', () => {
  it('converts known days', () => {
    expect(jalaliToGregorian(1399, 11, 5)).toEqual({ year: 2021, month: 1, day: 24 });
    expect(jalaliToGregorian(1403, 1, 1)).toEqual({ year: 2024, month: 3, day: 20 });
    expect(jalaliToGregorian(1402, 12, 29)).toEqual({ year: 2024, month: 3, day: 19 });
  });

  it('knows the leap years: 30 Esfand exists in 1399 and 1403, not in 1400', () => {
    expect(jalaliToGregorian(1399, 12, 30)).toEqual({ year: 2021, month: 3, day: 20 });
    expect(jalaliToGregorian(1403, 12, 30)).toEqual({ year: 2025, month: 3, day: 20 });
    expect(jalaliToGregorian(1400, 12, 30)).toBeNull();
  });

  it('agrees with the Intl Persian calendar on every day of two years', () => {
    const format = new Intl.DateTimeFormat('en-US-u-ca-persian-nu-latn', {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    for (let t = Date.UTC(2020, 0, 1); t < Date.UTC(2022, 0, 1); t += 86_400_000) {
      const parts = Object.fromEntries(format.formatToParts(t).map((p) => [p.type, p.value]));
      const date = new Date(t);
      expect(jalaliToGregorian(Number(parts.year), Number(parts.month), Number(parts.day))).toEqual({
        year: date.getUTCFullYear(),
        month: date.getUTCMonth() + 1,
        day: date.getUTCDate(),
      });
    }
  });

  it('refuses days that do not exist', () => {
    expect(jalaliToGregorian(1399, 13, 1)).toBeNull();
    expect(jalaliToGregorian(1399, 7, 31)).toBeNull();
    expect(jalaliToGregorian(1399, 0, 1)).toBeNull();
  });
});

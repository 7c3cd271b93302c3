import { describe, expect, it } from 'vitest';
import { CalendarDate, GregorianCalendar, PersianCalendar } from '@internationalized/date';
import { calendarDateOf, isoDayOfDate, isoRangeOf, pickerBounds } from './calendar-dates';

const persian = (year: number, month: number, day: number) => new CalendarDate(new PersianCalendar(), year, month, day);
const parts = (d: CalendarDate) => [d.calendar.identifier, d.year, d.month, d.day];

describe('ISO days as picker dates', () => {
  it('puts Nowruz 1405 on 21 March 2026 and the last day of 1404 on 20 March', () => {
    expect(parts(calendarDateOf('2026-03-21', 'fa'))).toEqual(['persian', 1405, 1, 1]);
    expect(parts(calendarDateOf('2026-03-20', 'fa'))).toEqual(['persian', 1404, 12, 29]);
    expect(isoDayOfDate(persian(1405, 1, 1))).toBe('2026-03-21');
    expect(isoDayOfDate(persian(1404, 12, 29))).toBe('2026-03-20');
  });

  it('knows the Jalali leap year: 1403 has an Esfand 30, on 20 March 2025', () => {
    expect(parts(calendarDateOf('2025-03-20', 'fa'))).toEqual(['persian', 1403, 12, 30]);
    expect(parts(calendarDateOf('2025-03-21', 'fa'))).toEqual(['persian', 1404, 1, 1]);
    expect(isoDayOfDate(persian(1403, 12, 30))).toBe('2025-03-20');
  });

  it('keeps a Gregorian leap day in both calendars', () => {
    expect(parts(calendarDateOf('2024-02-29', 'en'))).toEqual(['gregory', 2024, 2, 29]);
    expect(parts(calendarDateOf('2024-02-29', 'fa'))).toEqual(['persian', 1402, 12, 10]);
    expect(isoDayOfDate(new CalendarDate(2024, 2, 29))).toBe('2024-02-29');
    expect(isoDayOfDate(persian(1402, 12, 10))).toBe('2024-02-29');
    expect(isoDayOfDate(persian(1402, 12, 11))).toBe('2024-03-01');
  });

  it('goes there and back for every day of 2024 to 2026 in both calendars', () => {
    const day = new Date(Date.UTC(2024, 0, 1));
    while (day.getUTCFullYear() <= 2026) {
      const iso = day.toISOString().slice(0, 10);
      expect(isoDayOfDate(calendarDateOf(iso, 'fa'))).toBe(iso);
      expect(isoDayOfDate(calendarDateOf(iso, 'en'))).toBe(iso);
      day.setUTCDate(day.getUTCDate() + 1);
    }
  });

  it('agrees with Intl’s Persian calendar', () => {
    const format = new Intl.DateTimeFormat('en-US-u-ca-persian-nu-latn', {
      timeZone: 'UTC',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    for (const iso of ['2026-03-21', '2026-12-01', '2024-02-29', '2025-03-20', '1999-12-31']) {
      const p = Object.fromEntries(format.formatToParts(Date.parse(`${iso}T12:00:00Z`)).map((x) => [x.type, x.value]));
      const d = calendarDateOf(iso, 'fa');
      expect([d.year, d.month, d.day], iso).toEqual([Number.parseInt(p.year!, 10), Number(p.month), Number(p.day)]);
    }
  });

  it('refuses a day that does not exist instead of rolling it over', () => {
    expect(() => calendarDateOf('2026-02-29', 'fa')).toThrow(RangeError);
    expect(() => calendarDateOf('9999-99-99', 'en')).toThrow(RangeError);
  });
});

describe('a picked range as ISO days', () => {
  it('takes both ends in order, in any calendar', () => {
    expect(isoRangeOf({ start: persian(1405, 1, 1), end: persian(1405, 9, 10) })).toEqual({
      from: '2026-03-21',
      to: '2026-12-01',
    });
    expect(isoRangeOf({ start: new CalendarDate(2026, 5, 1), end: new CalendarDate(2026, 5, 1) })).toEqual({
      from: '2026-05-01',
      to: '2026-05-01',
    });
  });

  it('has no range while an end is missing, reversed or outside the years the URL accepts', () => {
    expect(isoRangeOf(null)).toBeNull();
    expect(isoRangeOf({ start: persian(1405, 1, 1), end: null })).toBeNull();
    expect(isoRangeOf({ start: persian(1405, 2, 1), end: persian(1405, 1, 31) })).toBeNull();
    expect(isoRangeOf({ start: new CalendarDate(1800, 1, 1), end: new CalendarDate(2026, 1, 1) })).toBeNull();
  });

  it('bounds the picker by the URL’s years in the language’s calendar', () => {
    const fa = pickerBounds('fa');
    expect(fa.min.calendar).toBeInstanceOf(PersianCalendar);
    expect(isoDayOfDate(fa.min)).toBe('1900-01-01');
    expect(isoDayOfDate(pickerBounds('en').max)).toBe('2200-12-31');
    expect(pickerBounds('en').max.calendar).toBeInstanceOf(GregorianCalendar);
  });
});

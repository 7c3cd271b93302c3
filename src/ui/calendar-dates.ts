/**
 * The picker's dates: the URL's Gregorian ISO days as @internationalized/date values in the UI's calendar —
 * the Jalali (Persian) calendar in Persian, the Gregorian one in English — and back.
 */
import {
  CalendarDate,
  GregorianCalendar,
  PersianCalendar,
  toCalendar,
  toCalendarDate,
  type Calendar,
  type CalendarIdentifier,
  type DateValue,
} from '@internationalized/date';
import { ISO_DAY_YEARS, isIsoDay } from '../domain/iso-day';
import type { Language } from '../i18n/translate';

/** The picker's locale: the Persian calendar with Persian digits, or British English with the Gregorian one. */
export const PICKER_LOCALES: Record<Language, string> = { fa: 'fa-IR-u-ca-persian', en: 'en-GB' };

/** The calendar of a UI language. */
export function calendarOf(language: Language): Calendar {
  return language === 'fa' ? new PersianCalendar() : new GregorianCalendar();
}

/** The only two calendars the picker's locales ask for; anything else is shown as Gregorian. */
export function createPickerCalendar(identifier: CalendarIdentifier): Calendar {
  return identifier === 'persian' ? new PersianCalendar() : new GregorianCalendar();
}

/** A Gregorian ISO day (YYYY-MM-DD, a real day) as a date in the language's calendar. */
export function calendarDateOf(isoDay: string, language: Language): CalendarDate {
  if (!isIsoDay(isoDay)) throw new RangeError(`not an ISO day: ${isoDay}`);
  const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
  return toCalendar(new CalendarDate(year, month, day), calendarOf(language));
}

/** The Gregorian ISO day (YYYY-MM-DD) of a date in any calendar. */
export function isoDayOfDate(date: DateValue): string {
  const gregorian = toCalendar(toCalendarDate(date), new GregorianCalendar());
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(gregorian.year, 4)}-${pad(gregorian.month, 2)}-${pad(gregorian.day, 2)}`;
}

/** The first and last day a range may hold, those the URL accepts, in the language's calendar. */
export function pickerBounds(language: Language): { min: CalendarDate; max: CalendarDate } {
  return {
    min: calendarDateOf(`${ISO_DAY_YEARS.min}-01-01`, language),
    max: calendarDateOf(`${ISO_DAY_YEARS.max}-12-31`, language),
  };
}

/** The ISO days of a picked range, or null unless both ends are days the URL accepts, in order. */
export function isoRangeOf(range: { start: DateValue | null; end: DateValue | null } | null) {
  if (!range?.start || !range.end) return null;
  const from = isoDayOfDate(range.start);
  const to = isoDayOfDate(range.end);
  return isIsoDay(from) && isIsoDay(to) && from <= to ? { from, to } : null;
}

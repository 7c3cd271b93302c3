/**
 * Dates and numbers in the UI's calendar, through Intl only: the Jalali (Persian) calendar and Persian
 * digits in Persian, the Gregorian calendar and Latin digits in English. Every function takes the time
 * zone of the city, so a wall display in another zone still shows the city's days.
 */
export type Language = 'fa' | 'en';

const DAY = 86_400;

/** BCP 47 locale of a UI language: Persian uses the Persian calendar and Persian digits. */
export function localeOf(language: Language): string {
  return language === 'fa' ? 'fa-IR-u-ca-persian-nu-arabext' : 'en-GB-u-ca-gregory-nu-latn';
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number with the language's digits and separators. */
export function formatNumber(n: number, language: Language, options: Intl.NumberFormatOptions = {}): string {
  const key = `${language}${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(language === 'fa' ? 'fa-IR' : 'en-GB', options);
    numberFormats.set(key, format);
  }
  return format.format(n);
}

/** A date (epoch seconds) in the language's calendar, in the city's time zone. */
export function formatDate(
  epochSeconds: number,
  language: Language,
  timeZone: string,
  style: 'short' | 'medium' | 'long' = 'medium',
): string {
  return dateFormat(language, timeZone, { dateStyle: style }).format(epochSeconds * 1000);
}

/** A month and its year (epoch seconds of any day in it) in the language's calendar: «آذر ۱۴۰۵», "Nov 2026". */
export function formatMonthYear(epochSeconds: number, language: Language, timeZone: string): string {
  return dateFormat(language, timeZone, { year: 'numeric', month: 'short' }).format(epochSeconds * 1000);
}

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** Building an Intl.DateTimeFormat costs far more than using one: a panel formats hundreds of dates. */
function dateFormat(
  language: Language,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
  locale = localeOf(language),
) {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    dateFormats.set(key, format);
  }
  return format;
}

/** A date and time (epoch seconds) in the language's calendar, in the city's time zone. */
export function formatDateTime(epochSeconds: number, language: Language, timeZone: string): string {
  return dateFormat(language, timeZone, { dateStyle: 'medium', timeStyle: 'short' }).format(epochSeconds * 1000);
}

/** A time of day (hours and minutes, 24-hour) in the language's digits, in the city's time zone. */
export function formatTime(epochSeconds: number, language: Language, timeZone: string): string {
  return dateFormat(language, timeZone, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    epochSeconds * 1000,
  );
}

/** A duration in hours, as hours below two days and as days above, with the language's unit names. */
export function formatDuration(hours: number, language: Language): string {
  const [value, unit] = hours < 48 ? [hours, 'hour'] : [hours / 24, 'day'];
  return formatNumber(value, language, {
    style: 'unit',
    unit,
    unitDisplay: 'short',
    maximumFractionDigits: value < 10 ? 1 : 0,
  });
}

/** A day as the calendar of a language sees it. `weekday` counts from Saturday (0), the city's first day. */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
  weekday: number;
  /** Seconds since the start of the local day. */
  secondsOfDay: number;
}

const partFormats = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS_FROM_SATURDAY = ['Sat', 'Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri'];

/** The calendar day of an instant in a time zone, in the Persian or the Gregorian calendar. */
export function calendarDay(epochSeconds: number, calendar: 'persian' | 'gregory', timeZone: string): CalendarDay {
  const key = `${calendar}|${timeZone}`;
  let format = partFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(`en-US-u-ca-${calendar}-nu-latn`, {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      weekday: 'short',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      hourCycle: 'h23',
    });
    partFormats.set(key, format);
  }
  const parts = Object.fromEntries(format.formatToParts(epochSeconds * 1000).map((p) => [p.type, p.value]));
  return {
    year: Number.parseInt(parts.year ?? parts.relatedYear ?? '0', 10),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday: WEEKDAYS_FROM_SATURDAY.indexOf(parts.weekday ?? ''),
    secondsOfDay: Number(parts.hour) * 3600 + Number(parts.minute) * 60 + Number(parts.second),
  };
}

/** The first instant of the local day that contains `epochSeconds`. */
export function startOfDay(epochSeconds: number, timeZone: string): number {
  const day = calendarDay(epochSeconds, 'gregory', timeZone);
  const start = epochSeconds - day.secondsOfDay;
  // A daylight-saving change earlier in the day moves local midnight by the change: going back lands in the
  // day before (clocks went forward) or after midnight (clocks went back). One correction settles it.
  const landed = calendarDay(start, 'gregory', timeZone);
  const sameDay = landed.day === day.day && landed.month === day.month && landed.year === day.year;
  return sameDay ? start - landed.secondsOfDay : start + DAY - landed.secondsOfDay;
}

/** Adds whole local days, landing on local midnight. */
export function addDays(dayStart: number, days: number, timeZone: string): number {
  return startOfDay(dayStart + days * DAY + DAY / 2, timeZone);
}

/** The first instant of the month (in the calendar) that contains `epochSeconds`. */
export function startOfMonth(epochSeconds: number, calendar: 'persian' | 'gregory', timeZone: string): number {
  const today = startOfDay(epochSeconds, timeZone);
  return addDays(today, 1 - calendarDay(today, calendar, timeZone).day, timeZone);
}

/** The first instant of the year (in the calendar) that contains `epochSeconds`. */
export function startOfYear(epochSeconds: number, calendar: 'persian' | 'gregory', timeZone: string): number {
  let month = startOfMonth(epochSeconds, calendar, timeZone);
  while (calendarDay(month, calendar, timeZone).month !== 1) month = startOfMonth(month - DAY, calendar, timeZone);
  return month;
}

/** The first instant of the week (Saturday, as the city's week starts) that contains `epochSeconds`. */
export function startOfWeek(epochSeconds: number, timeZone: string): number {
  const today = startOfDay(epochSeconds, timeZone);
  return addDays(today, -calendarDay(today, 'gregory', timeZone).weekday, timeZone);
}

/** Local midnight of a Gregorian ISO day (YYYY-MM-DD) in the time zone. */
export function isoDayStart(isoDay: string, timeZone: string): number {
  const noonUtc = Date.parse(`${isoDay}T12:00:00Z`) / 1000;
  return startOfDay(noonUtc, timeZone);
}

/** The Gregorian ISO day (YYYY-MM-DD) of an instant in the time zone. */
export function isoDayOf(epochSeconds: number, timeZone: string): string {
  const d = calendarDay(epochSeconds, 'gregory', timeZone);
  return `${String(d.year).padStart(4, '0')}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/**
 * A wall clock's date — weekday, day, month and year — in the city's own calendar, with the language's
 * digits and names: a Jalali city reads «سه‌شنبه ۱۰ آذر ۱۴۰۵» in Persian and "Tuesday 10 Azar 1405" in English.
 * Built from the parts in that order: ICU's own long Persian-calendar pattern puts the year first.
 */
export function formatCityDay(
  epochSeconds: number,
  language: Language,
  timeZone: string,
  calendar: 'persian' | 'gregory',
): string {
  const locale = localeOf(language).replace(/-u-ca-[a-z]+/, `-u-ca-${calendar}`);
  const options = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' } as const;
  const parts = dateFormat(language, timeZone, options, locale).formatToParts(epochSeconds * 1000);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return [part('weekday'), part('day'), part('month'), part('year')].join(' ');
}

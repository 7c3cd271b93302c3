/**
 * Gregorian ISO days (YYYY-MM-DD) as the URL and the custom period carry them. A day is checked as a real
 * calendar day before anything turns it into an instant: `Date.parse('2026-02-30')` is NaN and one NaN
 * in a period is enough to throw "Invalid time value" in every date format on the page.
 */

/** The years a custom range may name: wide enough for any record, narrow enough for every Intl calendar. */
export const ISO_DAY_YEARS = { min: 1900, max: 2200 } as const;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether a Gregorian year has 29 February. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days of a Gregorian month (1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * True when `text` is `YYYY-MM-DD` naming a day that exists: a year within ISO_DAY_YEARS, a month of 1–12
 * and a day within that month (29 February only in leap years).
 */
export function isIsoDay(text: string): boolean {
  const match = ISO_DAY.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < ISO_DAY_YEARS.min || year > ISO_DAY_YEARS.max) return false;
  if (month < 1 || month > 12) return false;
  return day >= 1 && day <= daysInMonth(year, month);
}

const DAY_MS = 86_400_000;

/**
 * Whole days from one ISO day to another (negative when `to` is earlier). Calendar days, not elapsed
 * seconds: counted between UTC midnights, which no daylight-saving change moves, so the answer is the same
 * in every time zone and across Nowruz or a clock change.
 */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/**
 * Jalali (Solar Hijri) dates to Gregorian ones, through the same Intl calendar the app displays with, so a
 * date read from a file is shown back as the very day it was written. Intl converts only the other way,
 * so it is asked for each year's first day; the months' lengths do the rest.
 */
import { calendarDay } from '../../domain/calendar';

const DAY = 86_400;
const nowruz = new Map<number, number>();

/** Day of the Jalali year (0-based) of a month and day: six months of 31 days, then 30 (Esfand 29 or 30). */
function dayOfYear(month: number, day: number): number {
  return (month <= 6 ? (month - 1) * 31 : 186 + (month - 7) * 30) + day - 1;
}

/** Epoch day of 1 Farvardin of a Jalali year: 20 or 21 March, asked of Intl (once per year). */
function yearStart(year: number): number {
  let start = nowruz.get(year);
  if (start === undefined) {
    start = Date.UTC(year + 621, 2, 20) / 1000 / DAY;
    for (let step = 0; step < 3; step++) {
      const found = calendarDay(start * DAY, 'persian', 'UTC');
      if (found.year === year && found.month === 1 && found.day === 1) break;
      start += found.year < year ? 1 : -1;
    }
    nowruz.set(year, start);
  }
  return start;
}

/** The Gregorian date of a Jalali one, or null when there is no such day (e.g. 30 Esfand of a common year). */
export function jalaliToGregorian(
  year: number,
  month: number,
  day: number,
): { year: number; month: number; day: number } | null {
  if (!Number.isInteger(year) || year < 1 || month < 1 || month > 12 || day < 1 || day > (month <= 6 ? 31 : 30)) {
    return null;
  }
  const epochDay = yearStart(year) + dayOfYear(month, day);
  // Only the last day of Esfand can run into the next year (30 Esfand of a common year).
  if (month === 12 && day >= 29 && calendarDay(epochDay * DAY, 'persian', 'UTC').year !== year) return null;
  const date = new Date(epochDay * DAY * 1000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/**
 * Months as the e-service contract counts them: Gregorian `YYYY-MM` keys, whatever the city's calendar (a
 * Jalali month straddles two of them). Keys of four-digit years sort as text in time order.
 */
import { isoDayOf } from '../calendar';

/** A Gregorian month, `YYYY-MM`, as `usage.month` in the contract. */
export type MonthKey = string;

/** The months from `from` to `to`, both included. */
export interface MonthRange {
  from: MonthKey;
  to: MonthKey;
}

/** The month `count` months after `month` (before it when negative). */
export function addMonths(month: MonthKey, count: number): MonthKey {
  const [year, number] = month.split('-').map(Number) as [number, number];
  const index = year * 12 + number - 1 + count;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month of the range, oldest first; none when `from` is after `to`. */
export function monthsIn(range: MonthRange): MonthKey[] {
  const months: MonthKey[] = [];
  for (let month = range.from; month <= range.to; month = addMonths(month, 1)) months.push(month);
  return months;
}

/** The months of the first and the last row, or null when there is none. */
export function usageMonthRange(rows: readonly { month: MonthKey }[]): MonthRange | null {
  if (rows.length === 0) return null;
  let from = rows[0]!.month;
  let to = from;
  for (const { month } of rows) {
    if (month < from) from = month;
    if (month > to) to = month;
  }
  return { from, to };
}

/**
 * The Gregorian months that a period of the app ([from, to) in epoch seconds) touches, its first and last
 * day read in the city's time zone. Usage comes by whole month, so a Jalali month's figures are those of
 * the two Gregorian months it overlaps.
 */
export function monthRangeOfPeriod(period: { from: number; to: number }, timeZone: string): MonthRange {
  return {
    from: isoDayOf(period.from, timeZone).slice(0, 7),
    to: isoDayOf(period.to - 1, timeZone).slice(0, 7),
  };
}

/** The months both ranges hold; `from` after `to` when they share none (monthsIn then gives none). */
export function commonMonths(a: MonthRange, b: MonthRange): MonthRange {
  return { from: a.from > b.from ? a.from : b.from, to: a.to < b.to ? a.to : b.to };
}

/**
 * The request filter's periods: presets in the city's calendar (in a city that keeps the Persian calendar,
 * "this month" is the Jalali month whatever the UI language, so a shared link shows the same figures in
 * Persian and English) and a custom range of days. Periods are half-open [from, to) in epoch seconds and
 * end with today, so the figures of "this year" include today's requests.
 */
import { addDays, isoDayOf, isoDayStart, startOfDay, startOfMonth, startOfWeek, startOfYear } from './calendar';
import { isIsoDay } from './iso-day';
import { timeBins, type TimeBins } from './time-bins';

export const PERIODS = ['this_week', 'this_month', 'last_30_days', 'this_year', 'custom'] as const;
export type PeriodId = (typeof PERIODS)[number];

export interface PeriodSelection {
  period: PeriodId;
  /** Custom range, Gregorian ISO days in the city's time zone, both inclusive. */
  from: string | null;
  to: string | null;
}

export interface ResolvedPeriod {
  from: number;
  to: number;
  /** The period's charts bins: its local days, or weeks when it is long. */
  bins: TimeBins;
  /** "first day – last day" with the caller's date format (the UI's calendar and digits). */
  label: (format: { date: (epochSeconds: number) => string }) => string;
}

/** The [from, to) bounds of a period selection at `now` (epoch seconds). */
export function resolvePeriod(
  selection: PeriodSelection,
  now: number,
  cityCalendar: 'persian' | 'gregorian',
  timeZone: string,
): ResolvedPeriod {
  const calendar = cityCalendar === 'persian' ? 'persian' : 'gregory';
  const today = startOfDay(now, timeZone);
  const tomorrow = addDays(today, 1, timeZone);
  let from: number;
  let to = tomorrow;
  switch (selection.period) {
    case 'this_week':
      from = startOfWeek(now, timeZone);
      break;
    case 'this_month':
      from = startOfMonth(now, calendar, timeZone);
      break;
    case 'last_30_days':
      from = addDays(today, -29, timeZone);
      break;
    case 'custom':
      // A day that does not exist has no midnight: the range falls back like any other invalid one.
      if (
        selection.from &&
        selection.to &&
        isIsoDay(selection.from) &&
        isIsoDay(selection.to) &&
        selection.from <= selection.to
      ) {
        from = isoDayStart(selection.from, timeZone);
        to = addDays(isoDayStart(selection.to, timeZone), 1, timeZone);
        break;
      }
      from = startOfYear(now, calendar, timeZone);
      break;
    case 'this_year':
      from = startOfYear(now, calendar, timeZone);
      break;
  }
  const last = to - 1;
  return {
    from,
    to,
    bins: timeBins(from, to, timeZone),
    label: (format) => `${format.date(from)} – ${format.date(last)}`,
  };
}

/**
 * The period a data set opens on when it ends before this year: its last full year in the city's calendar
 * (the latest calendar year it covers from first to last day), or its whole range when it covers none.
 * `range` spans the first and last request (epoch seconds); the result is a custom range of ISO days.
 */
export function dataPeriod(
  range: { from: number; to: number },
  cityCalendar: 'persian' | 'gregorian',
  timeZone: string,
): { from: string; to: string } {
  const calendar = cityCalendar === 'persian' ? 'persian' : 'gregory';
  const first = startOfDay(range.from, timeZone);
  const end = addDays(startOfDay(range.to, timeZone), 1, timeZone);
  const lastYear = startOfYear(range.to, calendar, timeZone);
  const afterLast = startOfYear(addDays(lastYear, 400, timeZone), calendar, timeZone);
  const previous = startOfYear(lastYear - 1, calendar, timeZone);
  const [from, to] =
    afterLast <= end && lastYear >= first
      ? [lastYear, afterLast]
      : previous >= first
        ? [previous, lastYear]
        : [first, end];
  return { from: isoDayOf(from, timeZone), to: isoDayOf(to - 1, timeZone) };
}

/** True when no part of [range.from, range.to] lies in the period [from, to). */
export function outsidePeriod(range: { from: number; to: number }, period: { from: number; to: number }): boolean {
  return range.to < period.from || range.from >= period.to;
}

/** The months of the city's calendar (Jalali months in a Persian city) as instants, for monthly figures. */
import { addDays, startOfMonth } from '../calendar';

/** The calendar of a city's periods, as the contract names it. */
export type CityCalendar = 'persian' | 'gregorian';

const intlCalendar = (calendar: CityCalendar) => (calendar === 'persian' ? 'persian' : 'gregory');

/** The first instant of the month that contains `t`. */
export function monthStart(t: number, calendar: CityCalendar, timeZone: string): number {
  return startOfMonth(t, intlCalendar(calendar), timeZone);
}

/** The first instant of the month after the one that starts at `start`. */
export function nextMonthStart(start: number, calendar: CityCalendar, timeZone: string): number {
  // Every month of both calendars has 29 to 31 days: 32 days on lands in the next one.
  return monthStart(addDays(start, 32, timeZone), calendar, timeZone);
}

/** The first instants of the months from the one containing `from` to the one containing `to`, both included. */
export function monthStarts(from: number, to: number, calendar: CityCalendar, timeZone: string): number[] {
  const starts = [monthStart(from, calendar, timeZone)];
  while (true) {
    const next = nextMonthStart(starts[starts.length - 1]!, calendar, timeZone);
    if (next > to) return starts;
    starts.push(next);
  }
}

import { isoDayOf } from '../../domain/calendar';

/**
 * The days a custom range starts with: those of the period that was showing, so switching to it changes
 * nothing at first. They are the city's days — in UTC, a period starting at midnight in Urmia would start on
 * the day before.
 */
export function customDefaults(period: { from: number; to: number }, timeZone: string) {
  return { from: isoDayOf(period.from, timeZone), to: isoDayOf(Math.max(period.from, period.to - 1), timeZone) };
}

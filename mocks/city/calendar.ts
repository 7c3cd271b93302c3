/**
 * The demo year as local (Tehran) days: each day's start, month, weekday and its weight in the request
 * volume (weekly rhythm, Nowruz holidays, a slow upward trend, the seasons of the categories).
 */
import { cumulative } from '../random';
import { localMidnight, UTC_OFFSET_SECONDS } from './frame';
import { CATEGORIES, seasonFactor } from './services';

export const DAY = 86400;
export const YEAR_SECONDS = 365 * DAY;

/** Relative volume by local weekday, Sunday first: Friday is the Iranian weekend, Thursday half a day. */
const WEEKDAY = [1.05, 1.0, 1.0, 0.95, 0.75, 0.45, 1.1] as const;
/** Relative volume by local hour. */
export const HOURS = cumulative([
  0.3, 0.2, 0.15, 0.1, 0.1, 0.2, 0.5, 1.2, 2.2, 2.8, 3.0, 2.9, 2.6, 2.3, 2.2, 2.1, 2.0, 2.1, 2.3, 2.4, 2.1, 1.6, 1.0,
  0.6,
]);

export interface DemoCalendar {
  /** First second of the period (now minus 365 days) and `now`, in seconds since the epoch. */
  start: number;
  now: number;
  /** Local midnight that starts each day of the period; the first and last day are partial. */
  dayStart: Float64Array;
  month: Uint8Array;
  weekday: Uint8Array;
  /** Cumulative day weights, for picking a day. */
  days: Float64Array;
  /** Per month, cumulative category weights, for picking a category given the month. */
  categoriesByMonth: Float64Array[];
}

const isNowruz = (month: number, date: number) => (month === 2 && date >= 20) || (month === 3 && date <= 3);

export function demoCalendar(nowSec: number): DemoCalendar {
  const start = nowSec - YEAR_SECONDS;
  const first = localMidnight(start);
  const count = (localMidnight(nowSec) - first) / DAY + 1;
  const dayStart = new Float64Array(count);
  const month = new Uint8Array(count);
  const weekday = new Uint8Array(count);
  const monthTotal = Array.from({ length: 12 }, (_, m) =>
    CATEGORIES.reduce((sum, c) => sum + c.weight * seasonFactor(c.season, m), 0),
  );
  const weights: number[] = [];
  for (let d = 0; d < count; d++) {
    const s = first + d * DAY;
    const local = new Date((s + UTC_OFFSET_SECONDS) * 1000);
    dayStart[d] = s;
    month[d] = local.getUTCMonth();
    weekday[d] = local.getUTCDay();
    const covered = (Math.min(s + DAY, nowSec) - Math.max(s, start)) / DAY;
    const holiday = isNowruz(month[d]!, local.getUTCDate()) ? 0.55 : 1;
    const trend = 0.9 + (0.2 * d) / count;
    weights.push(Math.max(0, covered) * WEEKDAY[weekday[d]!]! * holiday * trend * monthTotal[month[d]!]!);
  }
  const categoriesByMonth = Array.from({ length: 12 }, (_, m) =>
    cumulative(CATEGORIES.map((c) => c.weight * seasonFactor(c.season, m))),
  );
  return { start, now: nowSec, dayStart, month, weekday, days: cumulative(weights), categoriesByMonth };
}

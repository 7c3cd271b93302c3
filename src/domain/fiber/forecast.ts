/**
 * When each district and the city will finish building, from the recent pace (docs/forecast.md): the km
 * built in each full month of the city's calendar over a trailing window, as km per day; the remaining km
 * at the median pace gives the likely finish, at the upper and lower quartile the optimistic and the
 * pessimistic one. The target is the latest `planned_end` of the area's segments (the contract has no
 * target of its own). No forecast is given without something to go on: each refusal says why.
 */
import { startOfDay } from '../calendar';
import { quantile } from '../statistics';
import { burnUpAt, totalPlannedKm, type AreaCurves, type FiberCurves } from './burn-up';
import { valueBefore } from './cumulative';
import { monthStart, type CityCalendar } from './months';

const DAY = 86_400;

/**
 * Why there is no forecast:
 * - no_fiber: the area has no segment, there is nothing to finish;
 * - no_progress: nothing is built yet, there is no pace to go on;
 * - too_little_history: fewer full months than `minMonths` from the month of the first dated completion
 *   to the month of `now`;
 * - stalled: the median month of the window built nothing, so at the usual pace it never finishes.
 */
export const FORECAST_REFUSALS = ['no_fiber', 'no_progress', 'too_little_history', 'stalled'] as const;
export type ForecastRefusal = (typeof FORECAST_REFUSALS)[number];

export interface ForecastOptions {
  calendar: CityCalendar;
  timeZone: string;
  /** Full months of the trailing window, default 6. */
  windowMonths?: number;
  /** Fewest full months of history a forecast needs, default 3. */
  minMonths?: number;
}

/** One full month of the window: its first instant, its length and the km built in it. */
export interface MonthBuilt {
  start: number;
  days: number;
  km: number;
}

/** Instants are the first instant of a local day, epoch seconds. */
export type FiberForecast =
  | {
      kind: 'forecast';
      likely: number;
      optimistic: number;
      /** Null when the slowest quarter of the window's months built nothing: no end in sight at that pace. */
      pessimistic: number | null;
      /** The latest `planned_end` of the area's segments. */
      target: number;
      /** The likely finish falls after the target day. */
      missesTarget: boolean;
      /** The pessimistic finish does (or has none). */
      mayMissTarget: boolean;
      remainingKm: number;
      /** Lower quartile, median and upper quartile of the months' km per day. */
      pace: { low: number; median: number; high: number };
      /** The months the pace is read from, oldest first. */
      months: MonthBuilt[];
    }
  | {
      kind: 'done';
      /** The day of the last completion; null when the last completions carry no date. */
      finishedAt: number | null;
      target: number;
      /** Null when the finish has no date. */
      metTarget: boolean | null;
    }
  | { kind: 'refused'; reason: ForecastRefusal; target: number | null; months: MonthBuilt[] };

export interface FiberForecasts {
  city: FiberForecast;
  byDistrict: FiberForecast[];
}

/** The forecast of the city and of every district at `now`. */
export function fiberForecasts(curves: FiberCurves, now: number, options: ForecastOptions): FiberForecasts {
  const window = windowMonths(now, options);
  return {
    city: areaForecast(curves.city, now, window, options),
    byDistrict: curves.byDistrict.map((c) => areaForecast(c, now, window, options)),
  };
}

/** The full months before the one containing `now`, oldest first, as [start, next start). */
function windowMonths(now: number, options: ForecastOptions): { start: number; next: number }[] {
  const { calendar, timeZone } = options;
  const months: { start: number; next: number }[] = [];
  let next = monthStart(now, calendar, timeZone);
  for (let k = 0; k < (options.windowMonths ?? 6); k++) {
    const start = monthStart(next - 1, calendar, timeZone);
    months.unshift({ start, next });
    next = start;
  }
  return months;
}

function areaForecast(
  curves: AreaCurves,
  now: number,
  window: readonly { start: number; next: number }[],
  options: ForecastOptions,
): FiberForecast {
  const plannedKm = totalPlannedKm(curves);
  const planned = curves.planned.times;
  if (plannedKm === 0) return { kind: 'refused', reason: 'no_fiber', target: null, months: [] };
  const target = planned[planned.length - 1]!;
  const remainingKm = plannedKm - burnUpAt(curves, now).builtKm;
  // The curves' sums are rounded to the millimetre, so a network all built has exactly nothing left.
  if (remainingKm <= 0) return done(curves, now, target);
  if (remainingKm === plannedKm) return { kind: 'refused', reason: 'no_progress', target, months: [] };
  // The history runs from the month of the first dated completion (km built without a date have no month).
  const firstDated = curves.built.times.find(Number.isFinite) ?? Infinity;
  const months = window
    .filter((m) => m.next > firstDated)
    .map((m) => ({
      start: m.start,
      days: Math.round((m.next - m.start) / DAY),
      km: valueBefore(curves.built, m.next) - valueBefore(curves.built, m.start),
    }));
  if (months.length < (options.minMonths ?? 3))
    return { kind: 'refused', reason: 'too_little_history', target, months };
  const rates = Float64Array.from(months, (m) => m.km / m.days);
  const pace = {
    low: quantile(rates, rates.length, 0.25),
    median: quantile(rates, rates.length, 0.5),
    high: quantile(rates, rates.length, 0.75),
  };
  if (pace.median === 0) return { kind: 'refused', reason: 'stalled', target, months };
  const finish = (kmPerDay: number) => startOfDay(now + (remainingKm / kmPerDay) * DAY, options.timeZone);
  const likely = finish(pace.median);
  const pessimistic = pace.low > 0 ? finish(pace.low) : null;
  return {
    kind: 'forecast',
    likely,
    optimistic: finish(pace.high),
    pessimistic,
    target,
    missesTarget: likely > target,
    mayMissTarget: pessimistic === null || pessimistic > target,
    remainingKm,
    pace,
    months,
  };
}

function done(curves: AreaCurves, now: number, target: number): FiberForecast {
  const built = curves.built.times.filter((t) => Number.isFinite(t) && t <= now);
  const finishedAt = built.length === 0 ? null : built[built.length - 1]!;
  return { kind: 'done', finishedAt, target, metTarget: finishedAt === null ? null : finishedAt <= target };
}

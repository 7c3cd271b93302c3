/**
 * The time bins of a period's charts: the city's local days for a short period, its local weeks for a
 * longer one. Bins start at local midnight in the city's time zone (a week of 1 January starts on
 * 1 January there, not on the UTC day before), and a day across a daylight-saving change is 23 or 25 hours.
 */
import { addDays } from './calendar';

export type BinUnit = 'day' | 'week';

/** Periods up to this many days are shown day by day. */
export const DAILY_UP_TO_DAYS = 35;

export interface TimeBins {
  unit: BinUnit;
  /** Bin i is [bounds[i], bounds[i + 1]), epoch seconds; the last bound is the period's end. */
  bounds: number[];
}

/** The bins of the period [from, to), which starts at a local midnight of `timeZone`. */
export function timeBins(from: number, to: number, timeZone: string): TimeBins {
  const days = Math.round((to - from) / 86_400);
  const unit: BinUnit = days <= DAILY_UP_TO_DAYS ? 'day' : 'week';
  const step = unit === 'day' ? 1 : 7;
  const bounds = [from];
  for (let k = 1; bounds[bounds.length - 1]! < to; k++) bounds.push(Math.min(to, addDays(from, k * step, timeZone)));
  return { unit, bounds };
}

/**
 * A function from an instant to its bin (or −1 outside every bin), for the aggregation's hot loop: a
 * division when every bin has the same length (no daylight-saving change in the period), a binary search
 * over the bounds otherwise.
 */
export function binLocator(bounds: readonly number[]): (t: number) => number {
  const bins = bounds.length - 1;
  if (bins < 1) return () => -1;
  const first = bounds[0]!;
  const last = bounds[bins]!;
  const width = bounds[1]! - first;
  const uniform = bounds.every((b, i) => i === bins || b === first + i * width);
  if (uniform) {
    return (t) => {
      if (t < first || t >= last) return -1;
      return Math.min(bins - 1, Math.floor((t - first) / width));
    };
  }
  return (t) => {
    if (t < first || t >= last) return -1;
    let lo = 0;
    let hi = bins - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (bounds[mid]! <= t) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}

/**
 * A cumulative sum over time as a step function: the total weight of the events at or before an instant.
 * The events are sorted once; a value at any instant is then a binary search, cheap enough for every frame
 * of a playback.
 */

export interface Cumulative {
  /** Event instants, ascending (−Infinity for an event that happened before any record). */
  times: Float64Array;
  /** sums[k]: total weight of events 0 … k. */
  sums: Float64Array;
}

/**
 * The step function of events at `times` with `weights`; an event at Infinity never happens and is left
 * out. Sums are rounded to `decimals` places when given: the same weights summed in two orders (planned
 * and built km of a network all built) then give the same figure, not one a few units in the last place
 * apart.
 */
export function cumulative(times: ArrayLike<number>, weights: ArrayLike<number>, decimals?: number): Cumulative {
  const scale = decimals === undefined ? 0 : 10 ** decimals;
  const order: number[] = [];
  for (let i = 0; i < times.length; i++) if (times[i]! < Infinity) order.push(i);
  order.sort((a, b) => times[a]! - times[b]!);
  const sorted = new Float64Array(order.length);
  const sums = new Float64Array(order.length);
  let total = 0;
  order.forEach((i, k) => {
    sorted[k] = times[i]!;
    total += weights[i]!;
    sums[k] = scale === 0 ? total : Math.round(total * scale) / scale;
  });
  return { times: sorted, sums };
}

/** The total weight of the events at or before `t`. */
export function valueAt(c: Cumulative, t: number): number {
  return sumOfFirst(c, eventsBefore(c, t, true));
}

/** The total weight of the events strictly before `t` (what a month held before its first instant). */
export function valueBefore(c: Cumulative, t: number): number {
  return sumOfFirst(c, eventsBefore(c, t, false));
}

/** The number of events before `t` (at `t` too when `inclusive`): a binary search of the sorted times. */
function eventsBefore(c: Cumulative, t: number, inclusive: boolean): number {
  let lo = 0;
  let hi = c.times.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const time = c.times[mid]!;
    if (time < t || (inclusive && time === t)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const sumOfFirst = (c: Cumulative, k: number) => (k === 0 ? 0 : c.sums[k - 1]!);

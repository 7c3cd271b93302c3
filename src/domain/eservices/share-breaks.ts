/**
 * Classes of an online share for a map: round steps of percentage points (5, 10, 20 or 25), the finest that
 * cuts the shares shown into at most the classes a ramp has. Round bounds read at a glance ("50–60 %") and
 * mean the same from one period to the next, which quantiles of five districts would not.
 */

/** Steps tried, finest first, as fractions. */
const STEPS = [0.05, 0.1, 0.2, 0.25];
/** Shares a hair under a bound (0.6 computed as 0.59999…) belong to its class. */
const EPSILON = 1e-9;

/**
 * Upper bounds of the classes (see classify in ../choropleth.ts: a share at a bound is in the class above
 * it), strictly increasing; no share (null) is not classed. At least one bound when there is a share, so a
 * legend always has two classes to tell apart; none without any share.
 */
export function shareBreaks(shares: readonly (number | null)[], maxClasses: number): number[] {
  const values = shares.filter((s): s is number => s !== null && Number.isFinite(s));
  if (values.length === 0) return [];
  const [min, max] = [Math.min(...values), Math.max(...values)];
  const step = STEPS.find((s) => classIndex(max, s) - classIndex(min, s) + 1 <= maxClasses) ?? 0.25;
  const low = classIndex(min, step);
  const high = Math.max(classIndex(max, step), low + 1);
  const breaks: number[] = [];
  for (let k = low + 1; k <= high && k * step < 1 + EPSILON; k++) breaks.push(rounded(k * step));
  // Every share at 100 %: its class is "≥ 100 %", the one below it empty.
  if (breaks.length === 0) breaks.push(rounded(low * step));
  return breaks;
}

const rounded = (share: number) => Math.round(share * 1000) / 1000;
const classIndex = (share: number, step: number) => Math.floor(share / step + EPSILON);

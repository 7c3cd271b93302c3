/**
 * Browsers keep a timer's delay in a signed 32-bit integer: a delay beyond 2^31 − 1 ms (about 24.8 days)
 * overflows and the timer fires at once — a refresh interval that large would reload the requests in a
 * tight loop. Every delay handed to setTimeout, setInterval or react-query's refetchInterval goes through
 * here, where it is computed.
 */

/** The longest delay a browser timer holds, in milliseconds. */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * A delay of `seconds` in milliseconds that a timer can hold: at most MAX_TIMER_MS; below zero and NaN are
 * 0, as the browser itself reads them.
 */
export function timerDelay(seconds: number): number {
  const ms = seconds * 1000;
  if (Number.isNaN(ms)) return 0;
  return Math.min(MAX_TIMER_MS, Math.max(0, Math.round(ms)));
}

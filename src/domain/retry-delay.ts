/**
 * How long to wait before reading the data again after failed attempts. The wait doubles from a few
 * seconds, so a server that is down is not hammered, but never exceeds the refresh interval, so a screen
 * reads the data again within one interval of the server's return; it is spread at random over the upper
 * half of that (jitter), so that a room of wall screens that lost the server together do not all come back
 * in the same second.
 */
import { MAX_TIMER_MS } from './timer-delay';

/** The wait after the first failure. */
export const FIRST_RETRY_MS = 2000;

/**
 * The wait in milliseconds after `failures` failed attempts in a row (≥ 1), for a refresh interval of
 * `intervalMs`; `random` in [0, 1) places it within the upper half of its bound.
 */
export function retryDelayMs(failures: number, intervalMs: number, random: number): number {
  const exponent = Math.min(Math.max(failures, 1) - 1, 30);
  const bound = Math.min(FIRST_RETRY_MS * 2 ** exponent, intervalMs, MAX_TIMER_MS);
  return Math.round(bound * (0.5 + 0.5 * random));
}

/** The wait before the next load: the refresh interval, or after failures in a row the backed-off retry. */
export function nextLoadDelayMs(failures: number, intervalMs: number, random: number): number {
  return failures > 0 ? retryDelayMs(failures, intervalMs, random) : intervalMs;
}

/**
 * Whether a refresh of the requests can ask only for what changed since the last load (`updated_after`),
 * and from when. A change cannot show a deletion, so a full load comes back now and then regardless.
 */

/**
 * Seconds asked for again before the latest change held: a record written a little before it but
 * committed after the last answer (or stamped by a clock slightly behind) is still found. Repeats are
 * harmless: records are merged by id.
 */
export const CHANGE_OVERLAP_SECONDS = 120;

/** The last full load: when it was made (epoch ms) and the latest change it and the changes since hold. */
export interface HeldRequests {
  fullAtMs: number;
  /** Epoch seconds, NaN when nothing is held. */
  changedUpTo: number;
}

/**
 * The epoch second to ask for changes after, or null for a full load: when nothing is held yet, when the
 * held requests have no time to start from, or when the last full load is `fullReloadMs` old.
 */
export function changesAfter(held: HeldRequests | null, nowMs: number, fullReloadMs: number): number | null {
  if (!held || !Number.isFinite(held.changedUpTo)) return null;
  if (nowMs - held.fullAtMs >= fullReloadMs) return null;
  return held.changedUpTo - CHANGE_OVERLAP_SECONDS;
}

/** An epoch second as the contract's date-time (UTC, no fraction). */
export function isoSeconds(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');
}

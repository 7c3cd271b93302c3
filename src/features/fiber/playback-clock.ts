/**
 * The playback's clock: the rollout's days as positions of a slider, and how far a playing slider moves in
 * the time between two screen frames. A position is a (fractional) number of days from the span's first
 * day; the instant shown is the first instant of the day it falls in, so a day is one frame of the map.
 */
import { isoDayOf } from '../../domain/calendar';
import { daysBetween } from '../../domain/iso-day';

/** Days of the rollout a second of playback covers at speed 1. */
export const DAYS_PER_SECOND = 20;
/** The speeds offered, as multiples of DAYS_PER_SECOND. */
export const PLAYBACK_SPEEDS = [1, 2, 4, 8] as const;
export type PlaybackSpeed = (typeof PLAYBACK_SPEEDS)[number];

/** The first and last Gregorian ISO days of the rollout, and the number of days between them. */
export interface RolloutSpan {
  first: string;
  last: string;
  days: number;
}

interface DatedSegment {
  plannedStart: string;
  plannedEnd: string;
  startedAt: string | null;
  completedAt: string | null;
}

/**
 * From the earliest day any segment names to the latest, and at least to the day of `now`: the playback
 * ends on the present when the plan ends earlier. ISO days compare as strings.
 */
export function rolloutSpan(segments: readonly DatedSegment[], timeZone: string, now: number): RolloutSpan {
  const today = isoDayOf(now, timeZone);
  let first = today;
  let last = today;
  for (const s of segments) {
    for (const day of [s.plannedStart, s.plannedEnd, s.startedAt, s.completedAt]) {
      if (day === null) continue;
      if (day < first) first = day;
      if (day > last) last = day;
    }
  }
  return { first, last, days: daysBetween(first, last) };
}

/** The ISO day `days` whole days after `isoDay`. */
export function addIsoDays(isoDay: string, days: number): string {
  const ms = Date.parse(`${isoDay}T00:00:00Z`) + days * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

/** The ISO day at a slider position, clamped to the span. */
export function dayAtPosition(span: RolloutSpan, position: number): string {
  return addIsoDays(span.first, Math.min(span.days, Math.max(0, Math.floor(position))));
}

/** The slider position of an ISO day, clamped to the span. */
export function positionOfDay(span: RolloutSpan, isoDay: string): number {
  return Math.min(span.days, Math.max(0, daysBetween(span.first, isoDay)));
}

/**
 * Where a playing slider is `elapsedMs` after `position` at `speed`, and whether it has reached the span's
 * end (where it stops). A long gap between frames (a hidden tab) moves it no more than a tenth of a second.
 */
export function advance(
  span: RolloutSpan,
  position: number,
  elapsedMs: number,
  speed: PlaybackSpeed,
): { position: number; ended: boolean } {
  const step = (Math.min(Math.max(elapsedMs, 0), 100) / 1000) * DAYS_PER_SECOND * speed;
  const next = position + step;
  return next >= span.days ? { position: span.days, ended: true } : { position: next, ended: false };
}

/** Where pressing play starts: where the slider is, or from the beginning when it is at the end. */
export function startPosition(span: RolloutSpan, position: number): number {
  return position >= span.days ? 0 : position;
}

/**
 * Instants from the text sources write: ISO 8601 with an offset (exact), or a wall-clock time with no
 * offset, which is read in the city's time zone (a 311 export's "03/01/2011 02:27:57 PM" is New York
 * time). Every function returns epoch seconds, or NaN when the text is not a readable time.
 */
import { calendarDay } from './calendar';

/**
 * Epoch seconds of a wall-clock time in a time zone. A time a DST change repeats or skips is read at one of
 * the offsets around the change (which one depends on the zone's side of UTC).
 */
export function zonedInstant(
  fields: { year: number; month: number; day: number; hour?: number; minute?: number; second?: number },
  timeZone: string,
): number {
  const { year, month, day, hour = 0, minute = 0, second = 0 } = fields;
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return NaN;
  if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second >= 61) return NaN;
  const wall = Date.UTC(year, month - 1, day, hour, minute, 0) / 1000 + second;
  if (!Number.isFinite(wall)) return NaN;
  // The zone's offset at the guess, then at the corrected instant (they differ only across a DST change).
  let instant = wall - offsetAt(wall, timeZone);
  instant = wall - offsetAt(instant, timeZone);
  return instant;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * A zone's offset is asked once per day, or per quarter hour on a day it changes: reading a file of a
 * million rows asks millions of times, and Intl answers in microseconds.
 */
const DAY = 86_400;
const QUARTER_HOUR = 900;
const MAX_CACHED = 1 << 18;
const zones = new Map<string, { days: Map<number, number>; quarters: Map<number, number> }>();

/** Seconds the zone's wall clock is ahead of UTC at an instant. */
function offsetAt(epochSeconds: number, timeZone: string): number {
  let zone = zones.get(timeZone);
  if (!zone || zone.days.size + zone.quarters.size >= MAX_CACHED) {
    zones.set(timeZone, (zone = { days: new Map(), quarters: new Map() }));
  }
  const day = Math.floor(epochSeconds / DAY);
  let offset = zone.days.get(day);
  if (offset === undefined) {
    const start = measuredOffset(day * DAY, timeZone);
    // NaN marks a day on which the offset changes: its quarter hours are asked apart.
    offset = measuredOffset(day * DAY + DAY - 1, timeZone) === start ? start : NaN;
    zone.days.set(day, offset);
  }
  if (!Number.isNaN(offset)) return offset;
  const quarter = Math.floor(epochSeconds / QUARTER_HOUR);
  offset = zone.quarters.get(quarter);
  if (offset === undefined) {
    const start = measuredOffset(quarter * QUARTER_HOUR, timeZone);
    // Zones change their offset on the quarter hour (every one since the 1970s); one that does not is asked each time.
    if (measuredOffset(quarter * QUARTER_HOUR + QUARTER_HOUR - 1, timeZone) !== start) {
      return measuredOffset(epochSeconds, timeZone);
    }
    zone.quarters.set(quarter, (offset = start));
  }
  return offset;
}

function measuredOffset(epochSeconds: number, timeZone: string): number {
  const whole = Math.floor(epochSeconds);
  const d = calendarDay(whole, 'gregory', timeZone);
  const wallAsUtc = Date.UTC(d.year, d.month - 1, d.day) / 1000 + d.secondsOfDay;
  return wallAsUtc - whole;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?)?\s*(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;

/**
 * An ISO 8601 date or date-time: with an offset it is exact; without one it is wall-clock time in
 * `timeZone`; a date alone is its local midnight. Seconds may be missing and may carry a fraction (kept
 * down to the whole second).
 */
export function parseIsoInstant(text: string, timeZone: string): number {
  const m = ISO.exec(text.trim());
  if (!m) return NaN;
  const [, y, mo, d, h, mi, s, , zone] = m;
  const fields = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: h === undefined ? 0 : Number(h),
    minute: mi === undefined ? 0 : Number(mi),
    second: s === undefined ? 0 : Number(s),
  };
  if (zone === undefined) return zonedInstant(fields, timeZone);
  const wall = zonedInstant(fields, 'UTC');
  if (zone === 'Z' || zone === 'z') return wall;
  const sign = zone.startsWith('-') ? -1 : 1;
  const digits = zone.slice(1).replace(':', '');
  const offset = Number(digits.slice(0, 2)) * 3600 + Number(digits.slice(2) || '0') * 60;
  return wall - sign * offset;
}

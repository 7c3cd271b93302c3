/**
 * The self-service (شهروندسپاری) rollout: each district's status against its target date, days early or
 * late, and the city's count of live districts against its deadline. Days are whole calendar days of the
 * city (see daysBetween), and "today" is the city's local day at `now`, so a launch on the last day of the
 * Jalali year measured against a target in Farvardin counts the days a resident would.
 */
import { isoDayOf } from '../calendar';
import { daysBetween } from '../iso-day';
import type { RolloutStatus } from '../vocabulary';

/** A district's rollout, as the contract's `self_service_rollout` row. */
export interface RolloutInput {
  districtId: string;
  status: RolloutStatus;
  /** Gregorian ISO day the district went live, or null. */
  launchedAt: string | null;
  /** Gregorian ISO day it is due to be live by. */
  targetDate: string;
}

export interface DistrictRollout extends RolloutInput {
  /**
   * Days from the target to the launch for a live district, to today for one not live yet: positive late,
   * negative early (for one not live, minus the days left). Null for a live district without a launch day.
   */
  daysLate: number | null;
  /** What `daysLate` was measured at: the launch (final) or today (still running). */
  measuredAt: 'launch' | 'today';
  /** Live after its target, or not live with its target past. */
  late: boolean;
}

/** Each district's standing at `now` (epoch seconds), in the input's order. */
export function districtRollouts(rollout: readonly RolloutInput[], now: number, timeZone: string): DistrictRollout[] {
  const today = isoDayOf(now, timeZone);
  return rollout.map((district) => {
    // Only going live ends the count: a pilot's launch day, if a city sends one, is not the target's.
    if (district.status === 'live') {
      const daysLate = district.launchedAt === null ? null : daysBetween(district.targetDate, district.launchedAt);
      return { ...district, daysLate, measuredAt: 'launch', late: daysLate !== null && daysLate > 0 };
    }
    const daysLate = daysBetween(district.targetDate, today);
    return { ...district, daysLate, measuredAt: 'today', late: daysLate > 0 };
  });
}

export interface CityRollout {
  /** The city's deadline: the one it gives, else the latest district target; null without districts. */
  deadline: string | null;
  districts: number;
  live: number;
  /** Districts that went live on or before the deadline. */
  liveByDeadline: number;
  late: number;
  /** Days from today to the deadline (negative once past); null without a deadline. */
  daysToDeadline: number | null;
}

/** The city's rollout at `now` against its deadline (`self_service_deadline`, or null when it gives none). */
export function cityRollout(
  districts: readonly DistrictRollout[],
  deadline: string | null,
  now: number,
  timeZone: string,
): CityRollout {
  const due = deadline ?? latestTarget(districts);
  const live = districts.filter((d) => d.status === 'live');
  return {
    deadline: due,
    districts: districts.length,
    live: live.length,
    // ISO days compare as text in time order.
    liveByDeadline: due === null ? 0 : live.filter((d) => d.launchedAt !== null && d.launchedAt <= due).length,
    late: districts.filter((d) => d.late).length,
    daysToDeadline: due === null ? null : daysBetween(isoDayOf(now, timeZone), due),
  };
}

function latestTarget(districts: readonly RolloutInput[]): string | null {
  let latest: string | null = null;
  for (const { targetDate } of districts) if (latest === null || targetDate > latest) latest = targetDate;
  return latest;
}

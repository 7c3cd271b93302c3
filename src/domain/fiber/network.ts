/**
 * The fiber network as the rollout's figures read it: each segment's length, its district shares and the
 * instants it begins, is built and falls late, in typed arrays built once from the segments. A date of the
 * contract counts from the first instant of its day in the city's time zone (docs/api.md, "How the dates
 * are read"); progress, playback, the burn-up chart, the forecast and the scores all read these instants,
 * so they agree with one another at every instant.
 */
import { addDays, isoDayStart } from '../calendar';
import type { AreaIndex } from '../area-index';
import type { Position } from '../geometry';
import type { SegmentStatus } from '../vocabulary';
import { fiberShares, type FiberShares } from './fiber-length';

/** A segment as the domain takes it: the contract's fields, its district and contractor as indexes. */
export interface FiberSegmentInput {
  id: string;
  status: SegmentStatus;
  /** Gregorian ISO days (YYYY-MM-DD), as the contract gives them. */
  plannedStart: string;
  plannedEnd: string;
  startedAt: string | null;
  completedAt: string | null;
  /** Index of the district the data names, or −1 when it names none (then placed by its geometry). */
  district: number;
  /** Index of the contractor, or −1 when the data names none. */
  contractor: number;
  lengthM: number;
  coordinates: readonly Position[];
}

export interface FiberNetworkOptions {
  districtCount: number;
  contractorCount: number;
  timeZone: string;
  /**
   * The instant the statuses are as of (the data's `now`): a segment said to be under construction, with
   * no start date and a planned start after it, began by then.
   */
  asOf: number;
}

export interface FiberNetwork {
  count: number;
  ids: readonly string[];
  lengthM: Float64Array;
  /** Epoch seconds from which a segment is under construction; Infinity when it has not begun. */
  beginsAt: Float64Array;
  /** Epoch seconds from which it is built: −Infinity when built without a date, Infinity when not built. */
  builtAt: Float64Array;
  /** The first instant of its `planned_end` day: its planned km count from here in the burn-up. */
  plannedEndAt: Float64Array;
  /** The first instant after its `planned_end` day: from here it is late unless built. */
  lateFrom: Float64Array;
  /** The district a segment is counted in (the one holding most of its length), −1 when outside all. */
  district: Int32Array;
  /** Contractor index, −1 when none is named. */
  contractor: Int32Array;
  /** Its length shared out between districts, pro rata of its line (the km figures use these). */
  shares: FiberShares;
  districtCount: number;
  contractorCount: number;
}

/** The network's instants and shares, measured once: no figure walks the geometry again. */
export function buildFiberNetwork(
  segments: readonly FiberSegmentInput[],
  districts: AreaIndex,
  options: FiberNetworkOptions,
): FiberNetwork {
  const { timeZone, asOf } = options;
  const n = segments.length;
  // A network has a few hundred distinct days, and each costs a few Intl calls.
  const dayStart = memo((isoDay: string) => isoDayStart(isoDay, timeZone));
  const dayAfter = memo((isoDay: string) => addDays(dayStart(isoDay), 1, timeZone));
  const network: FiberNetwork = {
    count: n,
    ids: segments.map((s) => s.id),
    lengthM: Float64Array.from(segments, (s) => s.lengthM),
    beginsAt: new Float64Array(n),
    builtAt: new Float64Array(n),
    plannedEndAt: new Float64Array(n),
    lateFrom: new Float64Array(n),
    district: new Int32Array(n),
    contractor: Int32Array.from(segments, (s) => (s.contractor < options.contractorCount ? s.contractor : -1)),
    shares: fiberShares(segments, districts, options.districtCount),
    districtCount: options.districtCount,
    contractorCount: options.contractorCount,
  };
  segments.forEach((s, i) => {
    const plannedEnd = dayStart(s.plannedEnd);
    const builtAt = s.completedAt !== null ? dayStart(s.completedAt) : s.status === 'completed' ? -Infinity : Infinity;
    network.builtAt[i] = builtAt;
    network.plannedEndAt[i] = plannedEnd;
    network.lateFrom[i] = dayAfter(s.plannedEnd);
    network.beginsAt[i] = Math.min(beginning(s, dayStart, asOf), builtAt);
    network.district[i] = mainDistrict(network.shares, i);
  });
  return network;
}

function memo(f: (isoDay: string) => number): (isoDay: string) => number {
  const known = new Map<string, number>();
  return (isoDay) => {
    let value = known.get(isoDay);
    if (value === undefined) known.set(isoDay, (value = f(isoDay)));
    return value;
  };
}

/** When work began: its start date, else its planned start if its status says it has begun by `asOf`. */
function beginning(s: FiberSegmentInput, dayStart: (isoDay: string) => number, asOf: number): number {
  if (s.startedAt !== null) return dayStart(s.startedAt);
  if (s.status === 'planned' && s.completedAt === null) return Infinity;
  return Math.min(dayStart(s.plannedStart), asOf);
}

/** The district holding the largest share of segment i, −1 when that is outside every district. */
function mainDistrict(shares: FiberShares, i: number): number {
  let best = -1;
  let bestMetres = -1;
  for (let k = shares.start[i]!; k < shares.start[i + 1]!; k++) {
    if (shares.metres[k]! > bestMetres) {
      best = shares.district[k]!;
      bestMetres = shares.metres[k]!;
    }
  }
  return best;
}

/** Metres per kilometre: the contract measures in metres, the figures are given in km. */
export const M_PER_KM = 1000;

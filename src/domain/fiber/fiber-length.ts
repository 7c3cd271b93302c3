/**
 * A fiber segment's length by district. A segment that names its district counts there whole; one that
 * does not is measured against the districts' polygons — a segment crossing districts counts its length in
 * each, pro rata (to within one step of the walk along it, a few metres).
 */
import type { AreaIndex } from '../area-index';
import { METRES_PER_DEGREE_LAT, METRES_PER_DEGREE_LON, type Position } from '../geometry';

/** Walk step along a line, metres: fine enough for a street, a few thousand steps for a city's network. */
const STEP_M = 5;

export interface SegmentInput {
  /** Index of the district the data names, or -1 when it names none. */
  district: number;
  /** The length the data gives, metres (what is shared out between districts). */
  lengthM: number;
  coordinates: readonly Position[];
}

/**
 * Each segment's given length shared out between the districts (index into the index's areas, −1 outside
 * every district), in proportion to the part of its line in each: segment i's shares are entries
 * start[i] … start[i + 1] − 1. Measured once, so progress, playback and the scores walk no geometry.
 */
export interface FiberShares {
  start: Uint32Array;
  district: Int32Array;
  metres: Float64Array;
}

/** The district shares of every segment (see FiberShares). */
export function fiberShares(
  segments: readonly SegmentInput[],
  districts: AreaIndex,
  districtCount: number,
): FiberShares {
  const start = new Uint32Array(segments.length + 1);
  const district: number[] = [];
  const metres: number[] = [];
  segments.forEach((segment, i) => {
    if (segment.district >= 0 && segment.district < districtCount) {
      district.push(segment.district);
      metres.push(segment.lengthM);
    } else {
      const shares = lineShares(segment.coordinates, districts);
      if (shares.total === 0) {
        district.push(-1);
        metres.push(segment.lengthM);
      }
      for (const [d, m] of shares.byArea) {
        district.push(d);
        metres.push((segment.lengthM * m) / shares.total);
      }
    }
    start[i + 1] = district.length;
  });
  return { start, district: Int32Array.from(district), metres: Float64Array.from(metres) };
}

/**
 * Metres per district (index into the index's areas), and those outside every district, for each
 * segment's given length shared out in proportion to the part of its line in each district.
 */
export function fiberLengthByDistrict(
  segments: readonly SegmentInput[],
  districts: AreaIndex,
  districtCount: number,
): { byDistrict: Float64Array; outside: number } {
  const shares = fiberShares(segments, districts, districtCount);
  const byDistrict = new Float64Array(districtCount);
  let outside = 0;
  shares.district.forEach((d, k) => {
    if (d < 0) outside += shares.metres[k]!;
    else byDistrict[d]! += shares.metres[k]!;
  });
  return { byDistrict, outside };
}

/** The line's planar length in each area (−1 = none), measured at the midpoint of each short step. */
function lineShares(coordinates: readonly Position[], areas: AreaIndex) {
  const byArea = new Map<number, number>();
  let total = 0;
  for (let k = 1; k < coordinates.length; k++) {
    const [x0, y0] = coordinates[k - 1] as [number, number];
    const [x1, y1] = coordinates[k] as [number, number];
    const cos = Math.cos((((y0 + y1) / 2) * Math.PI) / 180);
    const length = Math.hypot((x1 - x0) * cos * METRES_PER_DEGREE_LON, (y1 - y0) * METRES_PER_DEGREE_LAT);
    const steps = Math.max(1, Math.ceil(length / STEP_M));
    for (let s = 0; s < steps; s++) {
      const t = (s + 0.5) / steps;
      const area = areas.lookup(x0 + (x1 - x0) * t, y0 + (y1 - y0) * t);
      byArea.set(area, (byArea.get(area) ?? 0) + length / steps);
    }
    total += length;
  }
  return { byArea, total };
}

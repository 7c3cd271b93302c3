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
 * Metres per district (index into the index's areas), and those outside every district, for each
 * segment's given length shared out in proportion to the part of its line in each district.
 */
export function fiberLengthByDistrict(
  segments: readonly SegmentInput[],
  districts: AreaIndex,
  districtCount: number,
): { byDistrict: Float64Array; outside: number } {
  const byDistrict = new Float64Array(districtCount);
  let outside = 0;
  for (const segment of segments) {
    if (segment.district >= 0 && segment.district < districtCount) {
      byDistrict[segment.district]! += segment.lengthM;
      continue;
    }
    const shares = lineShares(segment.coordinates, districts);
    if (shares.total === 0) {
      outside += segment.lengthM;
      continue;
    }
    for (const [d, metres] of shares.byArea) {
      if (d < 0) outside += (segment.lengthM * metres) / shares.total;
      else byDistrict[d]! += (segment.lengthM * metres) / shares.total;
    }
  }
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

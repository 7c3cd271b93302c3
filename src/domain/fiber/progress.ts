/**
 * Built against planned, per district and for the city, at an instant: km of the whole plan, km built,
 * their share, and the segments late (past their `planned_end` day and not built) with their km. Km are
 * pro rata of each segment's line (a segment across two districts counts its share in each); a late
 * segment is counted once, in the district holding most of its length.
 */
import { burnUpAt, totalPlannedKm, type AreaCurves, type FiberCurves } from './burn-up';
import { M_PER_KM, type FiberNetwork } from './network';

export interface AreaProgress {
  /** The area's whole plan, km; 0 when the area has no fiber. */
  plannedKm: number;
  builtKm: number;
  /** builtKm ÷ plannedKm in [0, 1]; null when the area has no fiber (not 0 %: there is nothing to build). */
  share: number | null;
  segmentsLate: number;
  kmLate: number;
}

export interface FiberProgress {
  /** The whole network, its parts outside every district included. */
  city: AreaProgress;
  byDistrict: AreaProgress[];
  /** Indexes of the segments late at the instant, in the network's order (for the map and the list). */
  late: number[];
}

/** Progress at `now` (epoch seconds), from the network and its curves (fiberCurves). */
export function fiberProgress(network: FiberNetwork, curves: FiberCurves, now: number): FiberProgress {
  const segmentsLate = new Uint32Array(network.districtCount);
  const kmLate = new Float64Array(network.districtCount);
  const late: number[] = [];
  let cityKmLate = 0;
  const { start, district, metres } = network.shares;
  for (let i = 0; i < network.count; i++) {
    if (!(now >= network.lateFrom[i]! && now < network.builtAt[i]!)) continue;
    late.push(i);
    cityKmLate += network.lengthM[i]! / M_PER_KM;
    if (network.district[i]! >= 0) segmentsLate[network.district[i]!]!++;
    for (let k = start[i]!; k < start[i + 1]!; k++) {
      if (district[k]! >= 0) kmLate[district[k]!]! += metres[k]! / M_PER_KM;
    }
  }
  return {
    city: areaProgress(curves.city, now, late.length, cityKmLate),
    byDistrict: curves.byDistrict.map((c, d) => areaProgress(c, now, segmentsLate[d]!, kmLate[d]!)),
    late,
  };
}

function areaProgress(curves: AreaCurves, now: number, segmentsLate: number, kmLate: number): AreaProgress {
  const plannedKm = totalPlannedKm(curves);
  const { builtKm } = burnUpAt(curves, now);
  return { plannedKm, builtKm, share: plannedKm > 0 ? builtKm / plannedKm : null, segmentsLate, kmLate };
}

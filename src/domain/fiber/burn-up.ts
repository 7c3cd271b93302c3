/**
 * The burn-up of the rollout: km planned by their `planned_end` against km built by their `completed_at`,
 * cumulative, for the city and each district (a segment across districts adds its share to each). The
 * curves are the one source of the km figures at an instant: the chart's points, playback's built km and
 * the progress panel all read them, so the chart's last value is the map's figure at the same instant.
 */
import { cumulative, valueAt, type Cumulative } from './cumulative';
import { monthStarts, nextMonthStart, type CityCalendar } from './months';
import { M_PER_KM, type FiberNetwork } from './network';

/** Planned and built km of one area as step functions of time. */
export interface AreaCurves {
  planned: Cumulative;
  built: Cumulative;
}

export interface FiberCurves {
  /** The whole network, its parts outside every district included. */
  city: AreaCurves;
  byDistrict: AreaCurves[];
}

/** Km figures are kept to the millimetre (six decimals): finer is noise of the sums' order, not length. */
const KM_DECIMALS = 6;

/** The km curves of the city and of each district, sorted once. */
export function fiberCurves(network: FiberNetwork): FiberCurves {
  const km = network.lengthM.map((m) => m / M_PER_KM);
  const { start, district, metres } = network.shares;
  const perDistrict = Array.from({ length: network.districtCount }, () => ({
    plannedAt: [] as number[],
    builtAt: [] as number[],
    km: [] as number[],
  }));
  for (let i = 0; i < network.count; i++) {
    for (let k = start[i]!; k < start[i + 1]!; k++) {
      const d = perDistrict[district[k]!];
      if (!d) continue;
      d.plannedAt.push(network.plannedEndAt[i]!);
      d.builtAt.push(network.builtAt[i]!);
      d.km.push(metres[k]! / M_PER_KM);
    }
  }
  return {
    city: curvesOf(network.plannedEndAt, network.builtAt, km),
    byDistrict: perDistrict.map((d) => curvesOf(d.plannedAt, d.builtAt, d.km)),
  };
}

const curvesOf = (plannedAt: ArrayLike<number>, builtAt: ArrayLike<number>, km: ArrayLike<number>): AreaCurves => ({
  planned: cumulative(plannedAt, km, KM_DECIMALS),
  built: cumulative(builtAt, km, KM_DECIMALS),
});

/** Planned and built km at an instant. */
export interface BurnUpValue {
  plannedKm: number;
  builtKm: number;
}

/** The area's planned km (due by `t`) and built km at `t`. */
export function burnUpAt(curves: AreaCurves, t: number): BurnUpValue {
  return { plannedKm: valueAt(curves.planned, t), builtKm: valueAt(curves.built, t) };
}

/** The whole plan of the area, km, whatever the dates. */
export function totalPlannedKm(curves: AreaCurves): number {
  const { sums } = curves.planned;
  return sums.length === 0 ? 0 : sums[sums.length - 1]!;
}

export interface BurnUpSeries {
  /**
   * Instants of the points: the first instant of each month of the city's calendar from the month of the
   * first dated event to the month after the last, and `until` in its place among them.
   */
  at: number[];
  plannedKm: number[];
  /** Built km at each point up to `until`; NaN after it (the chart's built line ends at `until`). */
  builtKm: number[];
  /** Index of the point at `until`, whose built km is the map's figure at that instant. */
  untilIndex: number;
}

/**
 * The area's burn-up as month steps, seen at `until` (the playback's instant, or now): the planned line
 * runs to the plan's end, the built line stops at `until` on the value the map shows there.
 */
export function burnUpSeries(
  curves: AreaCurves,
  until: number,
  calendar: CityCalendar,
  timeZone: string,
): BurnUpSeries {
  // Times are sorted: each curve's first and last dated events bound the series.
  const dated = [curves.planned.times, curves.built.times].map((times) => times.filter(Number.isFinite));
  if (dated.every((times) => times.length === 0)) {
    const km = valueAt(curves.built, until);
    return { at: [until], plannedKm: [valueAt(curves.planned, until)], builtKm: [km], untilIndex: 0 };
  }
  const first = Math.min(until, ...dated.map((times) => times[0] ?? Infinity));
  const last = Math.max(until, ...dated.map((times) => times[times.length - 1] ?? -Infinity));
  const months = monthStarts(first, last, calendar, timeZone);
  // The month after the last event, so the chart's last step reaches the plan's whole km.
  months.push(nextMonthStart(months[months.length - 1]!, calendar, timeZone));
  const at = [...months.filter((m) => m < until), until, ...months.filter((m) => m > until)];
  const untilIndex = at.indexOf(until);
  return {
    at,
    plannedKm: at.map((t) => valueAt(curves.planned, t)),
    builtKm: at.map((t, k) => (k <= untilIndex ? valueAt(curves.built, t) : NaN)),
    untilIndex,
  };
}

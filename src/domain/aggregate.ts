/**
 * The KPIs of a filter, from one pass over the request table: counts by district, neighbourhood, category,
 * stage and week, open and overdue requests, and the median time to resolve.
 */
import { matchesFilter, type RequestFilter } from './request-filter';
import { NO_AREA, type RequestTable } from './request-table';
import { allowedSeconds, isResolvedStage } from './request-target';
import { quantile } from './statistics';
import { FIRST_CLOSED_STAGE, STAGES } from './vocabulary';

const HOUR = 3600;
const WEEK = 7 * 86_400;

export interface AggregateOptions {
  /** Epoch seconds: the age of an open request is measured to now. */
  now: number;
  /** Target hours to close, per service index (Infinity when the category has none). */
  slaHours: Float64Array;
  districtCount: number;
  neighbourhoodCount: number;
  /** Start of the first weekly bucket, epoch seconds. */
  weekStart: number;
}

export interface RequestAggregate {
  requests: number;
  open: number;
  /** Open requests older than their category's SLA. */
  overdue: number;
  /** Median hours from received to resolved over resolved requests; NaN when none. */
  medianResolveHours: number;
  byDistrict: Uint32Array;
  byNeighbourhood: Uint32Array;
  byService: Uint32Array;
  byStage: Uint32Array;
  /** Requests per week from `weekStart` to the filter's end. */
  byWeek: Uint32Array;
}

/** Aggregates the rows that pass the filter. */
export function aggregateRequests(
  table: RequestTable,
  filter: RequestFilter,
  options: AggregateOptions,
): RequestAggregate {
  const result = emptyAggregate(table, filter, options);
  const weeks = result.byWeek.length;
  const resolveHours = new Float64Array(table.count);
  let resolved = 0;
  for (let i = 0; i < table.count; i++) {
    if (!matchesFilter(table, i, filter)) continue;
    const requested = table.requestedAt[i]!;
    const stage = table.stage[i]!;
    const service = table.service[i]!;
    result.requests++;
    result.byDistrict[table.district[i]!]!++;
    const neighbourhood = table.neighbourhood[i]!;
    if (neighbourhood !== NO_AREA) result.byNeighbourhood[neighbourhood]!++;
    result.byService[service]!++;
    result.byStage[stage]!++;
    const week = weekOf(requested, options.weekStart, weeks);
    if (week >= 0) result.byWeek[week]!++;
    if (stage < FIRST_CLOSED_STAGE) {
      result.open++;
      if (isOverdue(table, i, options)) result.overdue++;
    } else if (isResolvedStage(stage)) {
      resolveHours[resolved++] = (table.closedAt[i]! - requested) / HOUR;
    }
  }
  result.medianResolveHours = quantile(resolveHours, resolved, 0.5);
  return result;
}

/** A zeroed aggregate: buckets sized for the table and options, weeks from `weekStart` to the filter's end. */
export function emptyAggregate(
  table: RequestTable,
  filter: RequestFilter,
  options: AggregateOptions,
): RequestAggregate {
  return {
    requests: 0,
    open: 0,
    overdue: 0,
    medianResolveHours: NaN,
    byDistrict: new Uint32Array(options.districtCount),
    byNeighbourhood: new Uint32Array(options.neighbourhoodCount),
    byService: new Uint32Array(table.serviceCodes.length),
    byStage: new Uint32Array(STAGES.length),
    byWeek: new Uint32Array(Math.max(1, Math.ceil((filter.to - options.weekStart) / WEEK))),
  };
}

/** The weekly bucket of a request made at `requestedAt`, or −1 when it falls outside [0, weeks). */
export function weekOf(requestedAt: number, weekStart: number, weeks: number): number {
  const week = Math.floor((requestedAt - weekStart) / WEEK);
  return week >= 0 && week < weeks ? week : -1;
}

/** True when row i is open and past its target (see `allowedSeconds`) at `options.now`. */
export function isOverdue(table: RequestTable, i: number, options: AggregateOptions): boolean {
  return (
    table.stage[i]! < FIRST_CLOSED_STAGE &&
    options.now - table.requestedAt[i]! > allowedSeconds(table, i, options.slaHours)
  );
}

/**
 * The KPIs of a filter, from one pass over the request table: counts by district, neighbourhood, category,
 * stage and week, open and overdue requests, and the median time to resolve.
 */
import { matchesFilter, type RequestFilter } from './request-filter';
import { NO_AREA, type RequestTable } from './request-table';
import { quantile } from './statistics';
import { FIRST_CLOSED_STAGE, STAGES } from './vocabulary';

const HOUR = 3600;
const WEEK = 7 * 86_400;
const RESOLVED = STAGES.indexOf('resolved');

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
  const weeks = Math.max(1, Math.ceil((filter.to - options.weekStart) / WEEK));
  const result: RequestAggregate = {
    requests: 0,
    open: 0,
    overdue: 0,
    medianResolveHours: NaN,
    byDistrict: new Uint32Array(options.districtCount),
    byNeighbourhood: new Uint32Array(options.neighbourhoodCount),
    byService: new Uint32Array(table.serviceCodes.length),
    byStage: new Uint32Array(STAGES.length),
    byWeek: new Uint32Array(weeks),
  };
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
    const week = Math.floor((requested - options.weekStart) / WEEK);
    if (week >= 0 && week < weeks) result.byWeek[week]!++;
    if (stage < FIRST_CLOSED_STAGE) {
      result.open++;
      if (options.now - requested > options.slaHours[service]! * HOUR) result.overdue++;
    } else if (stage === RESOLVED) {
      resolveHours[resolved++] = (table.closedAt[i]! - requested) / HOUR;
    }
  }
  result.medianResolveHours = quantile(resolveHours, resolved, 0.5);
  return result;
}

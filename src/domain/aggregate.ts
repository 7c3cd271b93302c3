/**
 * The KPIs of a filter, from one pass over the request table: counts by district, neighbourhood, category,
 * stage and time bin (day or week), open and overdue requests, and the median time to resolve.
 */
import { matchesFilter, type RequestFilter } from './request-filter';
import { NO_AREA, type RequestTable } from './request-table';
import { allowedSeconds, isResolvedStage } from './request-target';
import { quantile } from './statistics';
import { binLocator } from './time-bins';
import { FIRST_CLOSED_STAGE, STAGES } from './vocabulary';

const HOUR = 3600;

export interface AggregateOptions {
  /** Epoch seconds: the age of an open request is measured to now. */
  now: number;
  /** Target hours to close, per service index (Infinity when the category has none). */
  slaHours: Float64Array;
  districtCount: number;
  neighbourhoodCount: number;
  /** Bounds of the time bins of `byBin` (see time-bins.ts): k + 1 instants for k bins. */
  binBounds: readonly number[];
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
  /** Requests per time bin (see `AggregateOptions.binBounds`). */
  byBin: Uint32Array;
}

/** Aggregates the rows that pass the filter. */
export function aggregateRequests(
  table: RequestTable,
  filter: RequestFilter,
  options: AggregateOptions,
): RequestAggregate {
  const result = emptyAggregate(table, options);
  const binOf = binLocator(options.binBounds);
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
    const bin = binOf(requested);
    if (bin >= 0) result.byBin[bin]!++;
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

/** A zeroed aggregate: buckets sized for the table and options, one per time bin. */
export function emptyAggregate(table: RequestTable, options: AggregateOptions): RequestAggregate {
  return {
    requests: 0,
    open: 0,
    overdue: 0,
    medianResolveHours: NaN,
    byDistrict: new Uint32Array(options.districtCount),
    byNeighbourhood: new Uint32Array(options.neighbourhoodCount),
    byService: new Uint32Array(table.serviceCodes.length),
    byStage: new Uint32Array(STAGES.length),
    byBin: new Uint32Array(Math.max(0, options.binBounds.length - 1)),
  };
}

/** True when row i is open and past its target (see `allowedSeconds`) at `options.now`. */
export function isOverdue(table: RequestTable, i: number, options: AggregateOptions): boolean {
  return (
    table.stage[i]! < FIRST_CLOSED_STAGE &&
    options.now - table.requestedAt[i]! > allowedSeconds(table, i, options.slaHours)
  );
}

/**
 * The council briefing's counts that the desk does not need: raw requests beside distinct problems per
 * category (how much of the load is the same problem reported again), and the municipal backlog by
 * responsible unit (who holds the overdue work). One pass over the table each, typed arrays only.
 */
import { isMunicipalAt, isOpenAt, isOverdueAt } from './follow-up';
import { NO_PROBLEM, type ProblemSet } from './problem-set';
import { matchesFilter, type RequestFilter } from './request-filter';
import type { RequestTable } from './request-table';

export interface ServiceCounts {
  /** Per service index: the rows that pass the filter. */
  requests: Uint32Array;
  /**
   * Per service index: the distinct problems among those rows (a problem has one category); a row outside
   * every problem is a problem of its own, so problems never exceed requests.
   */
  problems: Uint32Array;
}

/** Requests and distinct problems per category among the rows that pass the filter. */
export function serviceCounts(table: RequestTable, problems: ProblemSet, filter: RequestFilter): ServiceCounts {
  if (problems.problemOf.length !== table.count) {
    throw new RangeError('serviceCounts needs the problem set of the same table');
  }
  const requests = new Uint32Array(table.serviceCodes.length);
  const distinct = new Uint32Array(table.serviceCodes.length);
  const seen = new Uint8Array(problems.count);
  for (let i = 0; i < table.count; i++) {
    if (!matchesFilter(table, i, filter)) continue;
    const service = table.service[i]!;
    requests[service]!++;
    const p = problems.problemOf[i]!;
    if (p === NO_PROBLEM) distinct[service]!++;
    else if (!seen[p]) {
      seen[p] = 1;
      distinct[problems.service[p]!]!++;
    }
  }
  return { requests, problems: distinct };
}

export interface UnitBacklog {
  /** Per agency index (the table's `agencies`): open municipal requests at `now`. */
  open: Uint32Array;
  /** Per agency index: those of them past their category's SLA. */
  overdue: Uint32Array;
}

/** The open and overdue municipal requests that pass the filter, by responsible unit, as of `now`. */
export function backlogByUnit(
  table: RequestTable,
  filter: RequestFilter,
  options: { now: number; slaHours: Float64Array; jurisdiction: Uint8Array },
): UnitBacklog {
  const { now, slaHours, jurisdiction } = options;
  const units = table.agencies.length;
  const open = new Uint32Array(units);
  const overdue = new Uint32Array(units);
  for (let i = 0; i < table.count; i++) {
    const unit = table.agency[i]!;
    // A request no unit has taken (an agency index past the dictionary) is no unit's backlog.
    if (unit >= units || !isOpenAt(table, i, now) || !isMunicipalAt(table, i, jurisdiction, now)) continue;
    if (!matchesFilter(table, i, filter)) continue;
    open[unit]!++;
    if (isOverdueAt(table, i, slaHours, now)) overdue[unit]!++;
  }
  return { open, overdue };
}

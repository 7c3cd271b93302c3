/**
 * The follow-up's lists of distinct problems (issue #3; issue 10, section 7): the largest open problems,
 * the backlog to act on, and the largest problems of the period whether open or resolved, since a place
 * that comes back again and again is the finding even once every report of it is closed. Both keep the
 * first `limit` problems in a bounded heap, O(problems · log limit).
 */
import { jurisdictionOf } from './follow-up';
import { BoundedHeap } from './overdue';
import { memberCount, NO_PROBLEM, type ProblemSet } from './problem-set';
import { matchesFilter, type RequestFilter } from './request-filter';
import type { RequestTable } from './request-table';
import { JURISDICTIONS } from './vocabulary';

const MUNICIPAL = JURISDICTIONS.indexOf('municipal');

/**
 * Ids of the municipal problems with the most open requests (ties: more requests, then the earlier first
 * request), among the problems with at least one request that passes the filter; at most `limit`. Open
 * and total counts are the whole problem's (`problems.open`, `memberCount`), whatever the filter.
 * Problems of another agency's categories are left out.
 */
export function topOpenProblems(
  table: RequestTable,
  problems: ProblemSet,
  filter: RequestFilter,
  jurisdiction: Uint8Array,
  limit: number,
): Uint32Array {
  const { open } = problems;
  // Problems are numbered by first request, so the lower id has the earlier first request.
  const byOpen = (a: number, b: number) =>
    open[b]! - open[a]! || memberCount(problems, b) - memberCount(problems, a) || a - b;
  return ranked(table, problems, filter, jurisdiction, limit, byOpen, (p) => open[p]! > 0);
}

/**
 * Ids of the municipal problems with the most requests, open or resolved (ties: more of them open, then
 * the earlier first request), among the problems with at least one request that passes the filter; at
 * most `limit`. As in `topOpenProblems`, the counts are the whole problem's: a problem first reported
 * before the period and reported again in it counts all its reports, which is how often it came back.
 */
export function largestProblems(
  table: RequestTable,
  problems: ProblemSet,
  filter: RequestFilter,
  jurisdiction: Uint8Array,
  limit: number,
): Uint32Array {
  const { open } = problems;
  const bySize = (a: number, b: number) =>
    memberCount(problems, b) - memberCount(problems, a) || open[b]! - open[a]! || a - b;
  return ranked(table, problems, filter, jurisdiction, limit, bySize, () => true);
}

/** The first `limit` municipal problems in scope that `keep` accepts, under `compare`. */
function ranked(
  table: RequestTable,
  problems: ProblemSet,
  filter: RequestFilter,
  jurisdiction: Uint8Array,
  limit: number,
  compare: (a: number, b: number) => number,
  keep: (p: number) => boolean,
): Uint32Array {
  const inScope = problemsInScope(table, problems, filter);
  const heap = new BoundedHeap(Math.min(limit, problems.count), compare);
  for (let p = 0; p < problems.count; p++) {
    if (inScope[p] === 1 && keep(p) && jurisdictionOf(jurisdiction, problems.service[p]!) === MUNICIPAL) {
      heap.offer(p);
    }
  }
  return heap.sorted();
}

/** Per problem, 1 when at least one of its requests passes the filter. */
function problemsInScope(table: RequestTable, problems: ProblemSet, filter: RequestFilter): Uint8Array {
  const { problemOf } = problems;
  const inScope = new Uint8Array(problems.count);
  for (let i = 0; i < table.count; i++) {
    const p = problemOf[i]!;
    if (p !== NO_PROBLEM && inScope[p] === 0 && matchesFilter(table, i, filter)) inScope[p] = 1;
  }
  return inScope;
}

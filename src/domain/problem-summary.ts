/**
 * From components to problems: numbers them by their first request in canonical (requestedAt, id) order
 * and fills the per-problem columns, in one pass over the rows in canonical order. Problems are numbered
 * in that same order and last a window or so, so the per-problem entries written at any moment are those
 * of recent problems: close together in memory, though every row touches its own problem's.
 */
import type { RequestTable } from './request-table';
import { FIRST_CLOSED_STAGE } from './vocabulary';
import type { CanonicalRows } from './problem-links';
import { NO_PROBLEM, type ProblemSet } from './problem-set';

/**
 * The problem set of the clustered rows, given in canonical order with, per canonical position, the
 * canonical position of the first member of its component (see linkComponents).
 */
export function summariseProblems(table: RequestTable, rows: CanonicalRows, firstMember: Uint32Array): ProblemSet {
  const m = firstMember.length;
  const { problem, count } = numberProblems(firstMember);
  const problemOf = new Uint32Array(table.count).fill(NO_PROBLEM);
  for (let p = 0; p < m; p++) problemOf[rows.row[p]!] = problem[p]!;
  const memberCount = new Uint32Array(count);
  for (let p = 0; p < m; p++) memberCount[problem[p]!] = memberCount[problem[p]!]! + 1;
  const memberStart = new Uint32Array(count + 1);
  for (let q = 0; q < count; q++) memberStart[q + 1] = memberStart[q]! + memberCount[q]!;
  return {
    ...perProblem(table, rows, problem, memberStart),
    count,
    problemOf,
    memberStart,
    memberCount,
    excluded: table.count - m,
  };
}

/**
 * Problem number per canonical position: components numbered in the canonical order of their first
 * member. A first member comes no later than the rest of its component, so one pass numbers them all.
 */
function numberProblems(firstMember: Uint32Array): { problem: Uint32Array; count: number } {
  const m = firstMember.length;
  const problem = new Uint32Array(m);
  let count = 0;
  for (let p = 0; p < m; p++) {
    const first = firstMember[p]!;
    problem[p] = first === p ? count++ : problem[first]!;
  }
  return { problem, count };
}

type PerProblem = Pick<
  ProblemSet,
  | 'members'
  | 'firstRow'
  | 'lastRow'
  | 'firstAt'
  | 'lastAt'
  | 'open'
  | 'centroidLon'
  | 'centroidLat'
  | 'service'
  | 'district'
  | 'neighbourhood'
>;

/**
 * The members and per-problem columns, in one pass in canonical order: each problem's members are listed
 * and summed in canonical order, so the centroid is the same sum, bit for bit, whatever the row order.
 */
function perProblem(
  table: RequestTable,
  rows: CanonicalRows,
  problem: Uint32Array,
  memberStart: Uint32Array,
): PerProblem {
  const count = memberStart.length - 1;
  const m = problem.length;
  const out: PerProblem = {
    members: new Uint32Array(m),
    firstRow: new Uint32Array(count),
    lastRow: new Uint32Array(count),
    firstAt: new Uint32Array(count),
    lastAt: new Uint32Array(count),
    open: new Uint32Array(count),
    centroidLon: new Float64Array(count),
    centroidLat: new Float64Array(count),
    service: new Uint16Array(count),
    district: new Uint16Array(count),
    neighbourhood: new Uint16Array(count),
  };
  const next = memberStart.slice(0, count);
  const { row, xyt } = rows;
  const { lon, lat, stage } = table;
  let opened = 0;
  for (let p = 0; p < m; p++) {
    const q = problem[p]!;
    const r = row[p]!;
    const at = xyt[3 * p + 2]!;
    if (q === opened) {
      // The problem's first member: where and when it was first reported.
      opened++;
      out.firstRow[q] = r;
      out.firstAt[q] = at;
      out.service[q] = rows.service[p]!;
      out.district[q] = table.district[r]!;
      out.neighbourhood[q] = table.neighbourhood[r]!;
    }
    out.members[next[q]!] = r;
    next[q] = next[q]! + 1;
    out.lastRow[q] = r;
    out.lastAt[q] = at;
    out.centroidLon[q] = out.centroidLon[q]! + lon[r]!;
    out.centroidLat[q] = out.centroidLat[q]! + lat[r]!;
    if (stage[r]! < FIRST_CLOSED_STAGE) out.open[q] = out.open[q]! + 1;
  }
  // Sums so far: divided by the member count, as the mean of the members.
  for (let q = 0; q < count; q++) {
    const n = memberStart[q + 1]! - memberStart[q]!;
    out.centroidLon[q] = out.centroidLon[q]! / n;
    out.centroidLat[q] = out.centroidLat[q]! / n;
  }
  return out;
}

/**
 * From components to problems: numbers them by their first request in canonical (requestedAt, id) order
 * and fills the per-problem columns, in passes over the rows in canonical order. Problems are numbered in
 * that same order and last a window or so, so the per-problem entries written at any moment are those of
 * recent problems: close together in memory, though every row touches its own problem's. Most of the time
 * here goes into first writes to the output's fresh memory, which no reuse can avoid: the output is the
 * caller's.
 */
import type { RequestTable } from './request-table';
import { FIRST_CLOSED_STAGE } from './vocabulary';
import type { CanonicalRows } from './problem-links';
import type { ScratchArena } from './problem-sort';
import { NO_PROBLEM, type ProblemSet } from './problem-set';

/**
 * The problem set of the clustered rows, given in canonical order with, per canonical position, the
 * canonical position of the first member of its component (see linkComponents), which is overwritten and
 * given back to the arena.
 */
export function summariseProblems(
  table: RequestTable,
  rows: CanonicalRows,
  firstMember: Uint32Array,
  arena: ScratchArena,
): ProblemSet {
  const m = firstMember.length;
  const numbering = numberProblems(firstMember, arena);
  const { problem, count } = numbering;
  const problemOf = new Uint32Array(table.count).fill(NO_PROBLEM);
  for (let p = 0; p < m; p++) problemOf[rows.row[p]!] = problem[p]!;
  const memberCount = new Uint32Array(count);
  for (let p = 0; p < m; p++) memberCount[problem[p]!] = memberCount[problem[p]!]! + 1;
  const memberStart = new Uint32Array(count + 1);
  for (let q = 0; q < count; q++) memberStart[q + 1] = memberStart[q]! + memberCount[q]!;
  const perProblemColumns = perProblem(table, rows, numbering, memberStart, arena);
  arena.give(problem, numbering.start);
  return { ...perProblemColumns, count, problemOf, memberStart, memberCount, excluded: table.count - m };
}

/** Problems numbered: per canonical position, and the canonical position where each begins. */
interface Numbering {
  /** Per canonical position; the same array as `firstMember`, overwritten. */
  problem: Uint32Array;
  count: number;
  /** Per problem, the canonical position of its first member; the arena's. */
  start: Uint32Array;
}

/**
 * Problem number per canonical position, written over `firstMember`: components numbered in the canonical
 * order of their first member. A first member comes no later than the rest of its component, so one pass
 * numbers them all.
 */
function numberProblems(firstMember: Uint32Array, arena: ScratchArena): Numbering {
  const m = firstMember.length;
  const problem = firstMember;
  const start = arena.u32(m);
  let count = 0;
  for (let p = 0; p < m; p++) {
    const first = firstMember[p]!;
    if (first === p) {
      start[count] = p;
      problem[p] = count++;
    } else {
      problem[p] = problem[first]!;
    }
  }
  return { problem, count, start };
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
 * The members and per-problem columns. Each problem's members are listed and summed in canonical order,
 * so the centroid is the same sum, bit for bit, whatever the row order.
 */
function perProblem(
  table: RequestTable,
  rows: CanonicalRows,
  numbering: Numbering,
  memberStart: Uint32Array,
  arena: ScratchArena,
): PerProblem {
  const { count, start } = numbering;
  const out: PerProblem = {
    members: new Uint32Array(rows.row.length),
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
  // The first member: where and when the problem was first reported.
  for (let q = 0; q < count; q++) {
    const r = rows.row[start[q]!]!;
    out.firstRow[q] = r;
    out.firstAt[q] = rows.lonLatTime[3 * start[q]! + 2]!;
    out.service[q] = table.service[r]!;
    out.district[q] = table.district[r]!;
    out.neighbourhood[q] = table.neighbourhood[r]!;
  }
  addMembers(out, table, rows, numbering.problem, memberStart, arena);
  // Sums so far: divided by the member count, as the mean of the members.
  for (let q = 0; q < count; q++) {
    const n = memberStart[q + 1]! - memberStart[q]!;
    out.centroidLon[q] = out.centroidLon[q]! / n;
    out.centroidLat[q] = out.centroidLat[q]! / n;
  }
  return out;
}

/**
 * Lists the members, sums their coordinates and open requests, and leaves the last one's row and time, in
 * one pass in canonical order. No branch in the loop: the stage lookups are cache misses, and a
 * mispredicted branch would throw away those already started for the next rows.
 */
function addMembers(
  out: PerProblem,
  table: RequestTable,
  { row, lonLatTime }: CanonicalRows,
  problem: Uint32Array,
  memberStart: Uint32Array,
  arena: ScratchArena,
): void {
  const { stage } = table;
  const { members, lastRow, lastAt, centroidLon, centroidLat, open } = out;
  const next = arena.u32(memberStart.length);
  next.set(memberStart);
  for (let p = 0; p < problem.length; p++) {
    const q = problem[p]!;
    const r = row[p]!;
    members[next[q]!] = r;
    next[q] = next[q]! + 1;
    lastRow[q] = r;
    lastAt[q] = lonLatTime[3 * p + 2]!;
    centroidLon[q] = centroidLon[q]! + lonLatTime[3 * p]!;
    centroidLat[q] = centroidLat[q]! + lonLatTime[3 * p + 1]!;
    open[q] = open[q]! + Number(stage[r]! < FIRST_CLOSED_STAGE);
  }
  arena.give(next);
}

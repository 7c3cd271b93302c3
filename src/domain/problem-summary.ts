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
  const { count } = numbering;
  const set: ProblemSet = {
    count,
    problemOf: new Uint32Array(table.count).fill(NO_PROBLEM),
    members: new Uint32Array(m),
    memberStart: new Uint32Array(count + 1),
    open: new Uint32Array(count),
    centroidLon: new Float64Array(count),
    centroidLat: new Float64Array(count),
    service: new Uint16Array(count),
    excluded: table.count - m,
  };
  placeRows(set, rows.row, numbering.problem);
  addMembers(set, table, rows, numbering.problem, arena);
  finishProblems(set, table, rows.row, numbering.start);
  arena.give(numbering.problem, numbering.start);
  return set;
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

/** Writes `problemOf` and `memberStart`, the member counts summed (a counting sort's offsets). */
function placeRows({ problemOf, memberStart }: ProblemSet, row: Uint32Array, problem: Uint32Array): void {
  for (let p = 0; p < problem.length; p++) {
    const q = problem[p]!;
    problemOf[row[p]!] = q;
    memberStart[q + 1] = memberStart[q + 1]! + 1;
  }
  for (let q = 1; q < memberStart.length; q++) memberStart[q] = memberStart[q]! + memberStart[q - 1]!;
}

/**
 * Lists the members, sums their coordinates and open requests, in one pass in canonical order, so the
 * centroid is the same sum, bit for bit, whatever the row order. No branch in the loop: the stage lookups
 * are cache misses, and a mispredicted branch would throw away those already started for the next rows.
 */
function addMembers(
  set: ProblemSet,
  table: RequestTable,
  { row, lonLatTime }: CanonicalRows,
  problem: Uint32Array,
  arena: ScratchArena,
): void {
  const { stage } = table;
  const { members, memberStart, centroidLon, centroidLat, open } = set;
  const next = arena.u32(memberStart.length);
  next.set(memberStart);
  for (let p = 0; p < problem.length; p++) {
    const q = problem[p]!;
    const r = row[p]!;
    members[next[q]!] = r;
    next[q] = next[q]! + 1;
    centroidLon[q] = centroidLon[q]! + lonLatTime[3 * p]!;
    centroidLat[q] = centroidLat[q]! + lonLatTime[3 * p + 1]!;
    open[q] = open[q]! + Number(stage[r]! < FIRST_CLOSED_STAGE);
  }
  arena.give(next);
}

/** The service of each problem's first request, and the coordinate sums divided into means. */
function finishProblems(set: ProblemSet, table: RequestTable, row: Uint32Array, start: Uint32Array): void {
  const { memberStart, centroidLon, centroidLat, service } = set;
  for (let q = 0; q < set.count; q++) {
    service[q] = table.service[row[start[q]!]!]!;
    const n = memberStart[q + 1]! - memberStart[q]!;
    centroidLon[q] = centroidLon[q]! / n;
    centroidLat[q] = centroidLat[q]! / n;
  }
}

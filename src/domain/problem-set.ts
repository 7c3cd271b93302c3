/** The output of distinct-problem clustering (see problem-clustering.ts and docs/problem-rule.md). */

/** `problemOf` of a row that is not clustered (set aside outside the city, or without coordinates). */
export const NO_PROBLEM = 0xffffffff;

/**
 * The problems of a request table. Problems are numbered 0..count−1 in the order of their first request
 * by (requestedAt, id); per-problem columns are indexed by that number. Only what cannot be read off
 * another column in O(1) is stored: the output is written into fresh memory, whose first touch costs
 * more than computing it. The rest comes from the functions below and the table: the first request's
 * time, district and neighbourhood are `table.requestedAt[firstRow(set, p)]` and so on.
 */
export interface ProblemSet {
  count: number;
  /** Per row of the table: its problem, or NO_PROBLEM. */
  problemOf: Uint32Array;
  /**
   * Rows grouped by problem, each group in canonical (requestedAt, id, …) order, so it begins with the
   * first request and ends with the last: problem p is members[memberStart[p] .. memberStart[p+1]).
   */
  members: Uint32Array;
  memberStart: Uint32Array;
  /** Members not yet in a closed stage. */
  open: Uint32Array;
  /** Mean position of the members. */
  centroidLon: Float64Array;
  centroidLat: Float64Array;
  service: Uint16Array;
  /** Rows left out: district NO_AREA (set aside) or coordinates that are not finite. */
  excluded: number;
}

export function memberCount({ memberStart }: ProblemSet, p: number): number {
  return memberStart[p + 1]! - memberStart[p]!;
}

/** The row of problem p's first request by (requestedAt, id): where and when it was first reported. */
export function firstRow({ members, memberStart }: ProblemSet, p: number): number {
  return members[memberStart[p]!]!;
}

/** The row of problem p's last request by (requestedAt, id). */
export function lastRow({ members, memberStart }: ProblemSet, p: number): number {
  return members[memberStart[p + 1]! - 1]!;
}

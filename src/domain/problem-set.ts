/** The output of distinct-problem clustering (see problem-clustering.ts and docs/problem-rule.md). */

/** `problemOf` of a row that is not clustered (set aside outside the city, or without coordinates). */
export const NO_PROBLEM = 0xffffffff;

/**
 * The problems of a request table. Problems are numbered 0..count−1 in the order of their first request
 * by (requestedAt, id); per-problem columns are indexed by that number.
 */
export interface ProblemSet {
  count: number;
  /** Per row of the table: its problem, or NO_PROBLEM. */
  problemOf: Uint32Array;
  /** Rows grouped by problem, each group in (requestedAt, id) order: problem p is members[memberStart[p] .. memberStart[p+1]). */
  members: Uint32Array;
  memberStart: Uint32Array;
  memberCount: Uint32Array;
  /** Rows of the first and last request by (requestedAt, id). */
  firstRow: Uint32Array;
  lastRow: Uint32Array;
  /** `requestedAt` of the first and last request, epoch seconds. */
  firstAt: Uint32Array;
  lastAt: Uint32Array;
  /** Members not yet in a closed stage. */
  open: Uint32Array;
  /** Mean position of the members. */
  centroidLon: Float64Array;
  centroidLat: Float64Array;
  service: Uint16Array;
  /** Area of the first request (where the problem was first reported), or NO_AREA. */
  district: Uint16Array;
  neighbourhood: Uint16Array;
  /** Rows left out: district NO_AREA (set aside) or coordinates that are not finite. */
  excluded: number;
}

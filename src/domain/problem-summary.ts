/**
 * From components to problems: numbers them by their first request in canonical (requestedAt, id) order
 * and fills the per-problem columns. Written as sequential passes and radix sorts rather than one loop in
 * canonical order, which would touch a dozen columns at random addresses per row.
 */
import type { RequestTable } from './request-table';
import { FIRST_CLOSED_STAGE } from './vocabulary';
import type { Components } from './problem-links';
import { radixSort } from './problem-sort';
import { NO_PROBLEM, type ProblemSet } from './problem-set';

/**
 * The problem set of the clustered `rows` (compact index → table row), given their canonical order
 * (compact indexes sorted by requestedAt, id, …) and their components.
 */
export function summariseProblems(
  table: RequestTable,
  rows: Uint32Array,
  canonical: Uint32Array,
  components: Components,
): ProblemSet {
  const m = rows.length;
  const { problem, count } = numberProblems(canonical, components);
  const problemOf = new Uint32Array(table.count).fill(NO_PROBLEM);
  for (let i = 0; i < m; i++) problemOf[rows[i]!] = problem[i]!;
  // Stable, so each problem's members stay in canonical order.
  const members = radixSort(canonical.slice(), new Uint32Array(m), [{ values: problem, limit: count }]);
  const memberCount = new Uint32Array(count);
  for (let i = 0; i < m; i++) memberCount[problem[i]!] = memberCount[problem[i]!]! + 1;
  const memberStart = new Uint32Array(count + 1);
  for (let p = 0; p < count; p++) memberStart[p + 1] = memberStart[p]! + memberCount[p]!;
  for (let j = 0; j < m; j++) members[j] = rows[members[j]!]!;
  return {
    ...perProblem(table, members, memberStart),
    count,
    problemOf,
    members,
    memberStart,
    memberCount,
    excluded: table.count - m,
  };
}

/**
 * Problem number per compact index: components numbered in the canonical order of their first member.
 */
function numberProblems(canonical: Uint32Array, { order, root }: Components): { problem: Uint32Array; count: number } {
  const m = canonical.length;
  const rank = new Uint32Array(m);
  for (let pos = 0; pos < m; pos++) rank[canonical[pos]!] = pos;
  // Per root: the canonical rank of its first member.
  const firstRank = new Uint32Array(m).fill(NO_PROBLEM);
  for (let k = 0; k < m; k++) {
    const r = root[k]!;
    const rk = rank[order[k]!]!;
    if (rk < firstRank[r]!) firstRank[r] = rk;
  }
  // Number the ranks that open a problem, in rank order.
  const numberAt = new Uint32Array(m).fill(NO_PROBLEM);
  for (let k = 0; k < m; k++) if (root[k] === k) numberAt[firstRank[k]!] = 0;
  let count = 0;
  for (let pos = 0; pos < m; pos++) if (numberAt[pos] === 0) numberAt[pos] = count++;
  const problem = new Uint32Array(m);
  for (let k = 0; k < m; k++) problem[order[k]!] = numberAt[firstRank[root[k]!]!]!;
  return { problem, count };
}

type PerProblem = Pick<
  ProblemSet,
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

/** The per-problem columns, from the members (table rows) grouped by problem in canonical order. */
function perProblem(table: RequestTable, members: Uint32Array, memberStart: Uint32Array): PerProblem {
  const count = memberStart.length - 1;
  const out: PerProblem = {
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
  const { lon, lat, stage, requestedAt } = table;
  for (let p = 0; p < count; p++) {
    const start = memberStart[p]!;
    const end = memberStart[p + 1]!;
    let sumLon = 0;
    let sumLat = 0;
    let open = 0;
    for (let j = start; j < end; j++) {
      const row = members[j]!;
      sumLon += lon[row]!;
      sumLat += lat[row]!;
      if (stage[row]! < FIRST_CLOSED_STAGE) open++;
    }
    const first = members[start]!;
    const last = members[end - 1]!;
    out.firstRow[p] = first;
    out.lastRow[p] = last;
    out.firstAt[p] = requestedAt[first]!;
    out.lastAt[p] = requestedAt[last]!;
    out.open[p] = open;
    out.centroidLon[p] = sumLon / (end - start);
    out.centroidLat[p] = sumLat / (end - start);
    out.service[p] = table.service[first]!;
    out.district[p] = table.district[first]!;
    out.neighbourhood[p] = table.neighbourhood[first]!;
  }
  return out;
}

/**
 * Distinct-problem clustering: requests of the same category close in space and time are one problem.
 * The rule (single link over "same service, ≤ radius metres, ≤ window days apart"), its parameters and
 * its limits are in docs/problem-rule.md. Everything here is order-independent: shuffling the table's rows
 * gives the same problems, numbered the same, with the same figures.
 */
import { NO_AREA, type RequestTable } from './request-table';
import { DEFAULT_PROBLEM_OPTIONS, resolveProblemParams, type ProblemOptions } from './problem-options';
import { linkComponents, projectionOf, type Bounds, type CanonicalRows } from './problem-links';
import { bitsFor, ScratchArena, sortInArena, type Carried } from './problem-sort';
import { summariseProblems } from './problem-summary';
import type { ProblemSet } from './problem-set';

export { NO_PROBLEM, type ProblemSet } from './problem-set';

/**
 * Clusters the table's requests into distinct problems (single link: see docs/problem-rule.md).
 * O(n) sorting plus the links found among neighbouring grid cells; typed arrays throughout, their scratch
 * memory lent by one arena (see ScratchArena) so that passes reuse it instead of touching fresh memory.
 */
export function clusterRequests(table: RequestTable, options: ProblemOptions = DEFAULT_PROBLEM_OPTIONS): ProblemSet {
  const arena = ScratchArena.open();
  const selected = selectRows(table, arena);
  const serviceCount = Math.max(table.serviceCodes.length, selected.serviceCount);
  const params = resolveProblemParams(serviceCount, table.serviceCodes, options);
  const rows = canonicalOrder(table, selected, arena);
  const firstMember = linkComponents(
    { rows, service: table.service, projection: projectionOf(selected.bounds) },
    params,
    arena,
  );
  const set = summariseProblems(table, rows, firstMember, arena);
  arena.give(rows.row, rows.lonLatTime);
  arena.close();
  return set;
}

/** The rows that take part, with what the later passes need to know of their ranges. */
interface Selection {
  /** Table rows inside the city (district assigned) with finite coordinates, ascending. */
  rows: Uint32Array;
  bounds: Bounds;
  minTime: number;
  maxTime: number;
  minId: number;
  maxId: number;
  /** One more than the largest service index of the rows. */
  serviceCount: number;
}

/** The rows that take part and their ranges, in one pass over the table. */
function selectRows(table: RequestTable, arena: ScratchArena): Selection {
  const { count, district, lon, lat, requestedAt, id, service } = table;
  const rows = arena.u32(count);
  const bounds: Bounds = { minLon: Infinity, maxLon: -Infinity, minLat: Infinity, maxLat: -Infinity };
  let minTime = Infinity;
  let maxTime = -Infinity;
  let minId = Infinity;
  let maxId = -Infinity;
  let serviceCount = 0;
  let m = 0;
  for (let i = 0; i < count; i++) {
    const x = lon[i]!;
    const y = lat[i]!;
    if (district[i] === NO_AREA || !Number.isFinite(x) || !Number.isFinite(y)) continue;
    rows[m++] = i;
    if (x < bounds.minLon) bounds.minLon = x;
    if (x > bounds.maxLon) bounds.maxLon = x;
    if (y < bounds.minLat) bounds.minLat = y;
    if (y > bounds.maxLat) bounds.maxLat = y;
    const t = requestedAt[i]!;
    if (t < minTime) minTime = t;
    if (t > maxTime) maxTime = t;
    const d = id[i]!;
    if (d < minId) minId = d;
    if (d > maxId) maxId = d;
    if (service[i]! >= serviceCount) serviceCount = service[i]! + 1;
  }
  return { rows: rows.subarray(0, m), bounds, minTime, maxTime, minId, maxId, serviceCount };
}

/**
 * The selected rows sorted by (requestedAt, id, service, lon, lat): a total order on everything that
 * distinguishes two requests, so first/last and problem numbers never depend on row order. (requestedAt,
 * id) are packed into one key when their ranges fit in 53 bits (a year of seconds and ten million ids take
 * 49); ties on them are rare and sorted by comparison. The result is the arena's.
 */
function canonicalOrder(table: RequestTable, selected: Selection, arena: ScratchArena): CanonicalRows {
  const { rows, minTime, minId } = selected;
  const m = rows.length;
  const timeBits = m === 0 ? 0 : bitsFor(selected.maxTime - minTime + 1);
  const idBits = m === 0 ? 0 : bitsFor(selected.maxId - minId + 1);
  const packed = timeBits + idBits <= 53;
  const key = arena.f64(m);
  let sorted: Carried;
  if (packed) {
    // (requestedAt − min)·2^idBits + (id − min): exact below 2^53.
    const idScale = 2 ** idBits;
    for (let k = 0; k < m; k++) {
      const row = rows[k]!;
      key[k] = (table.requestedAt[row]! - minTime) * idScale + (table.id[row]! - minId);
    }
    sorted = sortInArena(arena, [key], [timeBits + idBits], rows);
  } else {
    const ids = arena.f64(m);
    for (let k = 0; k < m; k++) {
      key[k] = table.requestedAt[rows[k]!]! - minTime;
      ids[k] = table.id[rows[k]!]! - minId;
    }
    sorted = sortInArena(arena, [key, ids], [timeBits, idBits], rows);
  }
  breakTies(table, sorted, packed);
  const canonical = {
    row: sorted.payload,
    lonLatTime: gatherLonLatTime(table, sorted, packed ? idBits : 0, minTime, arena),
  };
  arena.give(sorted.key);
  return canonical;
}
/** Sorts each run of rows with equal (requestedAt, id) by (service, lon, lat), in place. */
function breakTies(table: RequestTable, { key, payload: sorted }: Carried, packed: boolean): void {
  const { requestedAt, id, service, lon, lat } = table;
  const byRest = (a: number, b: number): number => service[a]! - service[b]! || lon[a]! - lon[b]! || lat[a]! - lat[b]!;
  // Runs of equal (requestedAt, id): read off the sorted key when it holds both, else looked up.
  const sameAsPrevious = packed
    ? (k: number) => key[k] === key[k - 1]
    : (k: number) => requestedAt[sorted[k]!] === requestedAt[sorted[k - 1]!] && id[sorted[k]!] === id[sorted[k - 1]!];
  const m = sorted.length;
  for (let start = 0; start < m;) {
    let end = start + 1;
    while (end < m && sameAsPrevious(end)) end++;
    if (end - start > 1) sorted.subarray(start, end).sort(byRest);
    start = end;
  }
}

/**
 * lon, lat and requestedAt in canonical order (see CanonicalRows). The time is read off the sorted key,
 * whose top field it is; lon and lat are looked up in a loop without a branch, so that the cache misses
 * overlap instead of waiting on each other.
 */
function gatherLonLatTime(
  table: RequestTable,
  { key, payload: row }: Carried,
  idBits: number,
  minTime: number,
  arena: ScratchArena,
): Float64Array {
  const { lon, lat } = table;
  const lonLatTime = arena.f64(3 * row.length);
  // Dividing by a power of two is exact; flooring drops the id below the time.
  const scale = 2 ** -idBits;
  for (let p = 0; p < row.length; p++) {
    const r = row[p]!;
    lonLatTime[3 * p] = lon[r]!;
    lonLatTime[3 * p + 1] = lat[r]!;
    lonLatTime[3 * p + 2] = Math.floor(key[p]! * scale) + minTime;
  }
  return lonLatTime;
}

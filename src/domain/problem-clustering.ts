/**
 * Distinct-problem clustering: requests of the same category and the same kind of reporter (citizen or
 * the city's staff) close in space and time are one problem. The rule (single link over "same service and
 * reporter, ≤ radius metres, ≤ window days apart", chains wider than the max span cut in arrival order),
 * its parameters and its limits are in docs/problem-rule.md. Everything here is order-independent:
 * shuffling the table's rows gives the same problems, numbered the same, with the same figures.
 */
import { NO_AREA, type RequestTable } from './request-table';
import { compareStrings } from './string-column';
import {
  CLASSES_PER_SERVICE,
  DEFAULT_PROBLEM_OPTIONS,
  linkClass,
  resolveProblemParams,
  type ProblemOptions,
} from './problem-options';
import { cellKey, cellLayout, linkedGrid, type Bounds, type CanonicalRows, type CellLayout } from './problem-links';
import { componentsOf } from './problem-components';
import { bitsFor, ScratchArena, sortInArena, type Carried } from './problem-sort';
import { boundSpans } from './problem-span';
import { summariseProblems } from './problem-summary';
import type { ProblemSet } from './problem-set';

export { NO_PROBLEM, type ProblemSet } from './problem-set';

/**
 * Clusters the table's requests into distinct problems (single link, wide chains cut to the max span: see
 * docs/problem-rule.md). O(n) sorting plus the links found among neighbouring grid cells, plus the links
 * of the rows of over-wide chains; typed arrays throughout, their scratch memory lent by one arena (see
 * ScratchArena) so that passes reuse it instead of touching fresh memory.
 */
export function clusterRequests(table: RequestTable, options: ProblemOptions = DEFAULT_PROBLEM_OPTIONS): ProblemSet {
  const arena = ScratchArena.open();
  const selected = selectRows(table, arena);
  const serviceCount = Math.max(table.serviceCodes.length, selected.serviceCount);
  const params = resolveProblemParams(serviceCount, table.serviceCodes, options);
  const layout = cellLayout(selected.bounds, params, selected.present);
  const { rows, cellKeys } = canonicalOrder(table, selected, layout, arena);
  arena.give(selected.classOf);
  const grid = linkedGrid({ rows, cellKey: cellKeys, layout }, params, arena);
  const components = componentsOf(grid, params, arena);
  boundSpans(components, rows, layout.projection, params, arena);
  const set = summariseProblems(table, rows, components.first, arena);
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
  /** Per link class (see linkClass), 1 when some row is of it. */
  present: Uint8Array;
  /**
   * Per table row, its link class: written in this pass, in order, so that the random lookups later read
   * one column instead of two (service and reporter).
   */
  classOf: Uint32Array;
}

/** The rows that take part and their ranges, in one pass over the table. */
function selectRows(table: RequestTable, arena: ScratchArena): Selection {
  const { count, district, lon, lat, requestedAt, idKey, service, reporter } = table;
  const rows = arena.u32(count);
  const classOf = arena.u32(count);
  const bounds: Bounds = { minLon: Infinity, maxLon: -Infinity, minLat: Infinity, maxLat: -Infinity };
  let minTime = Infinity;
  let maxTime = -Infinity;
  let minId = Infinity;
  let maxId = -Infinity;
  let serviceCount = 0;
  const present = new Uint8Array((1 << 16) * CLASSES_PER_SERVICE);
  let m = 0;
  for (let i = 0; i < count; i++) {
    const x = lon[i]!;
    const y = lat[i]!;
    const c = linkClass(service[i]!, reporter[i]!);
    classOf[i] = c;
    if (district[i] === NO_AREA || !Number.isFinite(x) || !Number.isFinite(y)) continue;
    rows[m++] = i;
    if (x < bounds.minLon) bounds.minLon = x;
    if (x > bounds.maxLon) bounds.maxLon = x;
    if (y < bounds.minLat) bounds.minLat = y;
    if (y > bounds.maxLat) bounds.maxLat = y;
    const t = requestedAt[i]!;
    if (t < minTime) minTime = t;
    if (t > maxTime) maxTime = t;
    const d = idKey[i]!;
    if (d < minId) minId = d;
    if (d > maxId) maxId = d;
    const s = service[i]!;
    if (s >= serviceCount) serviceCount = s + 1;
    present[c] = 1;
  }
  return { rows: rows.subarray(0, m), bounds, minTime, maxTime, minId, maxId, serviceCount, present, classOf };
}

/** The rows in canonical order, and per canonical position its cell key (see CellLayout), both the arena's. */
interface Canonical {
  rows: CanonicalRows;
  cellKeys: Float64Array;
}

/**
 * The selected rows sorted by (requestedAt, id, service, lon, lat): a total order on everything that
 * distinguishes two requests, so first/last and problem numbers never depend on row order. (requestedAt,
 * id) are packed into one key when their ranges fit in 53 bits (a year of seconds and ten million ids take
 * 49); ties on them are rare and sorted by comparison.
 */
function canonicalOrder(table: RequestTable, selected: Selection, layout: CellLayout, arena: ScratchArena): Canonical {
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
      key[k] = (table.requestedAt[row]! - minTime) * idScale + (table.idKey[row]! - minId);
    }
    sorted = sortInArena(arena, [key], [timeBits + idBits], rows);
  } else {
    const ids = arena.f64(m);
    for (let k = 0; k < m; k++) {
      key[k] = table.requestedAt[rows[k]!]! - minTime;
      ids[k] = table.idKey[rows[k]!]! - minId;
    }
    sorted = sortInArena(arena, [key, ids], [timeBits, idBits], rows);
  }
  breakTies(table, sorted, packed);
  const canonical = gatherCanonical(
    table,
    sorted,
    { idBits: packed ? idBits : 0, minTime, layout, classOf: selected.classOf },
    arena,
  );
  arena.give(sorted.key);
  return canonical;
}
/**
 * Sorts each run of rows with equal (requestedAt, id key) by (id, service, lon, lat), in place: equal keys
 * may be different ids (a key is a hash when the id is not a number).
 */
function breakTies(table: RequestTable, { key, payload: sorted }: Carried, packed: boolean): void {
  const { requestedAt, idKey, ids, service, lon, lat } = table;
  const byRest = (a: number, b: number): number =>
    compareStrings(ids, a, b) || service[a]! - service[b]! || lon[a]! - lon[b]! || lat[a]! - lat[b]!;
  // Runs of equal (requestedAt, id key): read off the sorted key when it holds both, else looked up.
  const sameAsPrevious = packed
    ? (k: number) => key[k] === key[k - 1]
    : (k: number) =>
        requestedAt[sorted[k]!] === requestedAt[sorted[k - 1]!] && idKey[sorted[k]!] === idKey[sorted[k - 1]!];
  const m = sorted.length;
  for (let start = 0; start < m;) {
    let end = start + 1;
    while (end < m && sameAsPrevious(end)) end++;
    if (end - start > 1) sorted.subarray(start, end).sort(byRest);
    start = end;
  }
}

/** How to read the time off a canonical key (see canonicalOrder), the cell layout and each row's link class. */
interface GatherParams {
  idBits: number;
  minTime: number;
  layout: CellLayout;
  classOf: Uint32Array;
}

/**
 * lon, lat and requestedAt in canonical order (see CanonicalRows), and the cell keys. The time is read off
 * the sorted key, whose top field it is; lon, lat and the link class are looked up in a loop without a
 * branch, so that the cache misses overlap instead of waiting on each other, and the cell key is computed
 * there rather than in a pass of its own: the loop waits on memory, and the arithmetic fits in the wait.
 */
function gatherCanonical(
  table: RequestTable,
  { key, payload: row }: Carried,
  { idBits, minTime, layout, classOf }: GatherParams,
  arena: ScratchArena,
): Canonical {
  const { lon, lat } = table;
  const lonLatTime = arena.f64(3 * row.length);
  const cellKeys = arena.f64(row.length);
  // Dividing by a power of two is exact; flooring drops the id below the time.
  const scale = 2 ** -idBits;
  for (let p = 0; p < row.length; p++) {
    const r = row[p]!;
    const x = lon[r]!;
    const y = lat[r]!;
    lonLatTime[3 * p] = x;
    lonLatTime[3 * p + 1] = y;
    lonLatTime[3 * p + 2] = Math.floor(key[p]! * scale) + minTime;
    cellKeys[p] = cellKey(layout, classOf[r]!, x, y);
  }
  return { rows: { row, lonLatTime }, cellKeys };
}

/**
 * Distinct-problem clustering: requests of the same category close in space and time are one problem.
 * The rule (single link over "same service, ≤ radius metres, ≤ window days apart"), its parameters and
 * its limits are in docs/problem-rule.md. Everything here is order-independent: shuffling the table's rows
 * gives the same problems, numbered the same, with the same figures.
 */
import { NO_AREA, type RequestTable } from './request-table';
import { DEFAULT_PROBLEM_OPTIONS, resolveProblemParams, type ProblemOptions } from './problem-options';
import { linkComponents } from './problem-links';
import { radixSort, type RadixKey } from './problem-sort';
import { summariseProblems } from './problem-summary';
import type { ProblemSet } from './problem-set';

export { NO_PROBLEM, type ProblemSet } from './problem-set';

/** Metres per degree of latitude, and of longitude at the equator, in the local equirectangular projection. */
const METRES_PER_DEGREE_LAT = 110_540;
const METRES_PER_DEGREE_LON = 111_320;

/**
 * Clusters the table's requests into distinct problems (single link: see docs/problem-rule.md).
 * O(n) sorting plus the links found among neighbouring grid cells; typed arrays throughout.
 */
export function clusterRequests(table: RequestTable, options: ProblemOptions = DEFAULT_PROBLEM_OPTIONS): ProblemSet {
  const rows = clusteredRows(table);
  const m = rows.length;
  const service = gather16(table.service, rows);
  let serviceCount = table.serviceCodes.length;
  for (let i = 0; i < m; i++) if (service[i]! >= serviceCount) serviceCount = service[i]! + 1;
  const params = resolveProblemParams(serviceCount, table.serviceCodes, options);
  const requestedAt = gather32(table.requestedAt, rows);
  const canonical = canonicalOrder(table, rows, requestedAt, service);
  const { x, y } = project(table, rows);
  const components = linkComponents({ x, y, requestedAt, service, canonical }, params);
  return summariseProblems(table, rows, canonical, components);
}

/** Rows that take part: inside the city (district assigned) and with finite coordinates. */
function clusteredRows(table: RequestTable): Uint32Array {
  const { count, district, lon, lat } = table;
  const rows = new Uint32Array(count);
  let m = 0;
  for (let i = 0; i < count; i++) {
    if (district[i] !== NO_AREA && Number.isFinite(lon[i]!) && Number.isFinite(lat[i]!)) rows[m++] = i;
  }
  return rows.subarray(0, m);
}

function gather32(column: Uint32Array, rows: Uint32Array): Uint32Array {
  const out = new Uint32Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = column[rows[i]!]!;
  return out;
}

function gather16(column: Uint16Array, rows: Uint32Array): Uint16Array {
  const out = new Uint16Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = column[rows[i]!]!;
  return out;
}

/**
 * Local equirectangular projection around the middle of the rows' bounding box. The middle of the extent
 * (not the mean) keeps the projection, and so every distance, independent of row order.
 */
function project(table: RequestTable, rows: Uint32Array): { x: Float64Array; y: Float64Array } {
  let minLon = Infinity;
  let maxLon = -Infinity;
  let minLat = Infinity;
  let maxLat = -Infinity;
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    const lon = table.lon[i]!;
    const lat = table.lat[i]!;
    if (lon < minLon) minLon = lon;
    if (lon > maxLon) maxLon = lon;
    if (lat < minLat) minLat = lat;
    if (lat > maxLat) maxLat = lat;
  }
  const lon0 = (minLon + maxLon) / 2;
  const lat0 = (minLat + maxLat) / 2;
  const kx = Math.cos((lat0 * Math.PI) / 180) * METRES_PER_DEGREE_LON;
  const x = new Float64Array(rows.length);
  const y = new Float64Array(rows.length);
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    x[k] = (table.lon[i]! - lon0) * kx;
    y[k] = (table.lat[i]! - lat0) * METRES_PER_DEGREE_LAT;
  }
  return { x, y };
}

/**
 * Compact indexes sorted by (requestedAt, id, service, lon, lat): a total order on everything that
 * distinguishes two requests, so first/last and problem numbers never depend on row order. Ties on
 * (requestedAt, id) are rare and sorted by comparison.
 */
function canonicalOrder(
  table: RequestTable,
  rows: Uint32Array,
  requestedAt: Uint32Array,
  service: Uint16Array,
): Uint32Array {
  const m = rows.length;
  const id = gather32(table.id, rows);
  const order = new Uint32Array(m);
  for (let k = 0; k < m; k++) order[k] = k;
  const sorted = radixSort(order, new Uint32Array(m), [rangeKey(requestedAt), rangeKey(id)]);
  const byRest = (a: number, b: number): number =>
    service[a]! - service[b]! ||
    table.lon[rows[a]!]! - table.lon[rows[b]!]! ||
    table.lat[rows[a]!]! - table.lat[rows[b]!]!;
  for (let start = 0; start < m;) {
    let end = start + 1;
    const a = sorted[start]!;
    while (end < m && requestedAt[sorted[end]!] === requestedAt[a] && id[sorted[end]!] === id[a]) end++;
    if (end - start > 1) sorted.subarray(start, end).sort(byRest);
    start = end;
  }
  return sorted;
}

/** A radix key over the range the values actually take, so a year of seconds costs 25 bits, not 32. */
function rangeKey(values: Uint32Array): RadixKey {
  let min = 0xffffffff;
  let max = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return values.length === 0 ? { values, limit: 1 } : { values, min, limit: max + 1 };
}

/**
 * Distinct-problem clustering: requests of the same category close in space and time are one problem.
 * The rule (single link over "same service, ≤ radius metres, ≤ window days apart"), its parameters and
 * its limits are in docs/problem-rule.md. Everything here is order-independent: shuffling the table's rows
 * gives the same problems, numbered the same, with the same figures.
 */
import { NO_AREA, type RequestTable } from './request-table';
import { DEFAULT_PROBLEM_OPTIONS, resolveProblemParams, type ProblemOptions } from './problem-options';
import { linkComponents, type CanonicalRows } from './problem-links';
import { bitsFor, sortCarrying, type WideKeys } from './problem-sort';
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
  const ordered = inCanonicalOrder(table, rows, canonical, service, projection(table, rows));
  const firstMember = linkComponents(ordered, params);
  return summariseProblems(table, ordered, firstMember);
}

/** x = (lon − lon0)·kx, y = (lat − lat0)·METRES_PER_DEGREE_LAT. */
interface Projection {
  lon0: number;
  lat0: number;
  kx: number;
}

/**
 * What later passes read, gathered once into canonical order, the projection applied on the way. Fresh
 * memory is what costs most here (the first touch of every page), so only x, y, requestedAt, service and
 * the table row are kept; the summary looks the rest up in the table.
 */
function inCanonicalOrder(
  table: RequestTable,
  rows: Uint32Array,
  canonical: Uint32Array,
  service: Uint16Array,
  { lon0, lat0, kx }: Projection,
): CanonicalRows {
  const m = rows.length;
  const out: CanonicalRows = { xyt: new Float64Array(3 * m), service: new Uint16Array(m), row: new Uint32Array(m) };
  for (let p = 0; p < m; p++) {
    const i = canonical[p]!;
    const row = rows[i]!;
    out.xyt[3 * p] = (table.lon[row]! - lon0) * kx;
    out.xyt[3 * p + 1] = (table.lat[row]! - lat0) * METRES_PER_DEGREE_LAT;
    out.xyt[3 * p + 2] = table.requestedAt[row]!;
    out.service[p] = service[i]!;
    out.row[p] = row;
  }
  return out;
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
function projection(table: RequestTable, rows: Uint32Array): Projection {
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
  const lat0 = (minLat + maxLat) / 2;
  return { lon0: (minLon + maxLon) / 2, lat0, kx: Math.cos((lat0 * Math.PI) / 180) * METRES_PER_DEGREE_LON };
}

/**
 * Compact indexes sorted by (requestedAt, id, service, lon, lat): a total order on everything that
 * distinguishes two requests, so first/last and problem numbers never depend on row order. (requestedAt,
 * id) are packed into one key when their ranges fit in 53 bits (a year of seconds and ten million ids take
 * 49); ties on them are rare and sorted by comparison.
 */
function canonicalOrder(
  table: RequestTable,
  rows: Uint32Array,
  requestedAt: Uint32Array,
  service: Uint16Array,
): Uint32Array {
  const m = rows.length;
  const id = gather32(table.id, rows);
  const time = offsets(requestedAt);
  const ids = offsets(id);
  const order = new Uint32Array(m);
  for (let k = 0; k < m; k++) order[k] = k;
  const packed = time.bits + ids.bits <= 53;
  const keys = packed ? [packKeys(time.key, ids.key, ids.bits)] : [time.key, ids.key];
  const bits = packed ? [time.bits + ids.bits] : [time.bits, ids.bits];
  const { key, payload: sorted } = sortCarrying(keys, bits, order);
  const byRest = (a: number, b: number): number =>
    service[a]! - service[b]! ||
    table.lon[rows[a]!]! - table.lon[rows[b]!]! ||
    table.lat[rows[a]!]! - table.lat[rows[b]!]!;
  // Runs of equal (requestedAt, id): read off the sorted key when it holds both, else looked up.
  const sameAsPrevious = packed
    ? (k: number) => key[k] === key[k - 1]
    : (k: number) => requestedAt[sorted[k]!] === requestedAt[sorted[k - 1]!] && id[sorted[k]!] === id[sorted[k - 1]!];
  for (let start = 0; start < m;) {
    let end = start + 1;
    while (end < m && sameAsPrevious(end)) end++;
    if (end - start > 1) sorted.subarray(start, end).sort(byRest);
    start = end;
  }
  return sorted;
}

/** `values` minus their minimum, as a sort key, and how many bits that range takes. */
function offsets(values: Uint32Array): { key: WideKeys; bits: number } {
  let min = 0xffffffff;
  let max = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const key = new Float64Array(values.length);
  for (let i = 0; i < values.length; i++) key[i] = values[i]! - min;
  return { key, bits: values.length === 0 ? 0 : bitsFor(max - min + 1) };
}

/** `high · 2^lowBits + low`, exact below 2^53; written over `high`. */
function packKeys(high: WideKeys, low: WideKeys, lowBits: number): WideKeys {
  const scale = 2 ** lowBits;
  for (let i = 0; i < high.length; i++) high[i] = high[i]! * scale + low[i]!;
  return high;
}

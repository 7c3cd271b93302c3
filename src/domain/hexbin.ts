/**
 * Hexagonal bins of request density. Each request's bin is found once per load (it does not depend on the
 * filters); a filter change only counts rows per bin. Flat-topped hexagons of `radius` metres (centre to
 * corner) on the local equirectangular plane around `origin` (see geometry.ts), the plane the clustering
 * measures in.
 */
import { METRES_PER_DEGREE_LAT, METRES_PER_DEGREE_LON } from './geometry';
import { NO_PROBLEM, type ProblemSet } from './problem-set';
import { matchesFilter, type RequestFilter } from './request-filter';
import { NO_AREA, type RequestTable } from './request-table';

const SQRT3 = Math.sqrt(3);
/** `binOf` of a row drawn in no bin (set aside outside the city). */
export const NO_BIN = 0xffffffff;

export interface HexGrid {
  radius: number;
  origin: [number, number];
  /** Per table row, its bin, or NO_BIN. */
  binOf: Uint32Array;
  /** Bin centres, lon and lat. */
  centreLon: Float64Array;
  centreLat: Float64Array;
}

/** Axial coordinates (q, r) of the flat-topped hexagon holding local point (x, y), in metres. */
export function hexAt(x: number, y: number, radius: number): [number, number] {
  const q = ((2 / 3) * x) / radius;
  const r = ((-1 / 3) * x + (SQRT3 / 3) * y) / radius;
  return roundAxial(q, r);
}

/** Rounds fractional axial coordinates to the nearest hexagon (through cube coordinates). */
function roundAxial(q: number, r: number): [number, number] {
  const s = -q - r;
  let rq = Math.round(q);
  let rr = Math.round(r);
  const rs = Math.round(s);
  const dq = Math.abs(rq - q);
  const dr = Math.abs(rr - r);
  const ds = Math.abs(rs - s);
  if (dq > dr && dq > ds) rq = -rr - rs;
  else if (dr > ds) rr = -rq - rs;
  return [rq + 0, rr + 0];
}

/** The centre of hexagon (q, r), in local metres. */
export function hexCentre(q: number, r: number, radius: number): [number, number] {
  return [radius * 1.5 * q, radius * SQRT3 * (r + q / 2)];
}

/** Assigns every row inside the city to its hexagon; bins are numbered in order of first appearance. */
export function buildHexGrid(table: RequestTable, radius: number, origin: [number, number]): HexGrid {
  const [lon0, lat0] = origin;
  const xScale = METRES_PER_DEGREE_LON * Math.cos((lat0 * Math.PI) / 180);
  const binOf = new Uint32Array(table.count).fill(NO_BIN);
  const binByKey = new Map<number, number>();
  const centres: number[] = [];
  for (let i = 0; i < table.count; i++) {
    if (table.district[i] === NO_AREA) continue;
    const [q, r] = hexAt((table.lon[i]! - lon0) * xScale, (table.lat[i]! - lat0) * METRES_PER_DEGREE_LAT, radius);
    // Axial coordinates of a city stay far inside ±2^20, so one number keys a bin exactly.
    const key = q * 2_097_152 + r;
    let bin = binByKey.get(key);
    if (bin === undefined) {
      bin = binByKey.size;
      binByKey.set(key, bin);
      const [x, y] = hexCentre(q, r, radius);
      centres.push(lon0 + x / xScale, lat0 + y / METRES_PER_DEGREE_LAT);
    }
    binOf[i] = bin;
  }
  const count = binByKey.size;
  return {
    radius,
    origin,
    binOf,
    centreLon: Float64Array.from({ length: count }, (_, b) => centres[2 * b]!),
    centreLat: Float64Array.from({ length: count }, (_, b) => centres[2 * b + 1]!),
  };
}

/**
 * The bins holding at least one row that passes the filter, with their centres and counts: of rows, or, given
 * the problem set, of distinct problems (a problem counts once in each bin where it has a matching row; a row
 * outside every problem is a problem of its own — the rule of `aggregateProblems`).
 */
export function countHexBins(
  table: RequestTable,
  grid: HexGrid,
  filter: RequestFilter,
  problems: ProblemSet | null = null,
): { positions: Float32Array; counts: Uint32Array } {
  const perBin = new Uint32Array(grid.centreLon.length);
  if (problems) countProblemsPerBin(perBin, table, grid, filter, problems);
  else for (let i = 0; i < table.count; i++) if (matchesFilter(table, i, filter)) perBin[grid.binOf[i]!]!++;
  let filled = 0;
  for (const n of perBin) if (n > 0) filled++;
  const positions = new Float32Array(filled * 2);
  const counts = new Uint32Array(filled);
  let k = 0;
  perBin.forEach((n, b) => {
    if (n === 0) return;
    positions[2 * k] = grid.centreLon[b]!;
    positions[2 * k + 1] = grid.centreLat[b]!;
    counts[k++] = n;
  });
  return { positions, counts };
}

function countProblemsPerBin(
  perBin: Uint32Array,
  table: RequestTable,
  grid: HexGrid,
  filter: RequestFilter,
  problems: ProblemSet,
): void {
  // Per bin, the last problem counted there + 1, so a problem counts once per bin.
  const stamp = new Uint32Array(perBin.length);
  for (let p = 0; p < problems.count; p++) {
    for (let k = problems.memberStart[p]!; k < problems.memberStart[p + 1]!; k++) {
      const i = problems.members[k]!;
      if (!matchesFilter(table, i, filter)) continue;
      const bin = grid.binOf[i]!;
      if (stamp[bin] === p + 1) continue;
      stamp[bin] = p + 1;
      perBin[bin]!++;
    }
  }
  for (let i = 0; i < table.count; i++) {
    if (problems.problemOf[i] === NO_PROBLEM && matchesFilter(table, i, filter)) perBin[grid.binOf[i]!]!++;
  }
}

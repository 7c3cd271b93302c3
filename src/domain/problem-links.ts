/**
 * The link graph of distinct-problem clustering and its connected components (single link), over compact
 * columns of the rows being clustered. Two rows are linked when they have the same link class (service
 * and kind of reporter, see linkClass), their planar distance is ≤ the service's radius and their
 * `requestedAt` differ by ≤ its window.
 *
 * Rows are bucketed per link class into a grid whose cell side is a hair under radius/√2, so any two rows of
 * one cell are within the radius of each other: inside a cell, time alone decides, and linking each row
 * to the next one in time is enough. Pairs across cells are looked for in the 5×5 block of cells around
 * each cell (its forward half, so each pair of cells is visited once), by a merge over the two cells'
 * time-sorted rows. Components are kept in a union-find over positions in the spatial order, where
 * neighbouring cells are close in memory.
 */
import { bitsFor, sortInArena, type ScratchArena } from './problem-sort';
import type { ResolvedProblemParams } from './problem-options';
import { METRES_PER_DEGREE_LAT, METRES_PER_DEGREE_LON } from './geometry';

/** The extent of the clustered rows, in degrees. */
export interface Bounds {
  minLon: number;
  maxLon: number;
  minLat: number;
  maxLat: number;
}

/** x = (lon − lon0)·kx, y = (lat − lat0)·METRES_PER_DEGREE_LAT; minX, minY: the smallest of any row. */
export interface Projection {
  lon0: number;
  lat0: number;
  kx: number;
  minX: number;
  minY: number;
}

/**
 * Local equirectangular projection around the middle of the rows' bounding box. The middle of the extent
 * (not the mean) keeps the projection, and so every distance, independent of row order.
 */
function projectionOf({ minLon, maxLon, minLat, maxLat }: Bounds): Projection {
  const lat0 = (minLat + maxLat) / 2;
  const kx = Math.cos((lat0 * Math.PI) / 180) * METRES_PER_DEGREE_LON;
  const p = { lon0: (minLon + maxLon) / 2, lat0, kx, minX: 0, minY: 0 };
  // Rounding is monotone, so x and y only move one way with lon and lat: an end of the extent gives the
  // smallest of any row, exactly.
  p.minX = Math.min(projectX(p, minLon), projectX(p, maxLon));
  p.minY = Math.min(projectY(p, minLat), projectY(p, maxLat));
  return p;
}

/** The projected x of a longitude, in metres; monotone in lon. */
export function projectX(p: Projection, lon: number): number {
  return (lon - p.lon0) * p.kx;
}

/** The projected y of a latitude, in metres; monotone in lat. */
export function projectY(p: Projection, lat: number): number {
  return (lat - p.lat0) * METRES_PER_DEGREE_LAT;
}

/**
 * The rows to cluster in canonical order (requestedAt, id, …; index = canonical position), which also
 * fixes the order inside each cell.
 */
export interface CanonicalRows {
  /** The table row. */
  row: Uint32Array;
  /**
   * lon, lat and requestedAt of position p at [3p], [3p+1], [3p+2]: gathered from the table once, so that
   * later passes read them in order, or one record (one cache line) per lookup in another order.
   */
  lonLatTime: Float64Array;
}

export interface LinkInput {
  rows: CanonicalRows;
  /** Per canonical position, the key of its grid cell (see CellLayout); the arena's, given back. */
  cellKey: Float64Array;
  layout: CellLayout;
}

/** Shrinks the cell side so that rounding can never put two rows of one cell farther apart than the radius. */
export const CELL_MARGIN = 1 - 1e-9;
/** Cell keys are integers in doubles, exact below 2^53. */
const MAX_KEY_BITS = 53;

/**
 * The rows in spatial order with every link joined in the grid's union-find: two rows share a root
 * exactly when they are in one connected component of the link relation. problem-components.ts reads the
 * components off it.
 */
export function linkedGrid(input: LinkInput, params: ResolvedProblemParams, arena: ScratchArena): Grid {
  const grid = buildGrid(input, params, arena);
  linkGrid(grid, params);
  return grid;
}

/**
 * Each link class's grid (cell side just under radius/√2) and where a cell is, as one integer:
 * `(class · 2^yBits + row) · 2^xBits + column + 2`. Sorting by it groups each cell's rows, and the cells
 * a cell must be matched with are the key ranges [k+1, k+2] (same row) and [k + d·2^xBits − 2,
 * k + d·2^xBits + 2] (d = 1, 2 rows up); the +2 and the spare room in each field keep those ranges from
 * wrapping into another row or class.
 */
export interface CellLayout {
  projection: Projection;
  /** Per link class, one over its cell side. */
  inverseSide: Float64Array;
  bits: number;
  /** 2^xBits: one grid row up. */
  rowStep: number;
  /** 2^(xBits + yBits): one link class up. */
  classStep: number;
}

/**
 * The cell layout for rows within `bounds` of the link classes marked in `present`. The field widths come
 * from the extent, so that keys can be computed in the same pass that gathers the coordinates:
 * projecting, subtracting, scaling and flooring are all monotone, so the far end of the extent gives a
 * column (row) no row of any present class exceeds; a cell side larger than radius/√2 (as the span pass
 * uses) gives fewer columns and rows, so its keys fit the same fields.
 */
export function cellLayout(bounds: Bounds, params: ResolvedProblemParams, present: Uint8Array): CellLayout {
  const projection = projectionOf(bounds);
  const inverseSide = params.radiusM.map((r) => 1 / (r * Math.SQRT1_2 * CELL_MARGIN));
  const spanX = Math.max(projectX(projection, bounds.minLon), projectX(projection, bounds.maxLon)) - projection.minX;
  const spanY = Math.max(projectY(projection, bounds.minLat), projectY(projection, bounds.maxLat)) - projection.minY;
  let columns = 1;
  let gridRows = 1;
  for (let s = 0; s < inverseSide.length; s++) {
    if (present[s] !== 1) continue;
    columns = Math.max(columns, Math.floor(spanX * inverseSide[s]!) + 1);
    gridRows = Math.max(gridRows, Math.floor(spanY * inverseSide[s]!) + 1);
  }
  const xBits = bitsFor(columns + 4);
  const yBits = bitsFor(gridRows + 2);
  const bits = bitsFor(params.radiusM.length) + yBits + xBits;
  if (bits > MAX_KEY_BITS) throw new RangeError('problem radius too small for the extent of the requests');
  return { projection, inverseSide, bits, rowStep: 2 ** xBits, classStep: 2 ** (xBits + yBits) };
}

/** The key of the cell of a row of link class c at (lon, lat). */
export function cellKey(layout: CellLayout, c: number, lon: number, lat: number): number {
  const { projection: p } = layout;
  const inv = layout.inverseSide[c]!;
  const a = Math.floor((projectX(p, lon) - p.minX) * inv);
  const b = Math.floor((projectY(p, lat) - p.minY) * inv);
  return c * layout.classStep + b * layout.rowStep + a + 2;
}

/** Rows in spatial order (link class, cell row, cell column, canonical order) and the runs that form cells. */
export interface Grid {
  /** x, y, requestedAt of spatial position k at [3k], [3k+1], [3k+2]: one cache line per row in the hot loops. */
  xyt: Float64Array;
  /** Spatial position → canonical position. */
  canonicalAt: Uint32Array;
  /** Union-find over spatial positions; a parent is always a smaller position (the smaller root wins). */
  parent: Int32Array;
  cellStart: Uint32Array;
  /** Per cell, its key (see CellLayout): the link class is its top field. */
  cellKey: Float64Array;
  /** The bounding box of each cell's rows, [minX, maxX, minY, maxY] at 4c: rules out cells or rows too far. */
  cellBox: Float64Array;
  cellCount: number;
  rowStep: number;
  classStep: number;
}

/**
 * Sorts the rows into spatial order (stably from canonical order, so each cell's rows are in time order),
 * gathers their coordinates, finds the cells and links each row to the previous one of its cell when
 * within the window: after that, every run of a cell within the window of each other shares a root.
 */
function buildGrid(input: LinkInput, params: ResolvedProblemParams, arena: ScratchArena): Grid {
  const { layout } = input;
  const m = input.rows.row.length;
  const positions = arena.u32(m);
  for (let c = 0; c < m; c++) positions[c] = c;
  const { key, payload: canonicalAt } = sortInArena(arena, [input.cellKey], [layout.bits], positions);
  const xyt = gatherCoordinates(input, canonicalAt, arena);
  let cellCount = 0;
  for (let k = 0; k < m; k++) if (k === 0 || key[k] !== key[k - 1]) cellCount++;
  const grid: Grid = {
    xyt,
    canonicalAt,
    parent: arena.i32(m),
    cellStart: arena.u32(cellCount + 1),
    cellKey: arena.f64(cellCount),
    cellBox: arena.f64(4 * cellCount),
    cellCount,
    rowStep: layout.rowStep,
    classStep: layout.classStep,
  };
  findCells(grid, key, params);
  arena.give(key);
  return grid;
}

/**
 * x, y and requestedAt in spatial order, one canonical record each. A loop of its own, without a branch:
 * the lookups are cache misses, and a mispredicted branch would throw away the ones already started for
 * the next rows, making them one at a time.
 */
function gatherCoordinates(input: LinkInput, canonicalAt: Uint32Array, arena: ScratchArena): Float64Array {
  const { lonLatTime } = input.rows;
  const p = input.layout.projection;
  const xyt = arena.f64(3 * canonicalAt.length);
  for (let k = 0; k < canonicalAt.length; k++) {
    const c = 3 * canonicalAt[k]!;
    xyt[3 * k] = projectX(p, lonLatTime[c]!);
    xyt[3 * k + 1] = projectY(p, lonLatTime[c + 1]!);
    xyt[3 * k + 2] = lonLatTime[c + 2]!;
  }
  return xyt;
}

/** Fills the cells (runs of equal keys) and their boxes, and links each row to the previous one of its cell within the window. */
function findCells(grid: Grid, key: Float64Array, params: ResolvedProblemParams): void {
  const { xyt, parent, cellStart, cellKey, cellBox, cellCount } = grid;
  const m = parent.length;
  let c = -1;
  let w = 0;
  for (let k = 0; k < m; k++) {
    const xk = xyt[3 * k]!;
    const yk = xyt[3 * k + 1]!;
    if (k === 0 || key[k] !== key[k - 1]) {
      c++;
      cellStart[c] = k;
      cellKey[c] = key[k]!;
      cellBox[4 * c] = cellBox[4 * c + 1] = xk;
      cellBox[4 * c + 2] = cellBox[4 * c + 3] = yk;
      w = params.windowS[Math.floor(key[k]! / grid.classStep)]!;
      parent[k] = k;
    } else {
      const b = 4 * c;
      if (xk < cellBox[b]!) cellBox[b] = xk;
      if (xk > cellBox[b + 1]!) cellBox[b + 1] = xk;
      if (yk < cellBox[b + 2]!) cellBox[b + 2] = yk;
      if (yk > cellBox[b + 3]!) cellBox[b + 3] = yk;
      // The previous row of the cell is already pointing at its run's first row.
      parent[k] = xyt[3 * k + 2]! - xyt[3 * k - 1]! <= w ? parent[k - 1]! : k;
    }
  }
  cellStart[cellCount] = m;
}

/** Unions every linked pair's components (up to pairs already implied by links inside cells). */
function linkGrid(grid: Grid, params: ResolvedProblemParams): void {
  const { cellCount, cellKey, rowStep, classStep } = grid;
  // The first cell of the row one (two) up that can be a neighbour: keys only grow, so it only moves on.
  let up1 = 0;
  let up2 = 0;
  for (let a = 0; a < cellCount; a++) {
    const key = cellKey[a]!;
    const c = Math.floor(key / classStep);
    const r2 = params.radiusM[c]! ** 2;
    const w = params.windowS[c]!;
    for (let b = a + 1; b < cellCount && cellKey[b]! <= key + 2; b++) {
      if (mayLink(grid, a, b, r2, w)) linkCells(grid, a, b, r2, w);
    }
    while (up1 < cellCount && cellKey[up1]! < key + rowStep - 2) up1++;
    for (let b = up1; b < cellCount && cellKey[b]! <= key + rowStep + 2; b++) {
      if (mayLink(grid, a, b, r2, w)) linkCells(grid, a, b, r2, w);
    }
    while (up2 < cellCount && cellKey[up2]! < key + 2 * rowStep - 2) up2++;
    for (let b = up2; b < cellCount && cellKey[b]! <= key + 2 * rowStep + 2; b++) {
      if (mayLink(grid, a, b, r2, w)) linkCells(grid, a, b, r2, w);
    }
  }
}

/**
 * Whether rows of cells a and b may be linked, from their bounding boxes and time ranges (rows are in time
 * order within a cell): when b's last row comes before a's first minus the window, or b's first after a's
 * last plus the window, no row of a has a row of b in its window (the merge would find none, by the same
 * comparisons).
 */
function mayLink(grid: Grid, a: number, b: number, r2: number, w: number): boolean {
  const { xyt, cellStart, cellBox } = grid;
  if (boxGap2(cellBox, a, b) > r2) return false;
  const tFirstA = xyt[3 * cellStart[a]! + 2]!;
  const tLastA = xyt[3 * cellStart[a + 1]! - 1]!;
  return xyt[3 * cellStart[b + 1]! - 1]! >= tFirstA - w && xyt[3 * cellStart[b]! + 2]! <= tLastA + w;
}

/**
 * Links rows of cell a to rows of cell b. For a row i of a, b's rows requested in [tᵢ − w, tᵢ] are one
 * run of b already sharing a root (one cell, within the window of each other), and so are those in
 * (tᵢ, tᵢ + w]: one link into each half is enough, and none is needed when that run is already in i's
 * component, which keeps dense hotspots close to linear. Rows farther than the radius from b's bounding
 * box are skipped without looking at b's rows.
 */
function linkCells(grid: Grid, a: number, b: number, r2: number, w: number): void {
  const { xyt, cellStart, cellBox } = grid;
  const aStart = cellStart[a]!;
  const aEnd = cellStart[a + 1]!;
  let lo = cellStart[b]!;
  const bEnd = cellStart[b + 1]!;
  if (aEnd - aStart === 1 && bEnd - lo === 1) {
    // Two lone rows: each box is its row, so the box gap was their distance, computed the same way, and
    // the time ranges their times.
    union(grid.parent, aStart, lo);
    return;
  }
  // b's rows from `lo` on are requested at or after tᵢ − w; from `mid` on, after tᵢ. Both only move on.
  let mid = lo;
  for (let i = aStart; i < aEnd; i++) {
    const ti = xyt[3 * i + 2]!;
    while (lo < bEnd && xyt[3 * lo + 2]! < ti - w) lo++;
    if (lo === bEnd) return;
    if (xyt[3 * lo + 2]! > ti + w) continue;
    while (mid < bEnd && xyt[3 * mid + 2]! <= ti) mid++;
    const xi = xyt[3 * i]!;
    const yi = xyt[3 * i + 1]!;
    if (pointGap2(cellBox, b, xi, yi) > r2) continue;
    if (lo < mid) linkToRun(grid, i, lo, mid, ti, r2);
    if (mid < bEnd) linkToRun(grid, i, mid, bEnd, ti + w, r2);
  }
}

/** Links row i to the first row of [from, end) requested by tMax and within the radius, unless already joined. */
function linkToRun(grid: Grid, i: number, from: number, end: number, tMax: number, r2: number): void {
  const { xyt, parent } = grid;
  if (from >= end || xyt[3 * from + 2]! > tMax) return;
  const root = find(parent, i);
  // The whole run shares this root.
  const runRoot = find(parent, from);
  if (runRoot === root) return;
  const xi = xyt[3 * i]!;
  const yi = xyt[3 * i + 1]!;
  for (let j = from; j < end && xyt[3 * j + 2]! <= tMax; j++) {
    const dx = xyt[3 * j]! - xi;
    const dy = xyt[3 * j + 1]! - yi;
    if (dx * dx + dy * dy <= r2) {
      joinRoots(parent, root, runRoot);
      return;
    }
  }
}

/**
 * Squared distance between the bounding boxes of cells a and b, never more than between any of their
 * rows: floating-point subtraction is monotone, so the box's bound is a bound on every row's difference.
 */
function boxGap2(box: Float64Array, a: number, b: number): number {
  const dx = Math.max(box[4 * b]! - box[4 * a + 1]!, box[4 * a]! - box[4 * b + 1]!, 0);
  const dy = Math.max(box[4 * b + 2]! - box[4 * a + 3]!, box[4 * a + 2]! - box[4 * b + 3]!, 0);
  return dx * dx + dy * dy;
}

/** Squared distance from (x, y) to cell b's bounding box, never more than to any of its rows. */
function pointGap2(box: Float64Array, b: number, x: number, y: number): number {
  const dx = Math.max(box[4 * b]! - x, x - box[4 * b + 1]!, 0);
  const dy = Math.max(box[4 * b + 2]! - y, y - box[4 * b + 3]!, 0);
  return dx * dx + dy * dy;
}

/** The root of k's set, halving the path on the way. */
export function find(parent: Int32Array, k: number): number {
  let p = parent[k]!;
  // Most rows point at their root already: one more read settles it.
  if (parent[p] === p) return p;
  while (p !== k) {
    const g = parent[p]!;
    parent[k] = g;
    k = p;
    p = parent[k]!;
  }
  return k;
}

function union(parent: Int32Array, a: number, b: number): void {
  joinRoots(parent, find(parent, a), find(parent, b));
}

/** Joins two roots' sets under the smaller. */
function joinRoots(parent: Int32Array, ra: number, rb: number): void {
  if (ra < rb) parent[rb] = ra;
  else if (rb < ra) parent[ra] = rb;
}

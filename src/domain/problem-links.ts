/**
 * The link graph of distinct-problem clustering and its connected components (single link), over compact
 * columns of the rows being clustered. Two rows are linked when they have the same service, their planar
 * distance is ≤ the service's radius and their `requestedAt` differ by ≤ its window.
 *
 * Rows are bucketed per service into a grid whose cell side is a hair under radius/√2, so any two rows of
 * one cell are within the radius of each other: inside a cell, time alone decides, and linking each row
 * to the next one in time is enough. Pairs across cells are looked for in the 5×5 block of cells around
 * each cell (its forward half, so each pair of cells is visited once), by a merge over the two cells'
 * time-sorted rows. Components are kept in a union-find over positions in the spatial order, where
 * neighbouring cells are close in memory.
 */
import { bitsFor, sortCarrying } from './problem-sort';
import type { ResolvedProblemParams } from './problem-options';

/**
 * The rows to cluster in canonical order (requestedAt, id, …; index = canonical position), which also
 * fixes the order inside each cell.
 */
export interface CanonicalRows {
  /** x, y (planar metres in one local projection) and requestedAt of position p at [3p], [3p+1], [3p+2]. */
  xyt: Float64Array;
  service: Uint16Array;
  /** The table row, for the summary. */
  row: Uint32Array;
}

/** Shrinks the cell side so that rounding can never put two rows of one cell farther apart than the radius. */
const CELL_MARGIN = 1 - 1e-9;
/** Cell keys are integers in doubles, exact below 2^53. */
const MAX_KEY_BITS = 53;

/**
 * The connected components of the link relation, per canonical position: the
 * canonical position of the component's first member. Two rows are in one component exactly when this is
 * the same, and a row opens its component exactly when it is its own.
 */
export function linkComponents(input: CanonicalRows, params: ResolvedProblemParams): Uint32Array {
  const cells = cellKeys(input, params);
  const grid = buildGrid(input, params, cells);
  linkGrid(grid, params);
  return firstMembers(grid);
}

/**
 * Where a cell is, as one integer: `(service · 2^yBits + row) · 2^xBits + column + 2`. Sorting by it
 * groups each cell's rows, and the cells a cell must be matched with are the key ranges [k+1, k+2] (same
 * row) and [k + d·2^xBits − 2, k + d·2^xBits + 2] (d = 1, 2 rows up); the +2 and the spare room in each
 * field keep those ranges from wrapping into another row or service.
 */
interface CellKeys {
  /** Per canonical position. */
  key: Float64Array;
  bits: number;
  /** 2^xBits: one grid row up. */
  rowStep: number;
  /** 2^(xBits + yBits): one service up. */
  serviceStep: number;
}

/** Each row's grid cell in its service's grid (cell side just under radius/√2), as a cell key. */
function cellKeys(input: CanonicalRows, params: ResolvedProblemParams): CellKeys {
  const { xyt, service } = input;
  const m = service.length;
  let minX = Infinity;
  let minY = Infinity;
  for (let i = 0; i < m; i++) {
    if (xyt[3 * i]! < minX) minX = xyt[3 * i]!;
    if (xyt[3 * i + 1]! < minY) minY = xyt[3 * i + 1]!;
  }
  const inverseSide = params.radiusM.map((r) => 1 / (r * Math.SQRT1_2 * CELL_MARGIN));
  // Two passes (the field widths first, then the keys) rather than storing columns and rows: fresh memory
  // costs more than the arithmetic.
  let columns = 1;
  let rows = 1;
  for (let i = 0; i < m; i++) {
    const inv = inverseSide[service[i]!]!;
    const a = Math.floor((xyt[3 * i]! - minX) * inv);
    const b = Math.floor((xyt[3 * i + 1]! - minY) * inv);
    if (a >= columns) columns = a + 1;
    if (b >= rows) rows = b + 1;
  }
  const xBits = bitsFor(columns + 4);
  const yBits = bitsFor(rows + 2);
  const bits = bitsFor(params.radiusM.length) + yBits + xBits;
  if (bits > MAX_KEY_BITS) throw new RangeError('problem radius too small for the extent of the requests');
  const rowStep = 2 ** xBits;
  const serviceStep = 2 ** (xBits + yBits);
  const key = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const s = service[i]!;
    const inv = inverseSide[s]!;
    const a = Math.floor((xyt[3 * i]! - minX) * inv);
    const b = Math.floor((xyt[3 * i + 1]! - minY) * inv);
    key[i] = s * serviceStep + b * rowStep + a + 2;
  }
  return { key, bits, rowStep, serviceStep };
}

/** Rows in spatial order (service, cell row, cell column, canonical order) and the runs that form cells. */
interface Grid {
  /** x, y, requestedAt of spatial position k at [3k], [3k+1], [3k+2]: one cache line per row in the hot loops. */
  xyt: Float64Array;
  /** Spatial position → canonical position. */
  canonicalAt: Uint32Array;
  /** Union-find over spatial positions; a parent is always a smaller position (the smaller root wins). */
  parent: Int32Array;
  cellStart: Uint32Array;
  cellKey: Float64Array;
  /** The bounding box of each cell's rows, [minX, maxX, minY, maxY] at 4c: rules out cells or rows too far. */
  cellBox: Float64Array;
  cellCount: number;
  rowStep: number;
  serviceStep: number;
}

/**
 * Sorts the rows into spatial order (stably from canonical order, so each cell's rows are in time order),
 * gathers their coordinates, finds the cells and links each row to the previous one of its cell when
 * within the window: after that, every run of a cell within the window of each other shares a root.
 */
function buildGrid(input: CanonicalRows, params: ResolvedProblemParams, cells: CellKeys): Grid {
  const m = input.service.length;
  const positions = new Uint32Array(m);
  for (let p = 0; p < m; p++) positions[p] = p;
  const { key, payload: canonicalAt } = sortCarrying([cells.key], [cells.bits], positions);
  const xyt = new Float64Array(3 * m);
  const parent = new Int32Array(m);
  const cellStart = new Uint32Array(m + 1);
  const cellKey = new Float64Array(m);
  const cellBox = new Float64Array(4 * m);
  let cellCount = 0;
  let w = 0;
  for (let k = 0; k < m; k++) {
    const p = 3 * canonicalAt[k]!;
    const xk = input.xyt[p]!;
    const yk = input.xyt[p + 1]!;
    const t = input.xyt[p + 2]!;
    xyt[3 * k] = xk;
    xyt[3 * k + 1] = yk;
    xyt[3 * k + 2] = t;
    const b = 4 * (cellCount - 1);
    if (k === 0 || key[k] !== key[k - 1]) {
      const c = 4 * cellCount;
      cellStart[cellCount] = k;
      cellKey[cellCount] = key[k]!;
      cellBox[c] = cellBox[c + 1] = xk;
      cellBox[c + 2] = cellBox[c + 3] = yk;
      cellCount++;
      w = params.windowS[Math.floor(key[k]! / cells.serviceStep)]!;
      parent[k] = k;
    } else {
      if (xk < cellBox[b]!) cellBox[b] = xk;
      if (xk > cellBox[b + 1]!) cellBox[b + 1] = xk;
      if (yk < cellBox[b + 2]!) cellBox[b + 2] = yk;
      if (yk > cellBox[b + 3]!) cellBox[b + 3] = yk;
      // The previous row of the cell is already pointing at its run's first row.
      parent[k] = t - xyt[3 * k - 1]! <= w ? parent[k - 1]! : k;
    }
  }
  cellStart[cellCount] = m;
  return {
    xyt,
    canonicalAt,
    parent,
    cellStart,
    cellKey,
    cellBox,
    cellCount,
    rowStep: cells.rowStep,
    serviceStep: cells.serviceStep,
  };
}

/** Unions every linked pair's components (up to pairs already implied by links inside cells). */
function linkGrid(grid: Grid, params: ResolvedProblemParams): void {
  const { cellCount, cellKey, rowStep, serviceStep } = grid;
  // The first cell of the row one (two) up that can be a neighbour: keys only grow, so it only moves on.
  let up1 = 0;
  let up2 = 0;
  for (let a = 0; a < cellCount; a++) {
    const key = cellKey[a]!;
    const s = Math.floor(key / serviceStep);
    const r2 = params.radiusM[s]! ** 2;
    const w = params.windowS[s]!;
    for (let b = a + 1; b < cellCount && cellKey[b]! <= key + 2; b++) linkCells(grid, a, b, r2, w);
    up1 = linkRowOfCells(grid, a, up1, key + rowStep, r2, w);
    up2 = linkRowOfCells(grid, a, up2, key + 2 * rowStep, r2, w);
  }
}

/** Links cell a to the cells with keys in [centre − 2, centre + 2], searching from `from`; returns the first. */
function linkRowOfCells(grid: Grid, a: number, from: number, centre: number, r2: number, w: number): number {
  const { cellCount, cellKey } = grid;
  let first = from;
  while (first < cellCount && cellKey[first]! < centre - 2) first++;
  for (let b = first; b < cellCount && cellKey[b]! <= centre + 2; b++) linkCells(grid, a, b, r2, w);
  return first;
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
  if (boxGap2(cellBox, a, b) > r2) return;
  const aEnd = cellStart[a + 1]!;
  const bEnd = cellStart[b + 1]!;
  // b's rows from `lo` on are requested at or after tᵢ − w; from `mid` on, after tᵢ. Both only move on.
  let lo = cellStart[b]!;
  let mid = lo;
  for (let i = cellStart[a]!; i < aEnd; i++) {
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
  if (from >= end || xyt[3 * from + 2]! > tMax || find(parent, from) === find(parent, i)) return;
  const xi = xyt[3 * i]!;
  const yi = xyt[3 * i + 1]!;
  for (let j = from; j < end && xyt[3 * j + 2]! <= tMax; j++) {
    const dx = xyt[3 * j]! - xi;
    const dy = xyt[3 * j + 1]! - yi;
    if (dx * dx + dy * dy <= r2) {
      union(parent, i, j);
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
function find(parent: Int32Array, k: number): number {
  let p = parent[k]!;
  while (p !== k) {
    const g = parent[p]!;
    parent[k] = g;
    k = p;
    p = parent[k]!;
  }
  return k;
}

function union(parent: Int32Array, a: number, b: number): void {
  const ra = find(parent, a);
  const rb = find(parent, b);
  if (ra < rb) parent[rb] = ra;
  else if (rb < ra) parent[ra] = rb;
}

/**
 * Per canonical position, the canonical position of its component's first member. Parents are smaller
 * positions, so one forward pass resolves every root (overwriting `parent` with it) and the smallest
 * canonical position under it.
 */
function firstMembers(grid: Grid): Uint32Array {
  const { parent, canonicalAt } = grid;
  const m = parent.length;
  const firstOfRoot = new Uint32Array(m);
  for (let k = 0; k < m; k++) {
    const p = parent[k]!;
    const c = canonicalAt[k]!;
    if (p === k) {
      firstOfRoot[k] = c;
    } else {
      const root = parent[p]!;
      parent[k] = root;
      if (c < firstOfRoot[root]!) firstOfRoot[root] = c;
    }
  }
  const first = new Uint32Array(m);
  for (let k = 0; k < m; k++) first[canonicalAt[k]!] = firstOfRoot[parent[k]!]!;
  return first;
}

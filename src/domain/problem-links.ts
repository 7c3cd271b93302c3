/**
 * The link graph of distinct-problem clustering and its connected components (single link), over compact
 * columns of the rows being clustered. Two rows are linked when they have the same service, their planar
 * distance is ≤ the service's radius and their `requestedAt` differ by ≤ its window.
 *
 * Rows are bucketed per service into a grid whose cell side is a hair under radius/√2, so any two rows of
 * one cell are within the radius of each other: inside a cell, time alone decides, and linking each row
 * to the next one in time is enough. Pairs across cells are looked for in the 5×5 block of cells around
 * each cell (its forward half, so each pair of cells is visited once), by a merge over the two cells'
 * time-sorted rows. Components are kept in a union-find over positions in the spatial order.
 */
import { radixSort } from './problem-sort';
import type { ResolvedProblemParams } from './problem-options';

/** The rows to cluster as compact columns (index = position among the clustered rows). */
export interface LinkInput {
  /** Planar metres in one local projection. */
  x: Float64Array;
  y: Float64Array;
  requestedAt: Uint32Array;
  service: Uint16Array;
  /** The compact indexes in canonical order (requestedAt, id, ...): fixes the order inside each cell. */
  canonical: Uint32Array;
}

/** Shrinks the cell side so that rounding can never put two rows of one cell farther apart than the radius. */
const CELL_MARGIN = 1 - 1e-9;
const MAX_CELL_INDEX = 2 ** 32;

/** The components, over positions in the spatial order the links were found in. */
export interface Components {
  /** Spatial position → compact index. */
  order: Uint32Array;
  /** Spatial position → the smallest spatial position of its component (its root). */
  root: Uint32Array;
}

/**
 * The connected components of the link relation. Two compact indexes are in one component exactly when
 * `root` is the same at their spatial positions.
 */
export function linkComponents(input: LinkInput, params: ResolvedProblemParams): Components {
  const m = input.x.length;
  const cells = cellIndexes(input, params);
  const order = radixSort(input.canonical.slice(), new Uint32Array(m), [
    { values: input.service, limit: params.radiusM.length },
    { values: cells.cy, limit: cells.limit },
    { values: cells.cx, limit: cells.limit },
  ]);
  const grid = gatherGrid(cells, order);
  const parent = new Int32Array(m);
  for (let k = 0; k < m; k++) parent[k] = k;
  linkGrid(grid, params, parent);
  const root = new Uint32Array(m);
  // A parent is always a smaller position than its child (union keeps the smaller root), so one forward
  // pass finds every root.
  for (let k = 0; k < m; k++) {
    const p = parent[k]!;
    root[k] = p === k ? k : root[p]!;
  }
  return { order, root };
}

interface CellIndexes {
  cx: Uint32Array;
  cy: Uint32Array;
  limit: number;
  minX: number;
  minY: number;
  /** Per service: 1 / cell side. */
  inverseSide: Float64Array;
  /** x, y, requestedAt, service of compact index i at [4i .. 4i+3]: one cache line per random read. */
  record: Float64Array;
}

/** Each row's grid cell in its service's grid (cell side just under radius/√2). */
function cellIndexes(input: LinkInput, params: ResolvedProblemParams): CellIndexes {
  const { x, y, service, requestedAt } = input;
  const m = x.length;
  let minX = Infinity;
  let minY = Infinity;
  for (let i = 0; i < m; i++) {
    if (x[i]! < minX) minX = x[i]!;
    if (y[i]! < minY) minY = y[i]!;
  }
  const inverseSide = params.radiusM.map((r) => 1 / (r * Math.SQRT1_2 * CELL_MARGIN));
  const cx = new Uint32Array(m);
  const cy = new Uint32Array(m);
  const record = new Float64Array(4 * m);
  let limit = 1;
  for (let i = 0; i < m; i++) {
    const s = service[i]!;
    const inv = inverseSide[s]!;
    const a = Math.floor((x[i]! - minX) * inv);
    const b = Math.floor((y[i]! - minY) * inv);
    if (a >= limit) limit = a + 1;
    if (b >= limit) limit = b + 1;
    cx[i] = a;
    cy[i] = b;
    record[4 * i] = x[i]!;
    record[4 * i + 1] = y[i]!;
    record[4 * i + 2] = requestedAt[i]!;
    record[4 * i + 3] = s;
  }
  if (limit > MAX_CELL_INDEX) throw new RangeError('problem radius too small for the extent of the requests');
  return { cx, cy, limit, minX, minY, inverseSide, record };
}

/** Rows in spatial order (service, cell row, cell column, time) and the runs that form cells. */
interface Grid {
  /** x, y, requestedAt of spatial position k at [3k], [3k+1], [3k+2]: one cache line per row in the hot loops. */
  xyt: Float64Array;
  cellStart: Uint32Array;
  cellX: Uint32Array;
  cellY: Uint32Array;
  cellService: Uint16Array;
  cellCount: number;
}

function gatherGrid(cells: CellIndexes, order: Uint32Array): Grid {
  const m = order.length;
  const { record, inverseSide, minX, minY } = cells;
  const xyt = new Float64Array(3 * m);
  const cellStart = new Uint32Array(m + 1);
  const cellX = new Uint32Array(m);
  const cellY = new Uint32Array(m);
  const cellService = new Uint16Array(m);
  let cellCount = 0;
  let a0 = -1;
  let b0 = -1;
  let s0 = -1;
  for (let k = 0; k < m; k++) {
    const i = 4 * order[k]!;
    const x = record[i]!;
    const y = record[i + 1]!;
    const s = record[i + 3]!;
    xyt[3 * k] = x;
    xyt[3 * k + 1] = y;
    xyt[3 * k + 2] = record[i + 2]!;
    // The same arithmetic as cellIndexes, so the same cell; cheaper than two more random reads.
    const inv = inverseSide[s]!;
    const a = Math.floor((x - minX) * inv);
    const b = Math.floor((y - minY) * inv);
    if (a !== a0 || b !== b0 || s !== s0) {
      cellStart[cellCount] = k;
      cellX[cellCount] = a;
      cellY[cellCount] = b;
      cellService[cellCount] = s;
      cellCount++;
      a0 = a;
      b0 = b;
      s0 = s;
    }
  }
  cellStart[cellCount] = m;
  return { xyt, cellStart, cellX, cellY, cellService, cellCount };
}

/** True when cell c sorts before (service, row, column). */
function cellBefore(grid: Grid, c: number, s: number, row: number, col: number): boolean {
  const cs = grid.cellService[c]!;
  if (cs !== s) return cs < s;
  const cr = grid.cellY[c]!;
  if (cr !== row) return cr < row;
  return grid.cellX[c]! < col;
}

/** Unions every linked pair's components (up to pairs already implied by links inside cells). */
function linkGrid(grid: Grid, params: ResolvedProblemParams, parent: Int32Array): void {
  const { cellCount, cellX, cellY, cellService } = grid;
  // One pointer per row above (dy = 1, 2): the first cell at or after (s, row + dy, col - 2) only moves on.
  const above = [0, 0];
  for (let c = 0; c < cellCount; c++) {
    const s = cellService[c]!;
    const col = cellX[c]!;
    const row = cellY[c]!;
    const r2 = params.radiusM[s]! ** 2;
    const w = params.windowS[s]!;
    linkInsideCell(grid, c, w, parent);
    for (let d = c + 1; d < cellCount && d <= c + 2; d++) {
      if (cellService[d] !== s || cellY[d] !== row || cellX[d]! > col + 2) break;
      linkCells(grid, c, d, r2, w, parent);
    }
    for (let dy = 1; dy <= 2; dy++) {
      let p = above[dy - 1]!;
      while (p < cellCount && cellBefore(grid, p, s, row + dy, col - 2)) p++;
      above[dy - 1] = p;
      for (let d = p; d < cellCount && cellService[d] === s && cellY[d] === row + dy && cellX[d]! <= col + 2; d++) {
        linkCells(grid, c, d, r2, w, parent);
      }
    }
  }
}

/** Inside a cell every pair is within the radius, so consecutive rows in time within the window suffice. */
function linkInsideCell(grid: Grid, c: number, w: number, parent: Int32Array): void {
  const xyt = grid.xyt;
  const end = grid.cellStart[c + 1]!;
  for (let k = grid.cellStart[c]! + 1; k < end; k++) {
    if (xyt[3 * k + 2]! - xyt[3 * k - 1]! <= w) union(parent, k - 1, k);
  }
}

/**
 * Links rows of cell a to rows of cell b. For a row i of a, b's rows requested in [tᵢ − w, tᵢ] are all
 * linked together (one cell, within the window of each other), and so are those in (tᵢ, tᵢ + w]: one link
 * into each half is enough, which keeps dense hotspots close to linear.
 */
function linkCells(grid: Grid, a: number, b: number, r2: number, w: number, parent: Int32Array): void {
  const { xyt, cellStart } = grid;
  const aEnd = cellStart[a + 1]!;
  const bEnd = cellStart[b + 1]!;
  let lo = cellStart[b]!;
  for (let i = cellStart[a]!; i < aEnd; i++) {
    const xi = xyt[3 * i]!;
    const yi = xyt[3 * i + 1]!;
    const ti = xyt[3 * i + 2]!;
    while (lo < bEnd && xyt[3 * lo + 2]! < ti - w) lo++;
    let j = lo;
    for (; j < bEnd && xyt[3 * j + 2]! <= ti; j++) {
      if (near(xyt, j, xi, yi, r2)) {
        union(parent, i, j);
        while (j < bEnd && xyt[3 * j + 2]! <= ti) j++;
        break;
      }
    }
    for (; j < bEnd && xyt[3 * j + 2]! <= ti + w; j++) {
      if (near(xyt, j, xi, yi, r2)) {
        union(parent, i, j);
        break;
      }
    }
  }
}

function near(xyt: Float64Array, j: number, xi: number, yi: number, r2: number): boolean {
  const dx = xyt[3 * j]! - xi;
  const dy = xyt[3 * j + 1]! - yi;
  return dx * dx + dy * dy <= r2;
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

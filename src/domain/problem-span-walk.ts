/**
 * The walk that cuts one over-wide component (docs/problem-rule.md, "Bounding a problem's extent"): its
 * requests in canonical (arrival) order, each following its links to earlier requests, nearest first
 * (equal distances: the earlier request first), joining the problem at the other end whenever the two
 * together keep a bounding-box diagonal within the span.
 *
 * A row's links are found among the earlier rows within the window. Where a component has few of those
 * per row, they are simply read back in time; where it has many (a busy spot, a long window), the
 * component gets a grid of its own, cells of side just over the radius, so that only the 3×3 block of
 * cells around a row is read. Both find the same links, so the choice changes the time, not the result.
 */
import type { ResolvedProblemParams } from './problem-options';
import { CELL_MARGIN, find } from './problem-links';

/**
 * Above this many earlier rows within the window per row, on average, a component is walked with its own
 * grid: reading them all back costs more than sorting the component into cells.
 */
const GRID_ABOVE = 24;
/** A component's grid has at most this many cells per row (and 64 more), else it is read back in time. */
const CELLS_PER_ROW = 16;

/**
 * The state of the walk over the wide rows, laid out component by component, each in canonical order
 * (position = index in that layout). Union-find over positions: a root is its problem's earliest member
 * (joins keep the smaller position), which is what the walk's result needs. A class, so that its shape
 * is the same on every call and the per-row code's property reads stay fast.
 */
export class SpanWalk {
  readonly parent: Int32Array;
  /** Per root, its problem's bounding box: [minX, maxX, minY, maxY] at 4k. */
  readonly box: Float64Array;
  /** The problems one row links to. */
  private readonly near = new NearestProblems();
  // A dense component's grid, grown as needed and reused from component to component.
  private cellOf = new Uint32Array(0);
  private cellRows = new Uint32Array(0);
  /** x, y, t of the rows in cell order, at 3e: a cell's rows are read as one stretch of memory. */
  private cellXyt = new Float64Array(0);
  /** Per cell, its first row (in cell order) within the window of the row being walked, or after. */
  private windowFrom = new Uint32Array(0);
  /** The links of the row being walked: their places in cell order and squared lengths. */
  private linkAt = new Uint32Array(0);
  private linkD2 = new Float64Array(0);
  private cellStart = new Uint32Array(0);
  private reached = new Uint32Array(0);
  private columns = 1;
  private cellCount = 0;
  /** Reading back: the first row of the component within the window of the row being walked. */
  private backFrom = 0;

  /**
   * @param xyt x, y (projected metres) and requestedAt of position k at [3k], [3k+1], [3k+2].
   * @param parent, box scratch of the layout's length (and four times it).
   * @param gridAbove earlier rows within the window per row above which a component gets its own grid
   *   (tests set 0 or Infinity to take one way or the other).
   */
  constructor(
    private readonly xyt: Float64Array,
    private readonly params: ResolvedProblemParams,
    parent: Int32Array,
    box: Float64Array,
    private readonly gridAbove = GRID_ABOVE,
  ) {
    this.parent = parent;
    this.box = box;
  }

  /** Walks the component at positions [start, end), of link class c. */
  walkComponent(start: number, end: number, c: number): void {
    this.ensureLinks(end - start);
    const dense = this.earlierInWindow(start, end, this.params.windowS[c]!) > this.gridAbove * (end - start);
    if (!dense || !this.buildGrid(start, end, c)) {
      this.backFrom = start;
      for (let i = start; i < end; i++) {
        this.linkedBack(i, c);
        this.open(i, c);
      }
      return;
    }
    for (let i = start; i < end; i++) {
      this.linkedAround(start, i, c);
      this.open(i, c);
    }
  }

  /** The root of k's problem (its earliest member). */
  find(k: number): number {
    return find(this.parent, k);
  }

  /**
   * About how many (earlier, later) pairs of rows of [start, end) lie within the window, the cost of
   * reading back: the pairs of n rows spread evenly over the component's time range. Only an estimate to
   * choose by; both ways find the same links.
   */
  private earlierInWindow(start: number, end: number, windowS: number): number {
    const n = end - start;
    const range = this.xyt[3 * (end - 1) + 2]! - this.xyt[3 * start + 2]!;
    return range <= windowS ? (n * (n - 1)) / 2 : (n * n * windowS) / (2 * range);
  }

  /**
   * Fills `near` with the problems of the component's rows before i linked to it, read back in time;
   * the links are gathered without a branch on "is it within the radius" (about half are), then offered.
   */
  private linkedBack(i: number, c: number): void {
    const { xyt, near, linkAt, linkD2 } = this;
    const x = xyt[3 * i]!;
    const y = xyt[3 * i + 1]!;
    const since = xyt[3 * i + 2]! - this.params.windowS[c]!;
    const r = this.params.radiusM[c]!;
    const r2 = r * r;
    // The walk's times only grow, so the first row within the window only moves on.
    let from = this.backFrom;
    while (xyt[3 * from + 2]! < since) from++;
    this.backFrom = from;
    let links = 0;
    for (let j = i - 1; j >= from; j--) {
      const dx = xyt[3 * j]! - x;
      const dy = xyt[3 * j + 1]! - y;
      const d2 = dx * dx + dy * dy;
      linkAt[links] = j;
      linkD2[links] = d2;
      links += Number(d2 <= r2);
    }
    near.clear();
    for (let k = 0; k < links; k++) near.offer(this.find(linkAt[k]!), linkD2[k]!, linkAt[k]!);
  }

  /**
   * The same from the component's grid: the rows the walk has reached in the 3×3 block of cells around
   * row i's, those of each cell within the window (where they start only moves on: the walk's times only
   * grow); then row i is reached.
   */
  private linkedAround(start: number, i: number, c: number): void {
    const { xyt, near, cellRows, cellXyt, cellStart, reached, windowFrom, linkAt, linkD2 } = this;
    const x = xyt[3 * i]!;
    const y = xyt[3 * i + 1]!;
    const since = xyt[3 * i + 2]! - this.params.windowS[c]!;
    const r = this.params.radiusM[c]!;
    const r2 = r * r;
    const cell = this.cellOf[i - start]!;
    const columns = this.columns;
    const column = cell % columns;
    // The links are gathered without a branch on "is it within the radius" (about half are), then offered.
    let links = 0;
    for (let dr = -columns; dr <= columns; dr += columns) {
      const middle = cell + dr;
      if (middle < 0 || middle >= this.cellCount) continue;
      for (let other = middle - Number(column > 0); other <= middle + Number(column < columns - 1); other++) {
        const end = cellStart[other]! + reached[other]!;
        let e = windowFrom[other]!;
        while (e < end && cellXyt[3 * e + 2]! < since) e++;
        windowFrom[other] = e;
        for (; e < end; e++) {
          const dx = cellXyt[3 * e]! - x;
          const dy = cellXyt[3 * e + 1]! - y;
          const d2 = dx * dx + dy * dy;
          linkAt[links] = e;
          linkD2[links] = d2;
          links += Number(d2 <= r2);
        }
      }
    }
    near.clear();
    for (let k = 0; k < links; k++) {
      const j = cellRows[linkAt[k]!]!;
      near.offer(this.find(j), linkD2[k]!, j);
    }
    reached[cell] = reached[cell]! + 1;
  }

  /**
   * Sorts the component's rows into cells of side just over the radius (two rows within the radius are
   * then never more than one cell apart, whatever the rounding), each cell's rows in canonical order, by
   * a counting sort. False when the grid would have too many cells for the rows (a long, thin component),
   * which is then read back in time instead.
   */
  private buildGrid(start: number, end: number, c: number): boolean {
    const { xyt } = this;
    const n = end - start;
    const { minX, maxX, minY, maxY } = boxOf(xyt, start, end);
    const inverseSide = CELL_MARGIN / this.params.radiusM[c]!;
    const columns = Math.floor((maxX - minX) * inverseSide) + 1;
    const cellCount = columns * (Math.floor((maxY - minY) * inverseSide) + 1);
    if (!(cellCount <= CELLS_PER_ROW * n + 64)) return false;
    this.columns = columns;
    this.cellCount = cellCount;
    this.ensure(n, cellCount);
    const { cellOf, cellRows, cellStart, reached } = this;
    cellStart.fill(0, 0, cellCount + 1);
    reached.fill(0, 0, cellCount);
    for (let i = start; i < end; i++) {
      const cell =
        Math.floor((xyt[3 * i + 1]! - minY) * inverseSide) * columns + Math.floor((xyt[3 * i]! - minX) * inverseSide);
      cellOf[i - start] = cell;
      cellStart[cell + 1] = cellStart[cell + 1]! + 1;
    }
    for (let cell = 1; cell <= cellCount; cell++) cellStart[cell] = cellStart[cell]! + cellStart[cell - 1]!;
    // `reached` counts the rows placed so far; the walk starts it again from 0.
    const { cellXyt } = this;
    for (let i = start; i < end; i++) {
      const cell = cellOf[i - start]!;
      const e = cellStart[cell]! + reached[cell]!;
      cellRows[e] = i;
      cellXyt[3 * e] = xyt[3 * i]!;
      cellXyt[3 * e + 1] = xyt[3 * i + 1]!;
      cellXyt[3 * e + 2] = xyt[3 * i + 2]!;
      reached[cell] = reached[cell]! + 1;
    }
    reached.fill(0, 0, cellCount);
    this.windowFrom.set(cellStart.subarray(0, cellCount));
    return true;
  }

  /** Room for the links of one row: one more than the rows, as a candidate is written before it is known to be one. */
  private ensureLinks(rows: number): void {
    if (this.linkAt.length > rows) return;
    this.linkAt = new Uint32Array(rows + 1);
    this.linkD2 = new Float64Array(rows + 1);
  }

  private ensure(rows: number, cells: number): void {
    if (this.cellOf.length < rows) {
      this.cellOf = new Uint32Array(rows);
      this.cellRows = new Uint32Array(rows);
      this.cellXyt = new Float64Array(3 * rows);
    }
    if (this.reached.length < cells) {
      this.cellStart = new Uint32Array(cells + 1);
      this.reached = new Uint32Array(cells);
      this.windowFrom = new Uint32Array(cells);
    }
  }

  /** Opens row i's own problem, then joins the problems it links to, nearest first, while they fit. */
  private open(i: number, c: number): void {
    const { parent, box, xyt, near } = this;
    parent[i] = i;
    box[4 * i] = box[4 * i + 1] = xyt[3 * i]!;
    box[4 * i + 2] = box[4 * i + 3] = xyt[3 * i + 1]!;
    if (near.size === 0) return;
    const span = this.params.maxSpanM[c]!;
    const span2 = span * span;
    near.sort();
    for (let e = 0; e < near.size; e++) {
      const mine = this.find(i);
      const theirs = this.find(near.root[e]!);
      if (mine !== theirs && fits(box, mine, theirs, span2))
        join(parent, box, Math.min(mine, theirs), Math.max(mine, theirs));
    }
  }
}

/** Whether the problems of roots a and b together keep a bounding-box diagonal within the span. */
function fits(box: Float64Array, a: number, b: number, span2: number): boolean {
  const dx = Math.max(box[4 * a + 1]!, box[4 * b + 1]!) - Math.min(box[4 * a]!, box[4 * b]!);
  const dy = Math.max(box[4 * a + 3]!, box[4 * b + 3]!) - Math.min(box[4 * a + 2]!, box[4 * b + 2]!);
  return dx * dx + dy * dy <= span2;
}

/** Joins root `other` under `root` (the earlier), which keeps the union's box. */
function join(parent: Int32Array, box: Float64Array, root: number, other: number): void {
  parent[other] = root;
  box[4 * root] = Math.min(box[4 * root]!, box[4 * other]!);
  box[4 * root + 1] = Math.max(box[4 * root + 1]!, box[4 * other + 1]!);
  box[4 * root + 2] = Math.min(box[4 * root + 2]!, box[4 * other + 2]!);
  box[4 * root + 3] = Math.max(box[4 * root + 3]!, box[4 * other + 3]!);
}

/**
 * The problems one row is linked to, each with its nearest link (squared distance, and the earlier row of
 * equal ones): a handful per row, kept in small arrays that grow and are reused from row to row.
 */
class NearestProblems {
  root = new Int32Array(16);
  d2 = new Float64Array(16);
  row = new Int32Array(16);
  size = 0;
  /** The entry offered to last. */
  last = 0;

  clear(): void {
    this.size = 0;
  }

  offer(root: number, d2: number, row: number): void {
    // In a busy spot most links go to one problem: the one offered last, tried first.
    const last = this.last;
    if (last < this.size && this.root[last] === root) {
      if (d2 < this.d2[last]! || (d2 === this.d2[last]! && row < this.row[last]!)) {
        this.d2[last] = d2;
        this.row[last] = row;
      }
      return;
    }
    for (let k = 0; k < this.size; k++) {
      if (this.root[k] !== root) continue;
      if (d2 < this.d2[k]! || (d2 === this.d2[k]! && row < this.row[k]!)) {
        this.d2[k] = d2;
        this.row[k] = row;
      }
      this.last = k;
      return;
    }
    if (this.size === this.root.length) this.grow();
    this.root[this.size] = root;
    this.d2[this.size] = d2;
    this.row[this.size] = row;
    this.last = this.size++;
  }

  /** Nearest first; equal distances, the earlier row first (rows are distinct, so the order is total). */
  sort(): void {
    for (let k = 1; k < this.size; k++) {
      const root = this.root[k]!;
      const d2 = this.d2[k]!;
      const row = this.row[k]!;
      let i = k - 1;
      while (i >= 0 && (this.d2[i]! > d2 || (this.d2[i] === d2 && this.row[i]! > row))) {
        this.root[i + 1] = this.root[i]!;
        this.d2[i + 1] = this.d2[i]!;
        this.row[i + 1] = this.row[i]!;
        i--;
      }
      this.root[i + 1] = root;
      this.d2[i + 1] = d2;
      this.row[i + 1] = row;
    }
  }

  private grow(): void {
    const size = 2 * this.root.length;
    const root = new Int32Array(size);
    const d2 = new Float64Array(size);
    const row = new Int32Array(size);
    root.set(this.root);
    d2.set(this.d2);
    row.set(this.row);
    this.root = root;
    this.d2 = d2;
    this.row = row;
  }
}

/** The bounding box of positions [from, to) of a layout of x, y, t triples. */
export function boxOf(xyt: Float64Array, from: number, to: number) {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  let maxY = -Infinity;
  for (let k = from; k < to; k++) {
    minX = Math.min(minX, xyt[3 * k]!);
    maxX = Math.max(maxX, xyt[3 * k]!);
    minY = Math.min(minY, xyt[3 * k + 1]!);
    maxY = Math.max(maxY, xyt[3 * k + 1]!);
  }
  return { minX, maxX, minY, maxY };
}

/**
 * The span bound of distinct problems (docs/problem-rule.md, "Bounding a problem's extent"): a single-link
 * component whose bounding box is wider than its class's max span is cut. Its requests are taken in
 * canonical (arrival) order; each one follows its links to earlier requests, nearest first, and joins
 * the problem at the other end whenever the two together still fit in the span. A component that fits
 * comes out whole from the same walk, which is why only the ones marked wide are walked (see
 * componentsOf).
 *
 * The walk needs every link of the rows it walks, not only enough of them to connect (what the grid pass
 * finds). Components do not link to each other, so each is walked on its own (problem-span-walk.ts), its
 * rows together in memory.
 */
import { WIDE, type Components } from './problem-components';
import { projectX, projectY, type CanonicalRows, type Projection } from './problem-links';
import type { ResolvedProblemParams } from './problem-options';
import type { ScratchArena } from './problem-sort';
import { boxOf, SpanWalk } from './problem-span-walk';

/**
 * Cuts every component wider than its span, in place: afterwards `components.first` holds, per canonical
 * position, the canonical position of the first member of its problem, and every problem's bounding box
 * has a diagonal ≤ its class's span. The components marked wide are those that may be (see componentsOf):
 * their rows are laid out together, each one's box is measured there, and one that fits is kept whole
 * without a walk (which would keep it whole too, only slower).
 */
export function boundSpans(
  components: Components,
  rows: CanonicalRows,
  projection: Projection,
  params: ResolvedProblemParams,
  arena: ScratchArena,
): void {
  const { first, wideCount, wideClass } = components;
  if (wideCount > 0) {
    const { xyt, rowAt, start } = layOut(components, rows, projection, arena);
    const walk = new SpanWalk(xyt, params, arena.i32(rowAt.length), arena.f64(4 * rowAt.length));
    for (let c = 0; c < wideCount; c++) {
      const from = start[c]!;
      const to = start[c + 1]!;
      const span = params.maxSpanM[wideClass[c]!]!;
      if (diagonal2(xyt, from, to) > span * span) {
        walk.walkComponent(from, to, wideClass[c]!);
        for (let k = from; k < to; k++) first[rowAt[k]!] = rowAt[walk.find(k)]!;
      } else {
        // Its first member is its first row in canonical order.
        for (let k = from; k < to; k++) first[rowAt[k]!] = rowAt[from]!;
      }
    }
    arena.give(xyt, rowAt, start, walk.parent, walk.box);
  }
  arena.give(wideClass);
}

/**
 * The squared bounding-box diagonal of positions [from, to) of the layout, as the walk's own test computes
 * it, so that a component kept whole is one the walk would keep whole.
 */
function diagonal2(xyt: Float64Array, from: number, to: number): number {
  const { minX, maxX, minY, maxY } = boxOf(xyt, from, to);
  const dx = maxX - minX;
  const dy = maxY - minY;
  return dx * dx + dy * dy;
}

/** The rows of the marked components laid out component by component, each in canonical order. */
interface WideLayout {
  /** x, y (projected as the grid pass projects them) and requestedAt of position k at [3k], [3k+1], [3k+2]. */
  xyt: Float64Array;
  /** Position → canonical position. */
  rowAt: Uint32Array;
  /** Marked component c is at positions [start[c], start[c+1]). */
  start: Uint32Array;
}

/**
 * A counting sort of the marked rows by component. The marked rows are first listed in canonical order in
 * a loop without a branch (a row of a component that fits is written where the next row overwrites it);
 * then only they are read, twice, in that order, the order of their data: counting, then moving each to
 * its place.
 */
function layOut({ first, wideCount }: Components, rows: CanonicalRows, p: Projection, arena: ScratchArena): WideLayout {
  const m = first.length;
  const marked = arena.u32(m + 1);
  let n = 0;
  for (let q = 0; q < m; q++) {
    marked[n] = q;
    // 1 for a marked row: WIDE is the top bit.
    n += first[q]! >>> 31;
  }
  const start = arena.u32(wideCount + 1).fill(0);
  for (let e = 0; e < n; e++) {
    const c = first[marked[e]!]! - WIDE + 1;
    start[c] = start[c]! + 1;
  }
  for (let c = 1; c <= wideCount; c++) start[c] = start[c]! + start[c - 1]!;
  const next = arena.u32(wideCount);
  next.set(start.subarray(0, wideCount));
  const xyt = arena.f64(3 * n);
  const rowAt = arena.u32(n);
  const { lonLatTime } = rows;
  for (let e = 0; e < n; e++) {
    const q = marked[e]!;
    const c = first[q]! - WIDE;
    const k = next[c]!;
    next[c] = k + 1;
    rowAt[k] = q;
    xyt[3 * k] = projectX(p, lonLatTime[3 * q]!);
    xyt[3 * k + 1] = projectY(p, lonLatTime[3 * q + 1]!);
    xyt[3 * k + 2] = lonLatTime[3 * q + 2]!;
  }
  arena.give(marked, next);
  return { xyt, rowAt, start };
}

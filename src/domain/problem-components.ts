/**
 * The connected components of the link graph, read off the grid's union-find (see linkedGrid), and the
 * components that may be wider than their class's max span marked for the span pass (problem-span.ts).
 */
import type { Grid } from './problem-links';
import type { ResolvedProblemParams } from './problem-options';
import type { ScratchArena } from './problem-sort';

/** `Components.first` of a row of a wide component: WIDE + the component's number among the wide ones. */
export const WIDE = 2 ** 31;

export interface Components {
  /**
   * Per canonical position, the canonical position of its component's first member: two rows are in one
   * component exactly when this is the same, and a row opens its component exactly when it is its own.
   * For the rows of a component that may be wider than its span, instead, WIDE + the component's number
   * among those (numbers 0… in spatial order of the components' roots): the span pass gives them their
   * first members. The arena's.
   */
  first: Uint32Array;
  /** How many components are marked wide (they may be). */
  wideCount: number;
  /** Per wide component number, its link class; the arena's. */
  wideClass: Uint32Array;
}

/**
 * The components of the grid's union-find (see Components), every one that may be wider than its class's
 * span marked wide. Gives the grid back to the arena.
 *
 * Which ones may be is decided by their number of rows, not by their boxes: a component's box is at most as
 * wide and as high as the links of a spanning tree of it add up to along each axis, so its diagonal is at
 * most the sum of their lengths (the triangle inequality), and a component of n rows, whose n − 1 links of
 * at most the radius cannot reach the span, fits. At the default
 * 50 m and 250 m, that rules out every component of six rows or fewer, most of them; counting rows costs
 * one addition per row, where growing boxes cost four comparisons and four stores. The span pass measures
 * the boxes of the rest, from their rows gathered anyway, and gives back whole those that fit.
 */
export function componentsOf(grid: Grid, params: ResolvedProblemParams, arena: ScratchArena): Components {
  const { parent, canonicalAt } = grid;
  const m = parent.length;
  const bounded = params.maxSpanM.some(Number.isFinite);
  const firstOfRoot = arena.u32(m);
  const size = arena.u32(m).fill(0);
  // Parents are smaller positions, so in one forward pass a row's parent already points at its root (a
  // root at itself): the root is the parent's parent. No branch on "is it a root", whose mispredictions
  // would stall the lookups; a row's own entries are written first, which is what a root's start from.
  rootsAndSizes(grid, firstOfRoot, size);
  const first = arena.u32(m);
  const wideClass = arena.u32(bounded ? m + 1 : 0);
  let wideCount = 0;
  if (bounded) wideCount = firstsMarkingWide(grid, params, { firstOfRoot, size, first, wideClass });
  else for (let k = 0; k < m; k++) first[canonicalAt[k]!] = firstOfRoot[parent[k]!]!;
  arena.give(grid.xyt, grid.cellStart, grid.cellKey, grid.cellBox, firstOfRoot, parent, canonicalAt, size);
  return { first, wideCount, wideClass };
}

/** Each row's root and each root's first canonical position and number of rows (`size` zeroed by the caller). */
function rootsAndSizes({ parent, canonicalAt }: Grid, firstOfRoot: Uint32Array, size: Uint32Array): void {
  for (let k = 0; k < parent.length; k++) {
    const c = canonicalAt[k]!;
    firstOfRoot[k] = c;
    const root = parent[parent[k]!]!;
    parent[k] = root;
    firstOfRoot[root] = Math.min(firstOfRoot[root]!, c);
    size[root] = size[root]! + 1;
  }
}

/**
 * Writes `first` (see Components), numbering on the way the roots of components that may be wider than
 * their class's span and writing each one's class at its number; returns how many. Positions go in
 * spatial order, class by class (the class is the top field of the cell key, so classes are runs of
 * positions); a root comes before the rest of its component, so its number is known when they need it.
 */
function firstsMarkingWide(
  grid: Grid,
  params: ResolvedProblemParams,
  out: { firstOfRoot: Uint32Array; size: Uint32Array; first: Uint32Array; wideClass: Uint32Array },
): number {
  const { parent, canonicalAt, cellStart, cellKey, cellCount, classStep } = grid;
  const { firstOfRoot, size, first, wideClass } = out;
  let count = 0;
  let cell = 0;
  while (cell < cellCount) {
    const linkClass = Math.floor(cellKey[cell]! / classStep);
    // The class's last cell, then its rows.
    let last = cell;
    while (last + 1 < cellCount && Math.floor(cellKey[last + 1]! / classStep) === linkClass) last++;
    // More links than this may reach past the span (a hair less than the span over the radius, for rounding).
    const links = (params.maxSpanM[linkClass]! * (1 - 1e-9)) / params.radiusM[linkClass]!;
    for (let k = cellStart[cell]!; k < cellStart[last + 1]!; k++) {
      // No branch: whether k is the root of a component that may be wide (a non-root's size is 0), as 0 or
      // 1; its class written where the next one would go; its size replaced by 1 + its number, or 0.
      const wide = Number(size[k]! - 1 > links);
      wideClass[count] = linkClass;
      count += wide;
      size[k] = wide * count;
      const root = parent[k]!;
      const number = size[root]!;
      // A row of a wide component gets WIDE + its number, any other its first member, chosen with an
      // integer mask (the stores into the Uint32Array take the int32 bits as they are).
      const mask = -Number(number > 0);
      first[canonicalAt[k]!] = (firstOfRoot[root]! & ~mask) | ((WIDE + number - 1) & mask);
    }
    cell = last + 1;
  }
  return count;
}

/**
 * The heatmap's colour scale, from the density of the requests on screen. deck.gl's HeatmapLayer scales to
 * the densest texel of its weights texture and makes everything above a fixed share of it (its `threshold`)
 * opaque: in a city of 150,000 requests the ordinary density of a busy district is above that share almost
 * everywhere, and the map turned into one wash of colour over the choropleth. Here the scale is set by what
 * the view holds, measured as the density around each request on screen: a place is opaque only where the
 * densest fifth of the requests lie, and never below twice the density around a typical request (so a city
 * dense all over is tinted rather than covered) nor below a few requests a cell; the ramp tops out where the densest twentieth lie. The ramp's
 * lowest colour is transparent (request-layers.ts), so less than that fades out altogether.
 */
import type { FilterRange } from './request-filter-range';

/** The part of the world on screen and its size in pixels (no rotation or pitch: the app allows neither). */
export interface ScreenFrame {
  west: number;
  south: number;
  east: number;
  north: number;
  width: number;
  height: number;
}

/** A place is opaque from the density around this share of the requests on screen, the densest… */
export const OPAQUE_SHARE = 0.2;
/** …but never below this many times the density around the median request… */
export const OPAQUE_FROM_MEDIAN = 2;
/** …and the ramp's top colour is reached where this share of them, the densest, lie. */
export const TOP_SHARE = 0.05;
/**
 * …nor for fewer requests than this in a cell: where requests are sparse on screen, a few reports of one
 * problem at one spot would otherwise be drawn as a concentration, and the view would be speckled with them.
 */
export const MIN_OPAQUE_REQUESTS = 4;
/** The ramp spans at least this factor of density, so that the dense places are told apart by colour. */
const MIN_RAMP_SPAN = 2;

/**
 * The heatmap's kernel (deck.gl's weights shader) integrated over the plane: a Gaussian of standard deviation
 * radius / 6, scaled to 6 / √π at its peak, holds 2√π / 6 · radius² pixels. A density of ρ requests per
 * square pixel therefore fills the weights texture with ρ times that.
 */
const KERNEL_AREA_PER_RADIUS_SQUARED = (2 * Math.sqrt(Math.PI)) / 6;

/**
 * The colour domain [opaque from, top colour from] in the units of the weights texture, or null when no
 * request passing `filterRange` lies on screen. Densities are counted in square cells of `cellPixels`, a
 * third of the kernel's radius — about its width; the density around a request is its cell's.
 */
export function densityDomain(
  positions: Float32Array,
  filterValues: Float32Array,
  filterRange: FilterRange,
  frame: ScreenFrame,
  radiusPixels: number,
): [number, number] | null {
  const cell = Math.max(1, radiusPixels / 3);
  const columns = Math.ceil(frame.width / cell);
  const rows = Math.ceil(frame.height / cell);
  const counts = new Uint32Array(columns * rows);
  const xScale = frame.width / (frame.east - frame.west) / cell;
  const yScale = frame.height / (frame.north - frame.south) / cell;
  const size = filterRange.length;
  const count = positions.length / 2;
  for (let i = 0; i < count; i++) {
    const column = Math.floor((positions[2 * i]! - frame.west) * xScale);
    const row = Math.floor((frame.north - positions[2 * i + 1]!) * yScale);
    if (column < 0 || column >= columns || row < 0 || row >= rows) continue;
    if (!passes(filterValues, i * size, filterRange)) continue;
    counts[row * columns + column]!++;
  }
  const occupied = Uint32Array.from(counts.filter((c) => c > 0)).sort();
  if (occupied.length === 0) return null;
  const around = requestQuantiles(occupied, [0.5, 1 - OPAQUE_SHARE, 1 - TOP_SHARE]);
  const opaque = Math.max(around[1]!, OPAQUE_FROM_MEDIAN * around[0]!, MIN_OPAQUE_REQUESTS);
  const top = Math.max(around[2]!, MIN_RAMP_SPAN * opaque);
  const weight = (requests: number) => (KERNEL_AREA_PER_RADIUS_SQUARED * radiusPixels ** 2 * requests) / cell ** 2;
  return [weight(opaque), weight(top)];
}

/**
 * For each share q (ascending), the count of the cell holding the request at that share of all requests,
 * the requests ordered by the count of their cell: the density around it. `sorted` are the occupied cells'
 * counts, ascending.
 */
export function requestQuantiles(sorted: Uint32Array, shares: readonly number[]): number[] {
  let total = 0;
  for (const c of sorted) total += c;
  const result: number[] = [];
  let seen = 0;
  let i = 0;
  for (const share of shares) {
    while (i < sorted.length - 1 && seen + sorted[i]! <= share * total) seen += sorted[i++]!;
    result.push(sorted[i]!);
  }
  return result;
}

function passes(values: Float32Array, offset: number, range: FilterRange): boolean {
  for (let d = 0; d < range.length; d++) {
    const v = values[offset + d]!;
    if (v < range[d]![0] || v > range[d]![1]) return false;
  }
  return true;
}

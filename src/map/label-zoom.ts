/**
 * From which zoom neighbourhood names take over from district names. A fixed zoom suits one city at one
 * screen size only: a city of large districts reaches it late or never, and a wall display, whose labels are
 * drawn larger, reaches it already at the whole-city view. So the zoom is where a typical neighbourhood is
 * wide enough on screen to carry its name — measured from the city's own neighbourhoods, in pixels that
 * grow with the interface's scale.
 */
import type { AreaShape } from '../domain/geometry';
import { areaBBox } from '../domain/geometry';

/** Pixels, on a desktop, that a typical neighbourhood spans when its name is shown. */
export const NEIGHBOURHOOD_LABEL_ROOM = 240;

/** Web Mercator at MapLibre's 512-pixel tiles: the y of a latitude at zoom 0. */
function mercatorY(lat: number): number {
  const sin = Math.sin((lat * Math.PI) / 180);
  return (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * 512;
}

/** The area's size in pixels at zoom 0: the geometric mean of its box's width and height. */
export function spanAtZoomZero(shape: AreaShape): number {
  const [west, south, east, north] = areaBBox(shape);
  const width = ((east - west) / 360) * 512;
  const height = mercatorY(south) - mercatorY(north);
  return Math.sqrt(width * height);
}

/**
 * The zoom from which the median neighbourhood spans NEIGHBOURHOOD_LABEL_ROOM pixels times `uiScale`;
 * Infinity for a city without neighbourhoods.
 */
export function neighbourhoodLabelZoom(neighbourhoods: readonly AreaShape[], uiScale: number): number {
  const spans = neighbourhoods
    .map(spanAtZoomZero)
    .filter((s) => s > 0)
    .sort((a, b) => a - b);
  const median = spans[Math.floor(spans.length / 2)];
  if (median === undefined) return Infinity;
  return Math.log2((NEIGHBOURHOOD_LABEL_ROOM * Math.max(1, uiScale)) / median);
}

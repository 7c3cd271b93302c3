/**
 * The view that frames a bounding box in a map of a given size, worked out at once rather than flown to:
 * a map drawn once for a picture has no time to fly. Web Mercator at MapLibre's 512-pixel tiles, no
 * rotation or pitch (the app allows neither).
 */
import type { BBox } from '../domain/geometry';
import type { MapView } from './city-map';

const TILE = 512;

/** Mercator x and y of a lon/lat as shares of the world (0 to 1, y downwards). */
function mercator(lon: number, lat: number): [number, number] {
  const sin = Math.sin((lat * Math.PI) / 180);
  return [(lon + 180) / 360, 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)];
}

function latitudeOf(y: number): number {
  return (Math.atan(Math.sinh(Math.PI * (1 - 2 * y))) * 180) / Math.PI;
}

/** The centre and zoom at which `bbox` fills the map but for `padding` pixels on every side. */
export function fitView(bbox: BBox, size: { width: number; height: number }, padding: number): MapView {
  const [west, south, east, north] = bbox;
  const [x0, y0] = mercator(west, north);
  const [x1, y1] = mercator(east, south);
  const room = (pixels: number) => Math.max(1, pixels - 2 * padding);
  // A box of no extent (one point) is framed at the zoom of a street.
  const spanX = Math.max(x1 - x0, 1e-9);
  const spanY = Math.max(y1 - y0, 1e-9);
  const zoom = Math.log2(Math.min(room(size.width) / (spanX * TILE), room(size.height) / (spanY * TILE)));
  return { center: [(west + east) / 2, latitudeOf((y0 + y1) / 2)], zoom: Math.min(zoom, 18) };
}

/**
 * Plane geometry on lon/lat degrees, for the small extents of one city. Shapes follow GeoJSON: a polygon is
 * an outer ring followed by its holes; a multipolygon is a list of polygons.
 */
export type Position = readonly number[];
export type Ring = readonly Position[];
export type PolygonCoordinates = readonly Ring[];
export type AreaShape =
  | { type: 'Polygon'; coordinates: PolygonCoordinates }
  | { type: 'MultiPolygon'; coordinates: readonly PolygonCoordinates[] };

/**
 * Metres per degree of latitude, and of longitude at the equator (times cos(latitude) elsewhere): the local
 * equirectangular plane the clustering and the hexbins measure in, accurate to well under 1 % over a city.
 */
export const METRES_PER_DEGREE_LAT = 110_540;
export const METRES_PER_DEGREE_LON = 111_320;

/** [west, south, east, north] */
export type BBox = [number, number, number, number];

/** Even-odd ray casting: true when (x, y) is inside the ring (boundary points may go either way). */
export function pointInRing(x: number, y: number, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const xi = ring[i]![0]!;
    const yi = ring[i]![1]!;
    const xj = ring[j]![0]!;
    const yj = ring[j]![1]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** True when (x, y) is inside the polygon's outer ring and in none of its holes. */
export function pointInPolygon(x: number, y: number, polygon: PolygonCoordinates): boolean {
  if (!polygon[0] || !pointInRing(x, y, polygon[0])) return false;
  for (let h = 1; h < polygon.length; h++) if (pointInRing(x, y, polygon[h]!)) return false;
  return true;
}

/** True when (x, y) is inside the area (any part of a multipolygon). */
export function pointInArea(x: number, y: number, area: AreaShape): boolean {
  if (area.type === 'Polygon') return pointInPolygon(x, y, area.coordinates);
  return area.coordinates.some((polygon) => pointInPolygon(x, y, polygon));
}

/** The bounding box of an area. */
export function areaBBox(area: AreaShape): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  const polygons = area.type === 'Polygon' ? [area.coordinates] : area.coordinates;
  for (const polygon of polygons) {
    for (const [x, y] of polygon[0] ?? []) {
      if (x! < box[0]) box[0] = x!;
      if (y! < box[1]) box[1] = y!;
      if (x! > box[2]) box[2] = x!;
      if (y! > box[3]) box[3] = y!;
    }
  }
  return box;
}

/** Shared fixtures of the demo-city tests: a fixed `now`, and small geometry checks written independently. */
import type { AreaShape } from '../../../src/domain/geometry';

export const NOW = new Date('2025-06-15T08:00:00Z');
export const NOW_SEC = NOW.getTime() / 1000;
export const DAY = 86400;

/** Distance from (x, y) to segment ab, in degrees (fine at city scale for a tolerance check). */
function segmentDistance(x: number, y: number, a: readonly number[], b: readonly number[]): number {
  const dx = b[0]! - a[0]!;
  const dy = b[1]! - a[1]!;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - a[0]!) * dx + (y - a[1]!) * dy) / len2));
  return Math.hypot(x - (a[0]! + t * dx), y - (a[1]! + t * dy));
}

/** Distance from a point to the outer boundary of an area, in degrees. */
export function distanceToBoundary(x: number, y: number, area: AreaShape): number {
  const polygons = area.type === 'Polygon' ? [area.coordinates] : area.coordinates;
  let best = Infinity;
  for (const polygon of polygons) {
    for (const ring of polygon) {
      for (let i = 1; i < ring.length; i++) best = Math.min(best, segmentDistance(x, y, ring[i - 1]!, ring[i]!));
    }
  }
  return best;
}

/** Shoelace area of an area's rings, in square degrees (holes subtracted). */
export function areaOf(area: AreaShape): number {
  const polygons = area.type === 'Polygon' ? [area.coordinates] : area.coordinates;
  let total = 0;
  for (const polygon of polygons) {
    polygon.forEach((ring, k) => {
      let sum = 0;
      for (let i = 1; i < ring.length; i++) sum += ring[i - 1]![0]! * ring[i]![1]! - ring[i]![0]! * ring[i - 1]![1]!;
      total += (k === 0 ? 1 : -1) * Math.abs(sum / 2);
    });
  }
  return total;
}

/** Metres between two lon/lat points (equirectangular; fine within a city). */
export function metres(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const k = Math.PI / 180;
  const x = (lon2 - lon1) * k * Math.cos(((lat1 + lat2) / 2) * k);
  return 6_371_000 * Math.hypot(x, (lat2 - lat1) * k);
}

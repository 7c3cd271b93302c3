/**
 * The demo city's local frame: kilometres east (x) and north (y) of Urmia's centre. Lon/lat and this frame
 * are related by an affine map, so straight lines (polygon edges, rays from the centre) stay straight.
 */

/** Urmia's centre (lon, lat): the old bazaar, near Imam Street. */
export const CENTER: readonly [number, number] = [45.07, 37.55];
export const TIMEZONE = 'Asia/Tehran';
/** Asia/Tehran has kept +03:30 all year since 2022. */
export const UTC_OFFSET_SECONDS = 3.5 * 3600;

const KM_PER_DEG_LAT = 110.574;
const KM_PER_DEG_LON = 111.32 * Math.cos((CENTER[1] * Math.PI) / 180);

export function lonOf(x: number): number {
  return CENTER[0] + x / KM_PER_DEG_LON;
}

export function latOf(y: number): number {
  return CENTER[1] + y / KM_PER_DEG_LAT;
}

export function toLonLat(x: number, y: number): [number, number] {
  return [lonOf(x), latOf(y)];
}

export function toKm(lon: number, lat: number): [number, number] {
  return [(lon - CENTER[0]) * KM_PER_DEG_LON, (lat - CENTER[1]) * KM_PER_DEG_LAT];
}

/** Great-circle distance in metres between two lon/lat positions. */
export function haversineMeters(a: readonly number[], b: readonly number[]): number {
  const rad = Math.PI / 180;
  const dLat = (b[1]! - a[1]!) * rad;
  const dLon = (b[0]! - a[0]!) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1]! * rad) * Math.cos(b[1]! * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6_371_008.8 * Math.asin(Math.sqrt(h));
}

/** Length in metres of a lon/lat polyline. */
export function lineLengthMeters(line: readonly (readonly number[])[]): number {
  let total = 0;
  for (let i = 1; i < line.length; i++) total += haversineMeters(line[i - 1]!, line[i]!);
  return total;
}

/** Seconds since the epoch of the local (Tehran) midnight that starts the day containing `sec`. */
export function localMidnight(sec: number): number {
  return Math.floor((sec + UTC_OFFSET_SECONDS) / 86400) * 86400 - UTC_OFFSET_SECONDS;
}

/** The local (Tehran) calendar date of `sec`, as YYYY-MM-DD. */
export function localIsoDate(sec: number): string {
  return new Date((sec + UTC_OFFSET_SECONDS) * 1000).toISOString().slice(0, 10);
}

/**
 * A dropped GeoJSON file: points are requests (their properties are the columns, matched like a CSV's
 * headers, and the geometry gives `long` and `lat`); polygons are areas (areas-reading.ts). A file of
 * neither is refused with the reason.
 */

export interface TableContent {
  kind: 'table';
  headers: string[];
  rows: string[][];
}

export interface AreasContent {
  kind: 'areas';
  features: unknown[];
}

export type GeoJsonContent = TableContent | AreasContent;

interface LooseFeature {
  type?: unknown;
  geometry?: { type?: unknown; coordinates?: unknown } | null;
  properties?: Record<string, unknown> | null;
}

const isPolygon = (f: LooseFeature) => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon';
const isPoint = (f: LooseFeature) => f.geometry?.type === 'Point' || f.geometry?.type === 'MultiPoint';

/** The features of a FeatureCollection or of a single Feature; throws when the body is neither. */
function featuresOf(body: unknown): LooseFeature[] {
  const value = body as { type?: unknown; features?: unknown } | null;
  if (value?.type === 'FeatureCollection' && Array.isArray(value.features)) return value.features as LooseFeature[];
  if (value?.type === 'Feature') return [value as LooseFeature];
  throw new Error('not a GeoJSON FeatureCollection');
}

/** A property as a cell: text as is, numbers and booleans as written, objects as JSON, nothing as ''. */
function cellOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The first position of a point (a multipoint's first), or null. */
function positionOf(f: LooseFeature): [unknown, unknown] | null {
  const c = f.geometry?.coordinates;
  const first = f.geometry?.type === 'MultiPoint' && Array.isArray(c) ? c[0] : c;
  return Array.isArray(first) && first.length >= 2 ? [first[0], first[1]] : null;
}

/** What a parsed GeoJSON body holds: requests as a table of cells, or areas. */
export function readGeoJson(body: unknown): GeoJsonContent {
  const features = featuresOf(body);
  const points = features.filter(isPoint).length;
  const polygons = features.filter(isPolygon).length;
  if (points === 0 && polygons === 0) throw new Error('the file has neither points nor polygons');
  if (points === 0) return { kind: 'areas', features };
  const keys = new Set<string>();
  for (const f of features) for (const key of Object.keys(f.properties ?? {})) keys.add(key);
  // The geometry's coordinates go under the contract's own names, which outrank any property's name.
  const headers = ['long', 'lat', ...[...keys].filter((k) => k !== 'long' && k !== 'lat')];
  const rows = features.map((f) => {
    const position = isPoint(f) ? positionOf(f) : null;
    const properties = f.properties ?? {};
    return [cellOf(position?.[0]), cellOf(position?.[1]), ...headers.slice(2).map((k) => cellOf(properties[k]))];
  });
  return { kind: 'table', headers, rows };
}

/**
 * District and neighbourhood collections, read feature by feature: a feature that breaks the contract is
 * set aside with its reason and the others are drawn. Rings a city left open are closed (the last position
 * repeats the first, as RFC 7946 asks); a ring of fewer than four positions once closed (fewer than three
 * corners, counting repeats) is set aside.
 */
import type { z } from 'zod';
import { FeatureList, type AreaGeometry } from './schemas';

export interface AreaSetAside {
  /** Position of the feature in the collection. */
  index: number;
  /** Its id when it has a readable one. */
  id: string | null;
  reason: string;
}

export interface AreaReading<F> {
  collection: { type: 'FeatureCollection'; features: F[] };
  setAside: AreaSetAside[];
}

type Polygon = Extract<AreaGeometry, { type: 'Polygon' }>['coordinates'];
type Ring = Polygon[number];

/** The ring closed, or null when it has fewer than three distinct corners. */
function closedRing(ring: Ring): Ring | null {
  const first = ring[0]!;
  const last = ring[ring.length - 1]!;
  const closed = first[0] === last[0] && first[1] === last[1] ? ring : [...ring, first];
  return closed.length >= 4 ? closed : null;
}

/** The geometry with every ring closed, or the reason it cannot be drawn. */
function repaired(geometry: AreaGeometry): AreaGeometry | string {
  const polygons: Polygon[] = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const fixed: Ring[][] = [];
  for (const polygon of polygons) {
    const rings: Ring[] = [];
    for (const ring of polygon) {
      const closed = closedRing(ring);
      if (!closed) return 'a ring has fewer than three corners';
      rings.push(closed);
    }
    fixed.push(rings);
  }
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: fixed[0]! }
    : { type: 'MultiPolygon', coordinates: fixed };
}

function idOf(raw: unknown): string | null {
  const id = (raw as { properties?: { id?: unknown } } | null)?.properties?.id;
  return typeof id === 'string' || typeof id === 'number' ? String(id) : null;
}

/**
 * Reads a collection with `feature` (the schema of one feature). Throws `Error` with the contract's words
 * only when the body is not a FeatureCollection at all; everything else is a set-aside feature.
 */
export function readAreas<F extends { properties: { id: string }; geometry: AreaGeometry }>(
  body: unknown,
  feature: z.ZodType<F>,
): AreaReading<F> {
  const list = FeatureList.safeParse(body);
  if (!list.success) throw new Error('not a GeoJSON FeatureCollection');
  const features: F[] = [];
  const setAside: AreaSetAside[] = [];
  const seen = new Set<string>();
  list.data.features.forEach((raw, index) => {
    const parsed = feature.safeParse(raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setAside.push({ index, id: idOf(raw), reason: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}` });
      return;
    }
    const area = parsed.data;
    const geometry = repaired(area.geometry);
    if (typeof geometry === 'string') setAside.push({ index, id: area.properties.id, reason: geometry });
    else if (seen.has(area.properties.id)) setAside.push({ index, id: area.properties.id, reason: 'duplicate id' });
    else {
      seen.add(area.properties.id);
      features.push({ ...area, geometry });
    }
  });
  return { collection: { type: 'FeatureCollection', features }, setAside };
}

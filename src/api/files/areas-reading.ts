/**
 * Dropped polygon files as the city's districts and neighbourhoods. A polygon is a neighbourhood when a
 * property names another polygon as its parent (`district_id`, `parent`, `منطقه`…), or when its file's
 * polygons lie inside another file's; the others are districts. Properties are read by common names, ids
 * that would not fit a link are replaced by short ones, and the result goes through the contract's own area
 * reading (readAreas), so a broken polygon is set aside with its reason as it would be from the API.
 */
import pointOnFeature from '@turf/point-on-feature';
import { pointInArea, areaBBox, type AreaShape } from '../../domain/geometry';
import { readAreas, type AreaSetAside } from '../areas';
import {
  DistrictFeature,
  NeighbourhoodFeature,
  type DistrictCollection,
  type LocalizedName,
  type NeighbourhoodCollection,
} from '../schemas';
import { normalizeHeader } from './file-fields';

export interface AreaFiles {
  districts: DistrictCollection;
  neighbourhoods: NeighbourhoodCollection;
  setAside: AreaSetAside[];
}

/** Share of a file's polygons that must lie inside another file's for it to be their neighbourhoods. */
const NESTED_SHARE = 0.8;
/** Ids travel in links (`?d=`): what does not match the link's pattern is replaced. */
const LINK_ID = /^[\w-]{1,64}$/;

const names = (list: string[]) => list.map(normalizeHeader);
const ID_KEYS = names(['id', 'code', 'fid', 'objectid', 'شناسه', 'کد']);
const NAME_KEYS = names(['name', 'title', 'label', 'نام', 'عنوان']);
const NAME_FA_KEYS = names(['name_fa', 'نام فارسی']);
const NAME_EN_KEYS = names(['name_en', 'english name']);
const POPULATION_KEYS = names(['population', 'pop', 'جمعیت']);
const PARENT_KEYS = names(['district_id', 'parent_id', 'parent', 'district', 'منطقه', 'کد منطقه']);

interface Area {
  file: number;
  /** The id as the file writes it, which parents refer to. */
  sourceId: string;
  name: LocalizedName | null;
  population: number | undefined;
  parent: string | null;
  geometry: AreaShape;
}

function pick(properties: Record<string, unknown>, keys: string[]): unknown {
  for (const [key, value] of Object.entries(properties)) {
    if (keys.includes(normalizeHeader(key)) && value !== null && value !== '') return value;
  }
  return undefined;
}

const text = (value: unknown) => (typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '');

function areaOf(raw: unknown, file: number, index: number): Area | null {
  const f = raw as { id?: unknown; properties?: Record<string, unknown> | null; geometry?: AreaShape | null };
  const type = f.geometry?.type;
  if (type !== 'Polygon' && type !== 'MultiPolygon') return null;
  const p = f.properties ?? {};
  const plain = text(pick(p, NAME_KEYS));
  const fa = text(pick(p, NAME_FA_KEYS)) || plain;
  const en = text(pick(p, NAME_EN_KEYS)) || plain;
  const population = pick(p, POPULATION_KEYS);
  return {
    file,
    sourceId: text(pick(p, ID_KEYS)) || text(f.id) || `${file + 1}.${index + 1}`,
    name: fa || en ? { fa: fa || en, en: en || fa } : null,
    population:
      typeof population === 'number' && Number.isInteger(population) && population >= 0 ? population : undefined,
    parent: text(pick(p, PARENT_KEYS)) || null,
    geometry: f.geometry!,
  };
}

/** A point inside the area (a centroid can fall outside a concave one); null for a broken ring. */
function innerPoint(area: Area): [number, number] | null {
  try {
    const feature = { type: 'Feature' as const, properties: {}, geometry: area.geometry as GeoJSON.Polygon };
    const [lon, lat] = pointOnFeature(feature).geometry.coordinates;
    return [lon!, lat!];
  } catch {
    // readAreas names what is wrong with it.
    return null;
  }
}

const bboxArea = (shape: AreaShape) => {
  const [w, s, e, n] = areaBBox(shape);
  return (e - w) * (n - s);
};

/** The area of another file that contains `area`, the smallest such, or null. */
function container(area: Area, areas: Area[]): Area | null {
  const point = innerPoint(area);
  if (!point) return null;
  const [lon, lat] = point;
  const size = bboxArea(area.geometry);
  let best: Area | null = null;
  for (const other of areas) {
    if (other.file === area.file || bboxArea(other.geometry) <= size) continue;
    if (!pointInArea(lon, lat, other.geometry)) continue;
    if (!best || bboxArea(other.geometry) < bboxArea(best.geometry)) best = other;
  }
  return best;
}

/** Each area's parent area (by property, else by a file nested in another), or undefined for districts. */
function parents(areas: Area[], files: number): Map<Area, Area> {
  const bySourceId = new Map(areas.map((a) => [a.sourceId, a]));
  const parentOf = new Map<Area, Area>();
  for (const area of areas) {
    const parent = area.parent === null ? undefined : bySourceId.get(area.parent);
    if (parent && parent !== area) parentOf.set(area, parent);
  }
  if (parentOf.size > 0 || files < 2) return parentOf;
  for (let file = 0; file < files; file++) {
    const inFile = areas.filter((a) => a.file === file);
    const found = inFile.map((a) => [a, container(a, areas)] as const).filter(([, c]) => c !== null);
    if (inFile.length > 0 && found.length >= NESTED_SHARE * inFile.length) {
      for (const [a, c] of found) parentOf.set(a, c!);
    }
  }
  return parentOf;
}

/** The district an area belongs to: its parent's district when the parent is a neighbourhood itself. */
function districtOf(area: Area, parentOf: Map<Area, Area>): Area {
  let top = area;
  for (let depth = 0; parentOf.has(top) && depth < 8; depth++) top = parentOf.get(top)!;
  return top;
}

/** Districts and neighbourhoods from the features of each dropped polygon file. */
export function readAreaFiles(files: readonly (readonly unknown[])[]): AreaFiles {
  const setAside: AreaSetAside[] = [];
  const areas: Area[] = [];
  files.forEach((features, file) =>
    features.forEach((raw, index) => {
      const area = areaOf(raw, file, index);
      if (area) areas.push(area);
      else setAside.push({ index, id: null, reason: 'not a polygon' });
    }),
  );
  const parentOf = parents(areas, files.length);
  const ids = new Map<Area, string>();
  const used = new Set<string>();
  const idOf = (area: Area, prefix: string) => {
    let id = ids.get(area);
    if (id === undefined) {
      id = LINK_ID.test(area.sourceId) && !used.has(area.sourceId) ? area.sourceId : `${prefix}${ids.size + 1}`;
      used.add(id);
      ids.set(area, id);
    }
    return id;
  };
  const feature = (area: Area, id: string, extra: object = {}) => ({
    type: 'Feature',
    properties: { id, name: area.name ?? id, population: area.population, ...extra },
    geometry: area.geometry,
  });
  const districtAreas = areas.filter((a) => !parentOf.has(a));
  const districts = readAreas(
    { type: 'FeatureCollection', features: districtAreas.map((a) => feature(a, idOf(a, 'd'))) },
    DistrictFeature,
  );
  const neighbourhoods = readAreas(
    {
      type: 'FeatureCollection',
      features: areas
        .filter((a) => parentOf.has(a))
        .map((a) => feature(a, idOf(a, 'n'), { district_id: idOf(districtOf(a, parentOf), 'd') })),
    },
    NeighbourhoodFeature,
  );
  return {
    districts: districts.collection,
    neighbourhoods: neighbourhoods.collection,
    setAside: [...setAside, ...districts.setAside, ...neighbourhoods.setAside],
  };
}

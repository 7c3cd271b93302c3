/**
 * The city as the app uses it, from what a source says of it: the map's extent from the districts when the
 * city gives none, and a time zone the browser knows (a zone it does not know is replaced by UTC, and a
 * note says so — never a blank page).
 */
import type { AreaReading } from './areas';
import { areaBBox, type BBox } from '../domain/geometry';
import { isTimeZone, type CalendarName, type City, type DistrictCollection, type LocalizedName } from './schemas';

export interface CityInfo {
  id: string;
  name: LocalizedName;
  center: [number, number];
  bbox: BBox;
  timezone: string;
  calendar: CalendarName;
  population: number | null;
  /** What the city calls its request line, or null (the top bar then names the city alone). */
  requestLine: LocalizedName | null;
}

/** Something the city's data lacked or got wrong that the app worked around, shown in the data note. */
export type CityNote =
  | { kind: 'unknown_time_zone'; value: string }
  | { kind: 'areas_set_aside'; layer: 'districts' | 'neighbourhoods'; count: number; first: string }
  | { kind: 'no_basemap' }
  /** config.json's basemapStyleUrl could not be used: the embedded basemap is drawn instead. */
  | { kind: 'basemap_style_failed'; url: string; reason: string }
  | { kind: 'no_neighbourhoods' };

/**
 * The [west, south, east, north] of every district, or of the whole world when there is none. A loop, not
 * `Math.min(...boxes)`: spreading some 150,000 features overflows the call stack.
 */
function districtsBBox(districts: DistrictCollection): BBox {
  if (districts.features.length === 0) return [-180, -85, 180, 85];
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const feature of districts.features) {
    const [w, s, e, n] = areaBBox(feature.geometry);
    box[0] = Math.min(box[0], w);
    box[1] = Math.min(box[1], s);
    box[2] = Math.max(box[2], e);
    box[3] = Math.max(box[3], n);
  }
  return box;
}

export function cityInfo(
  city: Omit<City, 'version'>,
  districts: DistrictCollection,
): { info: CityInfo; notes: CityNote[] } {
  const notes: CityNote[] = [];
  const knownZone = isTimeZone(city.timezone);
  if (!knownZone) notes.push({ kind: 'unknown_time_zone', value: city.timezone.slice(0, 64) });
  const bbox = city.bbox ?? districtsBBox(districts);
  return {
    info: {
      id: city.id,
      name: city.name,
      bbox,
      center: city.center ?? [(bbox[0] + bbox[2]) / 2, (bbox[1] + bbox[3]) / 2],
      timezone: knownZone ? city.timezone : 'UTC',
      calendar: city.calendar,
      population: city.population ?? null,
      requestLine: city.request_line ?? null,
    },
    notes,
  };
}

/** The note of an area collection some of whose features were set aside (none when all were drawn). */
export function areasSetAsideNote(layer: 'districts' | 'neighbourhoods', reading: AreaReading<unknown>): CityNote[] {
  const first = reading.setAside[0];
  if (!first) return [];
  const which = first.id ?? `#${String(first.index + 1)}`;
  return [{ kind: 'areas_set_aside', layer, count: reading.setAside.length, first: `${which}: ${first.reason}` }];
}

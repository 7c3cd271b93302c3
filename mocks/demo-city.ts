/**
 * The demo city of Urmia: every payload of the API, from a seed and a `now`. Cheap payloads are built on
 * first use; requests are generated once, JSON pages are built from the table on demand and columnar bodies
 * are cached per filter.
 */
import {
  CONTRACT_VERSION,
  type BasemapRoads,
  type BasemapWater,
  type CityBody,
  type DistrictCollection,
  type EServices,
  type FiberSegmentCollection,
  type NeighbourhoodCollection,
  type Service,
} from '../src/api/schemas';
import { areaBBox } from '../src/domain/geometry';
import { CITY_POPULATION, buildDistricts, buildNeighbourhoods } from './city/areas';
import { buildRoads, buildWater } from './city/basemap';
import { buildEServices } from './city/eservices';
import { buildFiber } from './city/fiber';
import { CENTER, TIMEZONE } from './city/frame';
import { generateRequests, type GeneratedRequests } from './city/requests';
import { arrivalsBy, liveRequests, type LiveRate } from './city/live';
import { CATEGORIES } from './city/services';
import { filterKey, filterRows, requestArrow, rowOfId, type RequestFilter } from './request-query';

export const DEFAULT_SEED = 137;
export const DEFAULT_REQUEST_COUNT = 150_000;

export interface DemoCityOptions {
  seed?: number;
  /** The end of the demo year; the running demo uses today, tests a fixed date. */
  now?: Date;
  requestCount?: number;
  /** Requests generated elsewhere (the browser generates them in a worker) for this seed, now and count. */
  requests?: GeneratedRequests;
  /** Keeps the city changing after `now` (see city/live.ts); without it the requests stay as generated. */
  live?: LiveRate & {
    /** Milliseconds since the epoch; Date.now when not given. */
    clock?: () => number;
  };
}

/** The requests at one moment: a handler reads all it needs from one view, whatever changes meanwhile. */
export interface DemoRequests {
  readonly requests: GeneratedRequests;
  /** Rows passing a filter, ascending (cached per filter). */
  rows(filter: RequestFilter): Uint32Array;
  /** The Arrow body for a filter (cached per filter). */
  arrow(filter: RequestFilter): Uint8Array;
  /** The row of a request id, or -1. */
  rowOf(id: string): number;
}

export interface DemoCity extends DemoRequests {
  readonly seed: number;
  readonly now: Date;
  readonly requestCount: number;
  readonly city: CityBody;
  readonly districts: DistrictCollection;
  readonly neighbourhoods: NeighbourhoodCollection;
  readonly services: Service[];
  readonly fiber: FiberSegmentCollection;
  readonly eservices: EServices;
  readonly roads: BasemapRoads;
  readonly water: BasemapWater;
  /** The requests as they are now (with the live changes so far, when the city is live). */
  at(): DemoRequests;
}

/** A small cache keeping the most recently used entries. */
function lru<V>(size: number) {
  const map = new Map<string, V>();
  return (key: string, make: () => V): V => {
    const hit = map.get(key);
    if (hit !== undefined) {
      map.delete(key);
      map.set(key, hit);
      return hit;
    }
    const value = make();
    map.set(key, value);
    if (map.size > size) map.delete(map.keys().next().value!);
    return value;
  };
}

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  let made = false;
  return () => {
    if (!made) {
      value = make();
      made = true;
    }
    return value as T;
  };
}

/** Builds the demo city; nothing heavy runs until a payload is read. */
export function createDemoCity({
  seed = DEFAULT_SEED,
  now = new Date(),
  requestCount = DEFAULT_REQUEST_COUNT,
  requests: generated,
  live,
}: DemoCityOptions = {}): DemoCity {
  const districts = lazy(buildDistricts);
  const city = lazy((): CityBody => {
    const boxes = districts().features.map((f) => areaBBox(f.geometry));
    const bbox: CityBody['bbox'] = [
      Math.min(...boxes.map((b) => b[0])),
      Math.min(...boxes.map((b) => b[1])),
      Math.max(...boxes.map((b) => b[2])),
      Math.max(...boxes.map((b) => b[3])),
    ];
    return {
      version: CONTRACT_VERSION,
      id: 'urmia',
      name: { fa: 'ارومیه', en: 'Urmia' },
      center: [CENTER[0], CENTER[1]],
      bbox,
      timezone: TIMEZONE,
      calendar: 'persian',
      population: CITY_POPULATION,
      request_line: { fa: 'سامانهٔ ۱۳۷', en: 'the 137 system' },
    };
  });
  const neighbourhoods = lazy(buildNeighbourhoods);
  const year = lazy(() => generated ?? generateRequests({ seed, now, count: requestCount }));
  const clock = live?.clock ?? Date.now;
  let current: { arrivals: number; requests: GeneratedRequests } | null = null;
  const requests = (): GeneratedRequests => {
    const arrivals = live ? arrivalsBy(year(), live, Math.floor(clock() / 1000)) : 0;
    if (current?.arrivals !== arrivals) {
      current = { arrivals, requests: live && arrivals > 0 ? liveRequests(year(), seed, live, arrivals) : year() };
    }
    return current.requests;
  };
  const fiber = lazy(() => buildFiber(seed, now));
  const eservices = lazy(() => buildEServices(seed, now));
  const roads = lazy(buildRoads);
  const water = lazy(buildWater);
  const rowCache = lru<Uint32Array>(16);
  const arrowCache = lru<Uint8Array>(4);
  const at = (): DemoRequests => {
    const data = requests();
    // Keyed by the table's size too: every live change adds a row, so a cached body is never stale.
    const key = (filter: RequestFilter) => `${data.table.count}:${filterKey(filter)}`;
    const rows = (filter: RequestFilter) => rowCache(key(filter), () => filterRows(data, filter));
    return {
      requests: data,
      rows,
      arrow: (filter) => arrowCache(key(filter), () => requestArrow(data, rows(filter))),
      rowOf: (id) => rowOfId(data, id),
    };
  };
  return {
    seed,
    now,
    requestCount,
    get city() {
      return city();
    },
    get districts() {
      return districts();
    },
    get neighbourhoods() {
      return neighbourhoods();
    },
    get services() {
      return CATEGORIES.map((c) => c.service);
    },
    get requests() {
      return requests();
    },
    get fiber() {
      return fiber();
    },
    get eservices() {
      return eservices();
    },
    get roads() {
      return roads();
    },
    get water() {
      return water();
    },
    at,
    rows: (filter) => at().rows(filter),
    arrow: (filter) => at().arrow(filter),
    rowOf: (id) => at().rowOf(id),
  };
}

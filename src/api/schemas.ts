/**
 * The Shahrnama API contract, v2 — the one source of truth for the types of everything the API sends.
 * docs/api.md and docs/openapi.yaml describe the same shapes in prose; tests/unit/api/contract.test.ts
 * checks that every payload of the demo city passes these schemas. Each schema reads the wire form (what a
 * city sends, with what a city may not have left out) into the form the app uses (every field present, a
 * name in both languages). Requests are in request-schema.ts.
 */
import { z } from 'zod';
import { MAX_ID_BYTES, utf8Length } from '../domain/request-record';
import { PERIODS } from '../domain/period';
import { DEFAULT_SCENES, WALL_SCENES } from '../domain/wall/scenes';
import { JURISDICTIONS, ROLLOUT_STATUSES, SEGMENT_STATUSES } from '../domain/vocabulary';

// zod compiles object parsers with `new Function` and probes for it on the first parse: a page served with
// `Content-Security-Policy: default-src 'self'` reports that probe as a violation. Every module that parses
// imports this one (the page's and the request worker's), so the setting holds before any parse in either.
z.config({ jitless: true });

/** The contract's version: `/city` says which one it speaks. */
export const CONTRACT_VERSION = 2;

/** Names longer than this are cut (with an ellipsis): a name is a label, not a document. */
export const MAX_NAME_LENGTH = 120;
/** Longest id or code, in UTF-8 bytes: ids are keys (Open311's are a few dozen characters at most). */
export const MAX_ID_LENGTH = MAX_ID_BYTES;

const cut = (text: string) => (text.length > MAX_NAME_LENGTH ? `${text.slice(0, MAX_NAME_LENGTH - 1)}…` : text);

/** A name in both UI languages, as the app uses it. */
export interface LocalizedName {
  fa: string;
  en: string;
}

/**
 * A name: `{fa, en}`, either of them alone, or one string for both (a city with one language). The
 * missing language shows the other.
 */
export const Name = z
  .union([
    z.string().trim().min(1),
    z.object({ fa: z.string().trim().min(1).optional(), en: z.string().trim().min(1).optional() }),
  ])
  .refine((name) => typeof name === 'string' || name.fa !== undefined || name.en !== undefined, 'a name needs fa or en')
  .transform((name): LocalizedName => {
    const fa = typeof name === 'string' ? name : (name.fa ?? name.en!);
    const en = typeof name === 'string' ? name : (name.en ?? name.fa!);
    return { fa: cut(fa), en: cut(en) };
  });

/** An id: a non-empty string, or a number read as its decimal string (as many 311 systems send). */
export const Id = z
  .union([
    z
      .string()
      .min(1)
      .refine((id) => utf8Length(id) <= MAX_ID_LENGTH, `longer than ${String(MAX_ID_LENGTH)} bytes`),
    z.number().int().nonnegative(),
  ])
  .transform((id) => String(id));

/** ISO 8601 date-time with an explicit offset (Z or ±hh:mm). */
export const IsoDateTime = z.iso.datetime({ offset: true });
/** ISO 8601 calendar date, YYYY-MM-DD. */
export const IsoDate = z.iso.date();

const Lon = z.number().min(-180).max(180);
const Lat = z.number().min(-90).max(90);
const Position = z.tuple([Lon, Lat]).rest(z.number());
const LineString = z.object({ type: z.literal('LineString'), coordinates: z.array(Position).min(2) });

export const ApiError = z.object({ code: z.string(), message: z.string() });
export type ApiError = z.infer<typeof ApiError>;

/** An IANA time-zone name this browser knows. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export const CALENDARS = ['persian', 'gregorian'] as const;
export type CalendarName = (typeof CALENDARS)[number];

export const City = z.object({
  /** The contract version the API speaks. */
  version: z.literal(CONTRACT_VERSION),
  id: Id,
  name: Name,
  /** The initial map centre; the middle of `bbox` (or of the districts) when absent. */
  center: z.tuple([Lon, Lat]).optional(),
  /** [west, south, east, north]; the districts' extent when absent. */
  bbox: z.tuple([Lon, Lat, Lon, Lat]).optional(),
  /** IANA zone in which days, weeks and months are counted. Checked by `cityProblems`, not here. */
  timezone: z.string().min(1),
  /** The calendar of the city's periods ("this year", "this month"), in both UI languages. */
  calendar: z.enum(CALENDARS).default('gregorian'),
  population: z.number().int().nonnegative().optional(),
  /** What the city calls its request line ("the 137 system", "311"). */
  request_line: Name.optional(),
});
export type City = z.infer<typeof City>;
export type CityBody = z.input<typeof City>;

// Rings are checked and closed by readAreas (areas.ts), which says what is wrong with one.
const LinearRing = z.array(Position).min(1);
export const PolygonGeometry = z.object({ type: z.literal('Polygon'), coordinates: z.array(LinearRing).min(1) });
export const MultiPolygonGeometry = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(LinearRing).min(1)).min(1),
});
export const AreaGeometry = z.discriminatedUnion('type', [PolygonGeometry, MultiPolygonGeometry]);
export type AreaGeometry = z.infer<typeof AreaGeometry>;

export const DistrictProperties = z.object({
  id: Id,
  name: Name,
  population: z.number().int().nonnegative().optional(),
});
export type DistrictProperties = z.infer<typeof DistrictProperties>;

export const NeighbourhoodProperties = DistrictProperties.extend({ district_id: Id });
export type NeighbourhoodProperties = z.infer<typeof NeighbourhoodProperties>;

function feature<P extends z.ZodType, G extends z.ZodType>(properties: P, geometry: G) {
  return z.object({
    type: z.literal('Feature'),
    id: z.union([z.string(), z.number()]).optional(),
    properties,
    geometry,
  });
}

function featureCollection<P extends z.ZodType, G extends z.ZodType>(properties: P, geometry: G) {
  return z.object({ type: z.literal('FeatureCollection'), features: z.array(feature(properties, geometry)) });
}

/**
 * An area collection is read feature by feature (areas.ts): one broken district is set aside with its
 * reason and the others are drawn. These are the shapes of one feature and of the collection as used.
 */
export const DistrictFeature = feature(DistrictProperties, AreaGeometry);
export type DistrictFeature = z.infer<typeof DistrictFeature>;
export const NeighbourhoodFeature = feature(NeighbourhoodProperties, AreaGeometry);
export type NeighbourhoodFeature = z.infer<typeof NeighbourhoodFeature>;
export const DistrictCollection = featureCollection(DistrictProperties, AreaGeometry);
export type DistrictCollection = z.infer<typeof DistrictCollection>;
export type DistrictCollectionBody = z.input<typeof DistrictCollection>;
export const NeighbourhoodCollection = featureCollection(NeighbourhoodProperties, AreaGeometry);
export type NeighbourhoodCollection = z.infer<typeof NeighbourhoodCollection>;
export type NeighbourhoodCollectionBody = z.input<typeof NeighbourhoodCollection>;

/** The envelope of a collection before its features are read one by one. */
export const FeatureList = z.object({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()) });

export const Jurisdiction = z.enum(JURISDICTIONS);
export type Jurisdiction = z.infer<typeof Jurisdiction>;

/** A request category, as Open311 GeoReport v2 `GET services`, with what the follow-up needs. */
export const Service = z
  .object({
    service_code: Id,
    service_name: Name,
    /** A stable code for the category's group; the category is a group of its own when absent. */
    group: z.string().min(1).max(MAX_ID_LENGTH).optional(),
    group_name: Name.optional(),
    /** Who must act; `municipal` when absent (the city's own request line). */
    jurisdiction: Jurisdiction.default('municipal'),
    /** Target hours from receipt to closing; without one, only a request's own due time makes it overdue. */
    sla_hours: z.number().positive().optional(),
  })
  .transform((s) => ({
    ...s,
    group: s.group ?? s.service_code,
    group_name: s.group_name ?? (s.group ? { fa: s.group, en: s.group } : s.service_name),
  }));
export type Service = z.infer<typeof Service>;
export type ServiceBody = z.input<typeof Service>;
export const ServiceList = z.array(Service).min(1);

export const FiberSegmentProperties = z.object({
  id: Id,
  status: z.enum(SEGMENT_STATUSES),
  planned_start: IsoDate,
  planned_end: IsoDate,
  completed_at: IsoDate.nullable(),
  /** The district the segment lies in; derived from its geometry when absent (pro rata across districts). */
  district_id: Id.optional(),
  length_m: z.number().positive(),
  /**
   * Who builds the segment. Optional (v2 addition): the contractor scores group segments by it, so every
   * segment of one contractor names it the same way.
   */
  contractor: Name.optional(),
  /** The day work began (v2 addition); without it, playback takes the segment as begun on `planned_start`. */
  started_at: IsoDate.nullable().optional(),
});
export const FiberSegmentCollection = featureCollection(FiberSegmentProperties, LineString);
export type FiberSegmentCollection = z.infer<typeof FiberSegmentCollection>;
export type FiberSegmentCollectionBody = z.input<typeof FiberSegmentCollection>;
export type FiberSegment = FiberSegmentCollection['features'][number];

/** Gregorian month, YYYY-MM: e-service usage is counted by Gregorian month, whatever the city's calendar. */
const UsageMonth = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);
const Transactions = { online: z.number().int().nonnegative(), in_person: z.number().int().nonnegative() };

export const EServices = z.object({
  catalogue: z.array(z.object({ id: Id, name: Name, group: z.string().min(1) })).min(1),
  /** Transactions by district and month, every service together. */
  usage: z.array(z.object({ month: UsageMonth, district_id: Id, ...Transactions })),
  /**
   * Transactions by service, district and month. When given, the district totals are its sums (`usage` may
   * then be empty); a server without it stays valid, and its services have no figures of their own.
   */
  usage_by_service: z
    .array(z.object({ month: UsageMonth, district_id: Id, service_id: Id, ...Transactions }))
    .optional(),
  /** The city's target online share of transactions, a fraction in (0, 1], and the day it is due by. */
  online_share_target: z.object({ share: z.number().gt(0).max(1), target_date: IsoDate.optional() }).optional(),
  /** The day by which every district is to be live on self-service; the latest `target_date` when absent. */
  self_service_deadline: IsoDate.optional(),
  self_service_rollout: z.array(
    z.object({
      district_id: Id,
      status: z.enum(ROLLOUT_STATUSES),
      launched_at: IsoDate.nullable(),
      target_date: IsoDate,
    }),
  ),
});
export type EServices = z.infer<typeof EServices>;
export type EServicesBody = z.input<typeof EServices>;

const BasemapLabel = { name_fa: z.string().min(1).optional(), name_en: z.string().min(1).optional() };

export const ROAD_CLASSES = ['motorway', 'primary', 'secondary', 'street'] as const;

/** `GET /basemap/roads`: the road skeleton of the embedded offline basemap. */
export const BasemapRoads = featureCollection(z.object({ class: z.enum(ROAD_CLASSES), ...BasemapLabel }), LineString);
export type BasemapRoads = z.infer<typeof BasemapRoads>;

/** `GET /basemap/water`: rivers (lines) and lakes or reservoirs (polygons) of the embedded basemap. */
export const BasemapWater = featureCollection(
  z.object({ kind: z.enum(['river', 'lake']), ...BasemapLabel }),
  z.discriminatedUnion('type', [LineString, PolygonGeometry]),
);
export type BasemapWater = z.infer<typeof BasemapWater>;

/** The longest refresh interval: a week (a browser timer holds at most 2^31 ms, about 24.8 days). */
export const MAX_REFRESH_SECONDS = 7 * 86_400;

/** A feature property holding a name: one property for both languages, or one per language. */
const NameProperty = z.union([z.string().min(1), z.object({ fa: z.string().min(1), en: z.string().min(1) })]);

/**
 * An Open311 GeoReport v2 endpoint as the source of requests, instead of a Shahrnama API. docs/open311.md
 * says how it is read (windows, pages, the quirks of real endpoints) and how its fields map to the app's.
 */
export const Open311Source = z.object({
  type: z.literal('open311'),
  /** The endpoint's base URL, the folder of `services.json` and `requests.json`. */
  baseUrl: z.string().min(1),
  /** Sent as `jurisdiction_id` with every request, as GeoReport v2 asks of an endpoint serving several. */
  jurisdictionId: z.string().min(1).optional(),
  /** Sent as `api_key` (the spec asks for it only to post, but some endpoints want it to read too). */
  apiKey: z.string().min(1).optional(),
  /** Records asked for per page (the common `page` / `page_size` extension). */
  pageSize: z.number().int().positive().max(10_000).default(1000),
  /**
   * The most records the endpoint answers for one query (the spec's default: 1000). A date window that
   * returns exactly this many is split in halves, so no request is lost to a silent cap.
   */
  resultCap: z.number().int().positive().max(100_000).default(1000),
  /** How far back to read, in days (walked in windows of 90 days, the spec's default span). */
  days: z.number().int().positive().max(3660).default(365),
  /** The city, which Open311 does not describe. */
  city: z.object({
    name: Name,
    timezone: z.string().min(1),
    calendar: z.enum(CALENDARS).default('gregorian'),
    request_line: Name.optional(),
  }),
  /** GeoJSON polygons of the districts and, optionally, of the neighbourhoods (relative to the page). */
  districtsUrl: z.string().min(1),
  neighbourhoodsUrl: z.string().min(1).optional(),
  /** The feature property holding an area's id (in both files). */
  idProperty: z.string().min(1).default('id'),
  /** The feature property (or one per language) holding an area's name. */
  nameProperty: NameProperty.default('name'),
  /** The feature property holding an area's population; an area without it has none. */
  populationProperty: z.string().min(1).default('population'),
  /** The neighbourhoods' property naming their district; without it, the district around the neighbourhood. */
  districtProperty: z.string().min(1).default('district_id'),
});
export type Open311Source = z.infer<typeof Open311Source>;

/** How close two requests of a category must be to be one problem, and how far one problem may reach. */
const ProblemParamsSetting = z
  .object({
    radiusM: z.number().positive().max(100_000).optional(),
    windowDays: z.number().nonnegative().max(36_600).optional(),
    maxSpanM: z.number().positive().max(1_000_000).optional(),
  })
  .strict();

/**
 * The distinct-problem rule of the city (docs/problem-rule.md): defaults, then per category group, then per
 * category (`service_code`), the most specific winning. Road resurfacing reaches farther than a lamp.
 */
const ProblemRuleSetting = ProblemParamsSetting.extend({
  groups: z.record(z.string(), ProblemParamsSetting).optional(),
  categories: z.record(z.string(), ProblemParamsSetting).optional(),
}).strict();
export type ProblemRuleSetting = z.infer<typeof ProblemRuleSetting>;

/**
 * The control-room wall (`wall/`): its scenes in order with their durations, the period its figures cover,
 * and how often the page reloads itself as a last resort (at a scene boundary, from its cache).
 */
const WallSetting = z
  .object({
    scenes: z
      .array(z.object({ scene: z.enum(WALL_SCENES), seconds: z.number().min(1).max(3600) }).strict())
      .min(1)
      .default(DEFAULT_SCENES),
    period: z.enum(PERIODS).exclude(['custom']).default('this_month'),
    reloadEveryMinutes: z
      .number()
      .min(0.1)
      .max(MAX_REFRESH_SECONDS / 60)
      .default(1440),
  })
  .strict();
export type WallSetting = z.infer<typeof WallSetting>;

/** `config.json`, read by the built app at start-up: pointing it at another API needs no rebuild. */
export const AppConfig = z.object({
  apiBaseUrl: z.string().default('/api/v1'),
  demo: z.boolean().default(true),
  defaultLanguage: z.enum(['fa', 'en']).default('fa'),
  basemapStyleUrl: z.string().optional(),
  refreshIntervalSeconds: z.number().int().positive().max(MAX_REFRESH_SECONDS).default(300),
  /**
   * A refresh from a Shahrnama API asks only for the requests changed since the last load; every this
   * many minutes it loads them all instead, since a change cannot show a request the city deleted.
   */
  fullReloadMinutes: z
    .number()
    .positive()
    .max(MAX_REFRESH_SECONDS / 60)
    .default(60),
  /** How long one call to the API may take, headers and body, before it counts as failed. */
  requestTimeoutSeconds: z.number().positive().max(3600).default(120),
  /**
   * How the requests are read from a Shahrnama API: `arrow` asks for `/requests.arrow` and pages through
   * `/requests` when the server has no such endpoint; `json` always pages.
   */
  requestsFormat: z.enum(['arrow', 'json']).default('arrow'),
  /** Requests from an Open311 endpoint instead of the Shahrnama API at `apiBaseUrl`. */
  source: Open311Source.optional(),
  problems: ProblemRuleSetting.default({}),
  wall: WallSetting.default({ scenes: DEFAULT_SCENES, period: 'this_month', reloadEveryMinutes: 1440 }),
});
export type AppConfig = z.infer<typeof AppConfig>;

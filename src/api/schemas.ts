/**
 * The Shahrnama API contract, v1 — the one source of truth for the types of everything the API sends.
 * docs/api.md and docs/openapi.yaml describe the same shapes in prose; tests/unit/api/contract.test.ts
 * checks that every payload of the demo city passes these schemas.
 */
import { z } from 'zod';
import { CHANNELS, JURISDICTIONS, ROLLOUT_STATUSES, SEGMENT_STATUSES, STAGES } from '../domain/vocabulary';

/** A name in both UI languages. */
export const LocalizedName = z.object({ fa: z.string().min(1), en: z.string().min(1) });
export type LocalizedName = z.infer<typeof LocalizedName>;

/** ISO 8601 date-time with an explicit offset (Z or ±hh:mm). */
export const IsoDateTime = z.iso.datetime({ offset: true });

const Lon = z.number().min(-180).max(180);
const Lat = z.number().min(-90).max(90);
const Position = z.tuple([Lon, Lat]).rest(z.number());
const LineString = z.object({ type: z.literal('LineString'), coordinates: z.array(Position).min(2) });

export const ApiError = z.object({ code: z.string(), message: z.string() });
export type ApiError = z.infer<typeof ApiError>;

export const City = z.object({
  id: z.string().min(1),
  name: LocalizedName,
  center: z.tuple([Lon, Lat]),
  /** [west, south, east, north] */
  bbox: z.tuple([Lon, Lat, Lon, Lat]),
  timezone: z.string().min(1),
  population: z.number().int().nonnegative(),
});
export type City = z.infer<typeof City>;

const LinearRing = z.array(Position).min(4);
export const PolygonGeometry = z.object({
  type: z.literal('Polygon'),
  coordinates: z.array(LinearRing).min(1),
});
export const MultiPolygonGeometry = z.object({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(LinearRing).min(1)).min(1),
});
export const AreaGeometry = z.discriminatedUnion('type', [PolygonGeometry, MultiPolygonGeometry]);
export type AreaGeometry = z.infer<typeof AreaGeometry>;

export const DistrictProperties = z.object({
  id: z.string().min(1),
  name: LocalizedName,
  population: z.number().int().nonnegative(),
});
export type DistrictProperties = z.infer<typeof DistrictProperties>;

export const NeighbourhoodProperties = DistrictProperties.extend({ district_id: z.string().min(1) });
export type NeighbourhoodProperties = z.infer<typeof NeighbourhoodProperties>;

function featureCollection<P extends z.ZodType, G extends z.ZodType>(properties: P, geometry: G) {
  return z.object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.object({ type: z.literal('Feature'), id: z.union([z.string(), z.number()]).optional(), properties, geometry }),
    ),
  });
}

export const DistrictCollection = featureCollection(DistrictProperties, AreaGeometry);
export type DistrictCollection = z.infer<typeof DistrictCollection>;
export type DistrictFeature = DistrictCollection['features'][number];

export const NeighbourhoodCollection = featureCollection(NeighbourhoodProperties, AreaGeometry);
export type NeighbourhoodCollection = z.infer<typeof NeighbourhoodCollection>;
export type NeighbourhoodFeature = NeighbourhoodCollection['features'][number];

export const Jurisdiction = z.enum(JURISDICTIONS);
export type Jurisdiction = z.infer<typeof Jurisdiction>;

/** A request category, as Open311 GeoReport v2 `GET services`, with names in both languages. */
export const Service = z.object({
  service_code: z.string().min(1),
  service_name: LocalizedName,
  group: z.string().min(1),
  group_name: LocalizedName,
  jurisdiction: Jurisdiction,
  sla_hours: z.number().positive(),
});
export type Service = z.infer<typeof Service>;
export const ServiceList = z.array(Service).min(1);

export const OPEN311_STATUSES = ['open', 'closed'] as const;

/** One citizen request, Open311 GeoReport v2 field names plus Shahrnama's lifecycle fields. */
export const ServiceRequest = z.object({
  service_request_id: z.string().regex(/^\d+$/, 'service_request_id must be a decimal integer'),
  service_code: z.string().min(1),
  status: z.enum(OPEN311_STATUSES),
  stage: z.enum(STAGES),
  description: z.string(),
  lat: Lat,
  long: Lon,
  address: z.string(),
  requested_datetime: IsoDateTime,
  updated_datetime: IsoDateTime,
  closed_datetime: IsoDateTime.nullable(),
  agency_responsible: z.string().min(1),
  channel: z.enum(CHANNELS),
  district_id: z.string().min(1).optional(),
});
export type ServiceRequest = z.infer<typeof ServiceRequest>;

/**
 * A page of requests. Records are validated one by one by the client (a bad record is set aside, not the
 * page), so the envelope types them as unknown.
 */
export const RequestPage = z.object({
  data: z.array(z.unknown()),
  next_cursor: z.string().nullable(),
  total: z.number().int().nonnegative(),
});
export type RequestPage = z.infer<typeof RequestPage>;

const IsoDate = z.iso.date();

export const FiberSegmentProperties = z.object({
  id: z.string().min(1),
  status: z.enum(SEGMENT_STATUSES),
  planned_start: IsoDate,
  planned_end: IsoDate,
  completed_at: IsoDate.nullable(),
  district_id: z.string().min(1),
  length_m: z.number().positive(),
});
export const FiberSegmentCollection = featureCollection(FiberSegmentProperties, LineString);
export type FiberSegmentCollection = z.infer<typeof FiberSegmentCollection>;
export type FiberSegment = FiberSegmentCollection['features'][number];

export const EServices = z.object({
  catalogue: z.array(z.object({ id: z.string().min(1), name: LocalizedName, group: z.string().min(1) })).min(1),
  usage: z.array(
    z.object({
      /** Gregorian month, YYYY-MM. */
      month: z.string().regex(/^\d{4}-\d{2}$/),
      district_id: z.string().min(1),
      online: z.number().int().nonnegative(),
      in_person: z.number().int().nonnegative(),
    }),
  ),
  self_service_rollout: z.array(
    z.object({
      district_id: z.string().min(1),
      status: z.enum(ROLLOUT_STATUSES),
      launched_at: IsoDate.nullable(),
      target_date: IsoDate,
    }),
  ),
});
export type EServices = z.infer<typeof EServices>;

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

/** `config.json`, read by the built app at start-up: pointing it at another API needs no rebuild. */
export const AppConfig = z.object({
  apiBaseUrl: z.string().default('/api/v1'),
  demo: z.boolean().default(true),
  defaultLanguage: z.enum(['fa', 'en']).default('fa'),
  basemapStyleUrl: z.string().optional(),
  refreshIntervalSeconds: z.number().int().positive().default(300),
});
export type AppConfig = z.infer<typeof AppConfig>;

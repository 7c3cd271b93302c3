/**
 * The contract's boundary under random input (fast-check): whatever a city sends, the schemas answer with
 * a result (a failed safeParse is a result, not a throw), `readRequest` with a record or the reason it is
 * set aside, `readAreas` with features and set-asides — throwing only its documented Error for a body that
 * is not a FeatureCollection — and `cityInfo` with a finite map extent for whatever passed the schemas.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { readAreas } from './areas';
import { cityInfo } from './city-info';
import { readRequest, RequestDetailsBody, RequestPage, ServiceRequest } from './request-schema';
import {
  AppConfig,
  BasemapRoads,
  BasemapWater,
  City,
  DistrictFeature,
  EServices,
  FeatureList,
  FiberSegmentCollection,
  Id,
  Name,
  NeighbourhoodFeature,
  Service,
  ServiceList,
} from './schemas';
import { SET_ASIDE_REASONS } from '../domain/set-aside';

/** The contract's own field names and words, so random objects reach past the first check. */
const KEYS = [
  'type',
  'features',
  'properties',
  'geometry',
  'coordinates',
  'id',
  'name',
  'fa',
  'en',
  'population',
  'district_id',
  'version',
  'center',
  'bbox',
  'timezone',
  'calendar',
  'request_line',
  'service_code',
  'service_name',
  'group',
  'group_name',
  'jurisdiction',
  'sla_hours',
  'service_request_id',
  'status',
  'stage',
  'lat',
  'long',
  'requested_datetime',
  'updated_datetime',
  'closed_datetime',
  'expected_datetime',
  'agency_responsible',
  'channel',
  'reported_by',
  'description',
  'address',
  'status_notes',
  'media_url',
  'data',
  'next_cursor',
  'total',
  'apiBaseUrl',
  'demo',
  'defaultLanguage',
  'basemapStyleUrl',
  'refreshIntervalSeconds',
  'requestsFormat',
  'source',
  'catalogue',
  'usage',
  'usage_by_service',
  'service_id',
  'online',
  'in_person',
  'online_share_target',
  'share',
  'target_date',
  'self_service_deadline',
  'self_service_rollout',
  'launched_at',
  '__proto__',
  'constructor',
  'toString',
  'valueOf',
  'then',
];
const WORDS = [
  'FeatureCollection',
  'Feature',
  'Polygon',
  'MultiPolygon',
  'LineString',
  'open',
  'closed',
  'received',
  'persian',
  'gregorian',
  'municipal',
  'open311',
  'fa',
  'en',
  'arrow',
  'json',
  'Asia/Tehran',
  'UTC',
  '2026-03-21T10:00:00+03:30',
  '2026-02-30T25:61:00Z',
  '0000-01-01',
  '2025-13',
  'live',
  'pilot',
  '9999-12-31T23:59:59-14:00',
  '1e400',
  '-0',
  ' 45.1 ',
  '<img src=x onerror=alert(1)>',
  '\u0000',
  '\u202e',
  '\ud800',
];
const text = fc.oneof(fc.string(), fc.string({ unit: 'grapheme', maxLength: 40 }), fc.constantFrom(...WORDS));
const number = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(NaN, Infinity, -Infinity, -0, 2 ** 53, 2 ** 31, 1e308, 45.06, 37.55),
);
const { value } = fc.letrec<{ value: unknown; list: unknown[]; object: Record<string, unknown> }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    text,
    number,
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    tie('list'),
    tie('object'),
  ),
  list: fc.array(tie('value'), { maxLength: 6 }),
  object: fc.dictionary(fc.oneof(fc.constantFrom(...KEYS), fc.string()), tie('value'), { maxKeys: 8 }),
}));

const SQUARE = [
  [
    [45, 37.5],
    [45.1, 37.5],
    [45.1, 37.6],
    [45, 37.6],
    [45, 37.5],
  ],
];
const VALID: Record<string, unknown> = {
  district: {
    type: 'Feature',
    properties: { id: 'd1', name: { fa: 'یک', en: 'One' }, population: 10 },
    geometry: { type: 'Polygon', coordinates: SQUARE },
  },
  city: {
    version: 2,
    id: 'urmia',
    name: 'Urmia',
    timezone: 'Asia/Tehran',
    calendar: 'persian',
    bbox: [45, 37.5, 45.1, 37.6],
  },
  service: { service_code: 'pothole', service_name: { fa: 'چاله', en: 'Pothole' }, group: 'roads', sla_hours: 72 },
  request: {
    service_request_id: 'r1',
    service_code: 'pothole',
    status: 'open',
    lat: 37.55,
    long: 45.05,
    requested_datetime: '2026-03-21T10:00:00+03:30',
    description: 'a hole',
  },
  config: { apiBaseUrl: './api/v1', demo: false, refreshIntervalSeconds: 300 },
  eservices: {
    catalogue: [{ id: 'permits-01', name: 'Permit', group: 'permits' }],
    usage: [{ month: '2025-01', district_id: '1', online: 4, in_person: 6 }],
    usage_by_service: [{ month: '2025-01', district_id: '1', service_id: 'permits-01', online: 4, in_person: 6 }],
    online_share_target: { share: 0.75, target_date: '2025-09-22' },
    self_service_deadline: '2025-09-22',
    self_service_rollout: [{ district_id: '1', status: 'live', launched_at: '2025-02-13', target_date: '2025-03-20' }],
  },
};

/** A valid record with one field, at any depth, replaced by a random value. */
function nearlyValid(sample: unknown): fc.Arbitrary<unknown> {
  const paths: (string | number)[][] = [];
  const walk = (v: unknown, path: (string | number)[]) => {
    paths.push(path);
    if (Array.isArray(v)) v.forEach((item, i) => walk(item, [...path, i]));
    else if (v && typeof v === 'object') for (const [k, item] of Object.entries(v)) walk(item, [...path, k]);
  };
  walk(sample, []);
  return fc.tuple(fc.constantFrom(...paths), value).map(([path, replacement]) => {
    if (path.length === 0) return replacement;
    const copy = structuredClone(sample) as Record<string | number, unknown>;
    let parent = copy;
    for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
    parent[path[path.length - 1]!] = replacement;
    return copy;
  });
}

const anyInput = fc.oneof(value, ...Object.values(VALID).map(nearlyValid));
const RUNS = { numRuns: 400 };

describe('the contract under random input', () => {
  const schemas: [string, z.ZodType][] = [
    ['Id', Id],
    ['Name', Name],
    ['City', City],
    ['DistrictFeature', DistrictFeature],
    ['NeighbourhoodFeature', NeighbourhoodFeature],
    ['FeatureList', FeatureList],
    ['Service', Service],
    ['ServiceList', ServiceList],
    ['FiberSegmentCollection', FiberSegmentCollection],
    ['EServices', EServices],
    ['BasemapRoads', BasemapRoads],
    ['BasemapWater', BasemapWater],
    ['AppConfig', AppConfig],
    ['ServiceRequest', ServiceRequest],
    ['RequestPage', RequestPage],
    ['RequestDetailsBody', RequestDetailsBody],
  ];

  it('runs zod without compiling parsers (its probe for new Function is a CSP violation)', () => {
    expect(z.config().jitless).toBe(true);
  });

  it.each(schemas)('%s answers any input with a result, never a throw', (_name, schema) => {
    fc.assert(
      fc.property(anyInput, (input) => {
        const result = schema.safeParse(input);
        expect(typeof result.success).toBe('boolean');
      }),
      RUNS,
    );
  });

  it('readRequest answers any record with a record or a named reason', () => {
    // The city's zone is one the browser knows: cityInfo replaces any other by UTC before requests are read.
    const zones = fc.constantFrom('UTC', 'Asia/Tehran', 'America/New_York', 'Pacific/Kiritimati');
    let records = 0;
    fc.assert(
      fc.property(anyInput, zones, (raw, zone) => {
        const read = readRequest(raw, zone);
        if (typeof read === 'string') expect(SET_ASIDE_REASONS).toContain(read);
        else {
          expect(typeof read.id).toBe('string');
          records++;
        }
      }),
      RUNS,
    );
    expect(records).toBeGreaterThan(0);
  });

  it('readAreas throws only its documented Error, and accounts for every feature', () => {
    const bodies = fc.oneof(
      anyInput,
      fc.array(fc.oneof(anyInput, nearlyValid(VALID.district)), { maxLength: 8 }).map((features) => ({
        type: 'FeatureCollection',
        features,
      })),
    );
    let kept = 0;
    let setAside = 0;
    fc.assert(
      fc.property(bodies, (body) => {
        const envelope = FeatureList.safeParse(body);
        if (!envelope.success) {
          expect(() => readAreas(body, DistrictFeature)).toThrow(new Error('not a GeoJSON FeatureCollection'));
          return;
        }
        const reading = readAreas(body, DistrictFeature);
        expect(reading.collection.features.length + reading.setAside.length).toBe(envelope.data.features.length);
        kept += reading.collection.features.length;
        setAside += reading.setAside.length;
        for (const f of reading.collection.features) {
          for (const ring of f.geometry.type === 'Polygon' ? f.geometry.coordinates : f.geometry.coordinates.flat()) {
            expect(ring.length).toBeGreaterThanOrEqual(4);
            expect(ring[0]).toEqual(ring[ring.length - 1]);
          }
        }
      }),
      RUNS,
    );
    expect(kept).toBeGreaterThan(0);
    expect(setAside).toBeGreaterThan(0);
  });

  it('cityInfo gives a finite centre and extent for whatever the schemas passed', () => {
    const cities = fc.oneof(
      { arbitrary: nearlyValid(VALID.city), weight: 4 },
      { arbitrary: fc.constant(VALID.city), weight: 1 },
      { arbitrary: anyInput, weight: 1 },
    );
    const features = fc.array(fc.oneof(nearlyValid(VALID.district), anyInput), { maxLength: 6 });
    let read = 0;
    fc.assert(
      fc.property(cities, features, (rawCity, rawFeatures) => {
        const city = City.safeParse(rawCity);
        if (!city.success) return;
        read++;
        const { collection } = readAreas({ type: 'FeatureCollection', features: rawFeatures }, DistrictFeature);
        const { info, notes } = cityInfo(city.data, collection);
        expect([...info.center, ...info.bbox].every(Number.isFinite)).toBe(true);
        expect(new Intl.DateTimeFormat('en', { timeZone: info.timezone }).resolvedOptions().timeZone).toBeTruthy();
        expect(notes.length).toBeLessThanOrEqual(1);
      }),
      RUNS,
    );
    // Not vacuous: a share of the cities passed the schema and were read.
    expect(read).toBeGreaterThan(RUNS.numRuns / 20);
  });

  it('cityInfo takes a city of 200,000 districts', () => {
    const district = DistrictFeature.parse(VALID.district);
    const collection = {
      type: 'FeatureCollection' as const,
      features: Array.from({ length: 200_000 }, () => district),
    };
    const { info } = cityInfo(City.parse({ ...(VALID.city as object), bbox: undefined }), collection);
    expect(info.bbox).toEqual([45, 37.5, 45.1, 37.6]);
  });
});

/**
 * The contract, end to end: through msw's node server and fetch, every endpoint of the demo city answers
 * with a payload that passes its schema in src/api/schemas.ts, and errors are `{code, message}`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  ApiError,
  BasemapRoads,
  BasemapWater,
  City,
  DistrictCollection,
  EServices,
  FiberSegmentCollection,
  NeighbourhoodCollection,
  RequestPage,
  ServiceList,
  ServiceRequest,
} from '../../../src/api/schemas';
import { COLUMNAR_MEDIA_TYPE, decodeColumnar } from '../../../src/api/columnar';
import { badRecordCounts } from '../../../mocks/city/requests';
import { createDemoServer } from '../../../mocks/node';

const BASE = 'http://contract.test/api/v1';
// The default city has 150,000 requests; the contract does not depend on the count, so a smaller year of the
// same city keeps the walk over every record quick.
const COUNT = 40_000;
const server = createDemoServer({ basePath: BASE, now: new Date('2025-06-15T08:00:00Z'), requestCount: COUNT });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

async function getJson(path: string): Promise<unknown> {
  const response = await fetch(`${BASE}${path}`);
  expect(response.status, path).toBe(200);
  expect(response.headers.get('content-type'), path).toMatch(/^application\/json/);
  return response.json();
}

const ENDPOINTS: [string, z.ZodType][] = [
  ['/city', City],
  ['/districts', DistrictCollection],
  ['/neighbourhoods', NeighbourhoodCollection],
  ['/services', ServiceList],
  ['/fiber/segments', FiberSegmentCollection],
  ['/eservices', EServices],
  ['/basemap/roads', BasemapRoads],
  ['/basemap/water', BasemapWater],
];

describe('API contract (demo city through msw)', () => {
  it.each(ENDPOINTS)('%s passes its schema', async (path, schema) => {
    const result = schema.safeParse(await getJson(path));
    expect(result.success ? [] : result.error.issues.slice(0, 5)).toEqual([]);
  });

  it('/requests: every record of every page passes ServiceRequest, except the documented bad ones', async () => {
    let cursor: string | null = null;
    let seen = 0;
    let invalid = 0;
    let total = -1;
    do {
      const page = RequestPage.parse(await getJson(`/requests?limit=5000${cursor ? `&cursor=${cursor}` : ''}`));
      total = page.total;
      for (const record of page.data) {
        seen++;
        if (!ServiceRequest.safeParse(record).success) {
          invalid++;
          // The documented bad records are the ones without coordinates (NaN, sent as null).
          expect(record).toMatchObject({ lat: null, long: null });
        }
      }
      cursor = page.next_cursor;
    } while (cursor);
    expect(seen).toBe(total);
    expect(total).toBe(COUNT);
    expect(invalid).toBe(badRecordCounts(total).noCoordinates);
  }, 30_000);

  it('/requests.bin is the columnar form, with the same count', async () => {
    const response = await fetch(`${BASE}/requests.bin`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(COLUMNAR_MEDIA_TYPE);
    const services = ServiceList.parse(await getJson('/services'));
    const decoded = decodeColumnar(await response.arrayBuffer(), new Set(services.map((s) => s.service_code)));
    const page = RequestPage.parse(await getJson('/requests?limit=1'));
    expect(decoded.table.count + decoded.setAside.total).toBe(page.total);
    expect(decoded.setAside.byReason).toEqual({ no_coordinates: badRecordCounts(page.total).noCoordinates });
  });

  it('answers bad parameters with 400 and unknown paths with 404, as {code, message}', async () => {
    const bad = await fetch(`${BASE}/requests?limit=-1`);
    expect(bad.status).toBe(400);
    expect(ApiError.parse(await bad.json()).code).toBe('bad_request');
    const missing = await fetch(`${BASE}/no/such/thing`);
    expect(missing.status).toBe(404);
    expect(ApiError.parse(await missing.json()).code).toBe('not_found');
  });
});

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
  ServiceList,
} from '../../../src/api/schemas';
import { ARROW_MEDIA_TYPE, decodeArrowRequests } from '../../../src/api/arrow/arrow-requests';
import { RequestDetailsBody, RequestPage, ServiceRequest } from '../../../src/api/request-schema';
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

  it('/requests: every record of every page passes ServiceRequest; the documented bad ones have no coordinates', async () => {
    let cursor: string | null = null;
    let seen = 0;
    let invalid = 0;
    let total = -1;
    do {
      const page: RequestPage = RequestPage.parse(
        await getJson(`/requests?limit=5000${cursor ? `&cursor=${cursor}` : ''}`),
      );
      total = page.total ?? -1;
      for (const record of page.data) {
        seen++;
        expect(ServiceRequest.safeParse(record).success).toBe(true);
        // The documented bad records are the ones without coordinates (NaN, sent as null): valid JSON records
        // that the rules set aside.
        if ((record as { lat: unknown }).lat === null) invalid++;
      }
      cursor = page.next_cursor ?? null;
    } while (cursor);
    expect(seen).toBe(total);
    expect(total).toBe(COUNT);
    expect(invalid).toBe(badRecordCounts(total).noCoordinates);
  }, 30_000);

  it('/requests.arrow is the Arrow form, with the same count', async () => {
    const response = await fetch(`${BASE}/requests.arrow`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(ARROW_MEDIA_TYPE);
    const services = new Set(ServiceList.parse(await getJson('/services')).map((s) => s.service_code));
    const decoded = decodeArrowRequests(await response.arrayBuffer(), (code) => services.has(code));
    const total = RequestPage.parse(await getJson('/requests?limit=1')).total!;
    expect(decoded.table.count + decoded.setAside.total).toBe(total);
    expect(decoded.setAside.byReason).toEqual({ no_coordinates: badRecordCounts(total).noCoordinates });
  });

  it('/requests/{id} is one request with its text, the same record as in the list', async () => {
    const page = RequestPage.parse(await getJson('/requests?limit=3'));
    const listed = ServiceRequest.parse(page.data[2]);
    const one = RequestDetailsBody.parse(await getJson(`/requests/${listed.service_request_id}`));
    expect(one).toEqual(listed);
    expect(listed.description).not.toBe('');
    const missing = await fetch(`${BASE}/requests/no-such-request`);
    expect(missing.status).toBe(404);
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

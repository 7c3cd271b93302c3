import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARROW_MEDIA_TYPE, decodeArrowRequests } from '../../../src/api/arrow/arrow-requests';
import { RequestPage, type ServiceRequestBody } from '../../../src/api/request-schema';
import { ApiError } from '../../../src/api/schemas';
import { stringAt } from '../../../src/domain/string-column';
import { createDemoServer } from '../../../mocks/node';
import { NOW } from './helpers';

const BASE = 'http://demo.test/api/v1';
const server = createDemoServer({ basePath: BASE, now: NOW, requestCount: 20_000 });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

type Record = ServiceRequestBody & { lat: number | null; long: number | null };

/** Every record of a filter, walking the cursor pages. */
async function allPages(query: string, limit = 5000): Promise<{ records: Record[]; totals: number[]; pages: number }> {
  const records: Record[] = [];
  const totals: number[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const params = new URLSearchParams(query);
    params.set('limit', String(limit));
    if (cursor) params.set('cursor', cursor);
    const response = await fetch(`${BASE}/requests?${params}`);
    expect(response.status).toBe(200);
    const page = RequestPage.parse(await response.json());
    records.push(...(page.data as Record[]));
    totals.push(page.total ?? NaN);
    cursor = page.next_cursor ?? null;
    pages++;
  } while (cursor);
  return { records, totals, pages };
}

async function columnar(query: string) {
  const response = await fetch(`${BASE}/requests.arrow?${query}`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe(ARROW_MEDIA_TYPE);
  const codes = new Set(server.city.services.map((s) => s.service_code));
  const decoded = decodeArrowRequests(await response.arrayBuffer(), (code) => codes.has(code));
  const ids = Array.from({ length: decoded.table.count }, (_, i) => stringAt(decoded.table.ids, i));
  return { ...decoded, ids, count: decoded.table.count + decoded.setAside.total };
}

describe('demo API: requests', () => {
  it('pages through every request once, with a stable total equal to the Arrow count', async () => {
    const { records, totals, pages } = await allPages('');
    const bin = await columnar('');
    expect(pages).toBe(Math.ceil(20_000 / 5000));
    expect(new Set(totals)).toEqual(new Set([20_000]));
    expect(records.length).toBe(20_000);
    expect(new Set(records.map((r) => r.service_request_id)).size).toBe(20_000);
    expect(bin.count).toBe(20_000);
  });

  it('defaults to pages of 1000 and gives no cursor after the last page', async () => {
    const first = RequestPage.parse(await (await fetch(`${BASE}/requests`)).json());
    expect(first.data.length).toBe(1000);
    expect(first.next_cursor).not.toBeNull();
    const small = await allPages('district_id=3&status=open', 5000);
    expect(small.pages).toBe(1);
  });

  it('gives the same records in JSON and in the Arrow form for each filter', async () => {
    const queries = [
      'district_id=2',
      'status=open',
      'status=closed&district_id=5',
      'service_code=ROAD_ASPHALT,LIGHT_OUT',
      'start_date=2025-01-01&end_date=2025-02-01',
      'start_date=2024-12-01T12:00:00Z&end_date=2025-03-01T00:00:00%2B03:30&service_code=ROAD_SNOW',
    ];
    for (const query of queries) {
      const { records, totals } = await allPages(query);
      const bin = await columnar(query);
      expect(totals[0], query).toBe(records.length);
      expect(bin.count, query).toBe(records.length);
      const valid = records.filter((r) => r.lat !== null).map((r) => r.service_request_id);
      expect(bin.ids, query).toEqual(valid);
    }
  });

  it('applies each filter as documented', async () => {
    const open = await allPages('status=open&district_id=4');
    expect(open.records.length).toBeGreaterThan(0);
    for (const r of open.records) {
      expect(r.status).toBe('open');
      expect(r.closed_datetime).toBeNull();
      expect(r.district_id).toBe('4');
    }
    const codes = new Set(['ROAD_ASPHALT', 'LIGHT_OUT']);
    const some = await allPages('service_code=ROAD_ASPHALT,LIGHT_OUT');
    expect(new Set(some.records.map((r) => r.service_code))).toEqual(codes);
    // Dates without a time are midnight in Tehran (+03:30); the end is exclusive.
    const january = await allPages('start_date=2025-01-01&end_date=2025-02-01');
    const from = Date.parse('2025-01-01T00:00:00+03:30');
    const to = Date.parse('2025-02-01T00:00:00+03:30');
    expect(january.records.length).toBeGreaterThan(0);
    for (const r of january.records) {
      const t = Date.parse(r.requested_datetime);
      expect(t >= from && t < to).toBe(true);
    }
    const empty = await allPages('start_date=2025-01-01&end_date=2025-01-01');
    expect(empty.records.length).toBe(0);
  });

  it('splits the total into per-district totals plus the requests the API gives no district', async () => {
    const all = await allPages('');
    const totalOf = async (query: string) =>
      RequestPage.parse(await (await fetch(`${BASE}/requests?limit=1&${query}`)).json()).total!;
    const perDistrict = await Promise.all(['1', '2', '3', '4', '5'].map((id) => totalOf(`district_id=${id}`)));
    const withoutDistrict = all.records.filter((r) => r.district_id === undefined).length;
    expect(perDistrict.reduce((a, b) => a + b, 0) + withoutDistrict).toBe(all.records.length);
    for (const n of perDistrict) expect(n).toBeGreaterThan(0);
  });

  it('serves requests.json as requests', async () => {
    const a = await (await fetch(`${BASE}/requests?limit=10&district_id=1`)).json();
    const b = await (await fetch(`${BASE}/requests.json?limit=10&district_id=1`)).json();
    expect(b).toEqual(a);
  });
});

describe('demo API: errors', () => {
  it.each([
    'limit=0',
    'limit=5001',
    'limit=ten',
    'status=pending',
    'start_date=yesterday',
    'end_date=2025-13-40',
    'start_date=2025-03-01&end_date=2025-02-01',
    'service_code=NOT_A_SERVICE',
    'district_id=99',
    'cursor=not-a-cursor',
    'updated_after=recently',
  ])('answers a bad query (%s) with 400 bad_request, for JSON and Arrow', async (query) => {
    for (const path of ['requests', 'requests.arrow']) {
      const response = await fetch(`${BASE}/${path}?${query}`);
      expect(response.status).toBe(400);
      const body = ApiError.parse(await response.json());
      expect(body.code).toBe('bad_request');
      expect(body.message.length).toBeGreaterThan(0);
    }
  });

  it('answers an unknown path with 404 not_found', async () => {
    for (const path of ['nothing', 'requests/123', 'fiber', 'basemap/tiles']) {
      const response = await fetch(`${BASE}/${path}`);
      expect(response.status).toBe(404);
      expect(ApiError.parse(await response.json()).code).toBe('not_found');
    }
  });
});

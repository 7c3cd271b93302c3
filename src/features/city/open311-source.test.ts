import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiRequestError } from '../../api/client';
import { AppConfig } from '../../api/schemas';
import districts from '../../../tests/fixtures/open311/districts.geojson?raw';
import fixtureRequests from '../../../tests/fixtures/open311/requests.json';
import fixtureServices from '../../../tests/fixtures/open311/services.json';
import { InProcessLoader } from '../../workers/in-process-loader';
import { withAddedServices } from './city-source';
import { open311Source } from './open311-source';

const PAGE = 'http://city.test/dashboard/index.html';
const BASE = 'http://city.test/open311/v2';
/** 1 June 2026: the fixture's requests (May 2026) lie in the newest 90-day window. */
const NOW = Date.parse('2026-06-01T12:00:00Z') / 1000;

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

type Row = Record<string, unknown>;

interface Quirks {
  /** The most records the server answers for one query, whatever `page_size` asks. */
  cap?: number;
  /** Past the last page: the last page again (as some servers do) instead of an empty list. */
  repeatLastPage?: boolean;
  /** The server knows no `page`: every page is the first. */
  ignoresPage?: boolean;
}

/**
 * A GeoReport v2 endpoint over `rows`: services.json, requests.json by window (both ends included) and
 * page, newest first, and requests/{id}.json. Every request it saw is logged.
 */
function endpoint(
  rows: Row[],
  quirks: Quirks = {},
  city: { services: Row[]; districts: string; now: number } = { services: fixtureServices, districts, now: NOW },
) {
  const log: URL[] = [];
  const timeOf = (row: Row) => Date.parse(String(row.requested_datetime)) / 1000 || city.now;
  server.use(
    http.get(`${BASE}/services.json`, () => HttpResponse.json(city.services)),
    http.get('http://city.test/dashboard/geo/districts.geojson', () =>
      HttpResponse.text(city.districts, { headers: { 'Content-Type': 'application/geo+json' } }),
    ),
    http.get(`${BASE}/requests.json`, ({ request }) => {
      const url = new URL(request.url);
      log.push(url);
      const q = url.searchParams;
      const start = Date.parse(q.get('start_date')!) / 1000;
      const end = Date.parse(q.get('end_date')!) / 1000;
      const size = Math.min(Number(q.get('page_size')), quirks.cap ?? Infinity);
      const matching = rows
        .filter((row) => timeOf(row) >= start && timeOf(row) <= end)
        .sort((a, b) => timeOf(b) - timeOf(a));
      const pages = Math.max(1, Math.ceil(matching.length / size));
      let page = quirks.ignoresPage ? 1 : Number(q.get('page'));
      if (page > pages && quirks.repeatLastPage) page = pages;
      return HttpResponse.json(matching.slice((page - 1) * size, page * size));
    }),
    http.get(`${BASE}/requests/:id`, ({ params }) => {
      const id = String(params.id).replace(/\.json$/, '');
      const row = rows.find((r) => String(r.service_request_id) === id);
      return row ? HttpResponse.json([row]) : HttpResponse.json([], { status: 404 });
    }),
  );
  return log;
}

/** config.json of the test city, with `source` patched. */
function configOf(source: Record<string, unknown> = {}) {
  return AppConfig.parse({
    demo: false,
    source: {
      type: 'open311',
      baseUrl: '../open311/v2',
      jurisdictionId: 'bloomington.in.gov',
      apiKey: 'k-123',
      pageSize: 4,
      days: 365,
      city: { name: 'Bloomington', timezone: 'America/Indiana/Indianapolis' },
      districtsUrl: 'geo/districts.geojson',
      idProperty: 'OBJECTID',
      nameProperty: 'DIST_NAME',
      populationProperty: 'POP',
      ...source,
    },
  });
}

function sourceOf(config: AppConfig, now = NOW) {
  return open311Source(config, config.source!, { pageUrl: PAGE, now: () => now });
}

async function load(config: AppConfig, now = NOW) {
  const source = sourceOf(config, now);
  const reference = await source.loadCity();
  const loader = new InProcessLoader();
  const message = await source.loadRequests(loader, reference, {});
  const { table } = loader.requests!;
  const loaded = {
    ...message,
    /** Rows inside a district. */
    inside: message.drawable.count,
    closedAt: Array.from(table.closedAt),
    dueAt: Array.from(table.dueAt),
  };
  // The city as the dashboard shows it: with the categories the requests named beyond services.json.
  return { source, city: withAddedServices(reference, loaded.addedServices), loaded };
}

async function failure(promise: Promise<unknown>): Promise<ApiRequestError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiRequestError);
  return error as ApiRequestError;
}

describe('open311Source', () => {
  it('loads the city from services.json and the city’s GeoJSON, under its own property names', async () => {
    endpoint(fixtureRequests);
    const city = await sourceOf(configOf()).loadCity();
    expect(city.city.name).toEqual({ fa: 'Bloomington', en: 'Bloomington' });
    expect(city.city.timezone).toBe('America/Indiana/Indianapolis');
    expect(city.districts.features.map((f) => f.properties)).toEqual([
      { id: '1', name: { fa: 'West Side', en: 'West Side' }, population: 41_250 },
      { id: '2', name: { fa: 'East Side', en: 'East Side' } },
    ]);
    expect(city.services.map((s) => [s.service_code, s.group])).toEqual([
      ['4e090d24992b941e78000027', 'Most Popular'],
      ['4e090d24992b941e78000019', 'Most Popular'],
      ['4e090d24992b941e78000001', 'Cleanup & Sanitation'],
      ['310', '310'],
    ]);
    // Open311 has no basemap, fiber network or neighbourhoods: the districts are the map.
    expect([city.roads, city.water]).toEqual([null, null]);
    expect(city.notes.map((n) => n.kind)).toEqual(['no_neighbourhoods', 'no_basemap']);
  });

  it('reads the hand-written city’s requests to the figures worked out by hand (tests/fixtures/open311)', async () => {
    const log = endpoint(fixtureRequests, { repeatLastPage: true });
    const { city, loaded } = await load(configOf());
    // 16 records: 9 read and kept by the rules, of which one lies outside both districts.
    expect(loaded.count).toBe(9);
    expect(loaded.inside).toBe(8);
    expect(loaded.setAside).toEqual({
      total: 8,
      byReason: {
        no_coordinates: 3,
        unknown_service: 1,
        outside_city: 1,
        bad_date: 1,
        bad_stage: 1,
        closed_before_requested: 1,
      },
    });
    // The category services.json lacks is kept under the name its request gives.
    const snow = city.services.find((s) => s.service_code === '4e7b3e4c992b945109000000');
    expect(snow?.service_name).toEqual({ fa: 'Sidewalk Snow', en: 'Sidewalk Snow' });
    expect(snow?.jurisdiction).toBe('municipal');
    expect(loaded.serviceCodes).toContain('4e7b3e4c992b945109000000');
    // The closed request without closed_datetime closes at its last update; the other's own due time is kept.
    expect(loaded.closedAt.filter((t) => t > 0).sort()).toEqual(
      [Date.parse('2026-05-08T20:45:12Z') / 1000, Date.parse('2026-05-14T19:00:00Z') / 1000].sort(),
    );
    expect(loaded.dueAt.filter((t) => t > 0)).toEqual([Date.parse('2026-05-06T21:00:00Z') / 1000]);
    expect(loaded.mayBeCapped).toBeUndefined();

    // Pages of 4 through the newest window (16 records: 4 full pages, then the last one repeated), one page
    // for each older window, each with the jurisdiction and the key.
    const newest = log.filter((u) => u.searchParams.get('end_date') === '2026-06-02T12:00:00Z');
    expect(newest.map((u) => u.searchParams.get('page'))).toEqual(['1', '2', '3', '4', '5']);
    expect(log).toHaveLength(5 + 4);
    for (const url of log) {
      expect(url.searchParams.get('jurisdiction_id')).toBe('bloomington.in.gov');
      expect(url.searchParams.get('api_key')).toBe('k-123');
      expect(url.searchParams.get('page_size')).toBe('4');
    }
  });

  it('splits a window cut at a silent cap until nothing is lost', async () => {
    // 30 requests over May, a server that answers at most 8 and knows no paging.
    const rows = Array.from({ length: 30 }, (_, i) => ({
      service_request_id: `r-${String(i)}`,
      service_code: '4e090d24992b941e78000027',
      service_name: 'Graffiti',
      status: 'open',
      lat: 39.15,
      long: -86.56,
      requested_datetime: new Date(Date.parse('2026-05-01T00:00:00Z') + i * 86_400_000).toISOString(),
    }));
    const log = endpoint(rows, { cap: 8, ignoresPage: true });
    const { loaded } = await load(configOf({ pageSize: 100, resultCap: 8 }));
    expect(loaded.count).toBe(30);
    expect(loaded.setAside.total).toBe(0);
    expect(loaded.mayBeCapped).toBeUndefined();
    expect(log.length).toBeGreaterThan(5);
  });

  it('says the results may be capped when splitting cannot help (more than the cap in one second)', async () => {
    const rows = Array.from({ length: 12 }, (_, i) => ({
      service_request_id: `bulk-${String(i)}`,
      service_code: '4e090d24992b941e78000001',
      status: 'open',
      lat: 39.15,
      long: -86.56,
      requested_datetime: '2026-05-20T08:00:00Z',
    }));
    endpoint(rows, { cap: 10, ignoresPage: true });
    const { loaded } = await load(configOf({ pageSize: 100, resultCap: 10 }));
    expect(loaded.count).toBe(10);
    expect(loaded.mayBeCapped).toBe(true);
  });

  it('reads an endpoint without requests: every window empty', async () => {
    const log = endpoint([]);
    const { loaded } = await load(configOf());
    expect(loaded.count).toBe(0);
    expect(loaded.setAside.total).toBe(0);
    expect(log).toHaveLength(5);
  });

  it('fails with the endpoint named when requests.json answers an HTML page', async () => {
    endpoint(fixtureRequests);
    server.use(http.get(`${BASE}/requests.json`, () => HttpResponse.html('<!doctype html><title>Maintenance</title>')));
    const source = sourceOf(configOf());
    const error = await failure(source.loadRequests(new InProcessLoader(), await source.loadCity(), {}));
    expect(error.kind).toBe('invalid');
    expect(error.message).toBe('the answer is an HTML page, not JSON');
    expect(error.endpoint).toMatch(/^http:\/\/city\.test\/open311\/v2\/requests\.json\?jurisdiction_id=/);
    // The key never reaches the screen.
    expect(error.endpoint).not.toContain('k-123');
  });

  it('fails with the endpoint and the status on an HTTP error', async () => {
    endpoint(fixtureRequests);
    server.use(http.get(`${BASE}/requests.json`, () => HttpResponse.html('<h1>Internal error</h1>', { status: 500 })));
    const source = sourceOf(configOf());
    const error = await failure(source.loadRequests(new InProcessLoader(), await source.loadCity(), {}));
    expect([error.kind, error.status, error.message]).toEqual(['http', 500, 'HTTP 500 (an HTML page)']);
    expect(error.endpoint).toContain('/open311/v2/requests.json?');
  });

  it('fails naming services.json or the districts file when they are not what they should be', async () => {
    endpoint(fixtureRequests);
    server.use(http.get(`${BASE}/services.json`, () => HttpResponse.html('<p>Sign in</p>')));
    const error = await failure(sourceOf(configOf()).loadCity());
    expect([error.endpoint, error.message]).toEqual([
      `${BASE}/services.json?jurisdiction_id=bloomington.in.gov`,
      'the answer is an HTML page',
    ]);
    server.resetHandlers();
    endpoint(fixtureRequests);
    server.use(
      http.get('http://city.test/dashboard/geo/none.geojson', () => HttpResponse.text('Not Found', { status: 404 })),
    );
    const missing = await failure(sourceOf(configOf({ districtsUrl: 'geo/none.geojson' })).loadCity());
    expect([missing.kind, missing.status, missing.endpoint]).toEqual([
      'http',
      404,
      'http://city.test/dashboard/geo/none.geojson',
    ]);
  });

  it('gives one request’s details from requests/{id}.json, a list of one', async () => {
    endpoint(fixtureRequests);
    const source = sourceOf(configOf());
    const details = await source.requestDetails('4fbd40b2b1fe2c4b02000012');
    expect(details?.status_notes).toBe('Painted over');
    expect(await source.requestDetails('no-such-request')).toBeNull();
    expect(await source.fiberSegments()).toBeNull();
    expect(await source.eservices()).toBeNull();
  });
});

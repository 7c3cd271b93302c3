import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { delay, http, HttpResponse, passthrough } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiRequestError, createApiClient } from './client';

const BASE = 'http://localhost:9/api/v1';
const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const record = (id: string, patch: Record<string, unknown> = {}) => ({
  service_request_id: id,
  service_code: 'asphalt',
  status: 'open',
  stage: 'received',
  description: 'چاله در کوچه',
  lat: 37.55,
  long: 45.07,
  address: 'خیابان امام',
  requested_datetime: '2026-11-01T09:00:00+03:30',
  updated_datetime: '2026-11-01T09:00:00+03:30',
  closed_datetime: null,
  agency_responsible: 'municipality',
  channel: 'phone',
  ...patch,
});

const client = createApiClient(BASE);

async function failure(promise: Promise<unknown>): Promise<ApiRequestError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiRequestError);
  return error as ApiRequestError;
}

const square = (x: number, y: number) => [
  [x, y],
  [x + 0.01, y],
  [x + 0.01, y + 0.01],
  [x, y + 0.01],
];

describe('API client', () => {
  it('reads a v2 city, filling in what it may leave out', async () => {
    const city = { version: 2, id: 7, name: 'Bloomington', timezone: 'America/Indiana/Indianapolis' };
    server.use(http.get(`${BASE}/city`, () => HttpResponse.json(city)));
    await expect(client.city()).resolves.toEqual({
      version: 2,
      id: '7',
      name: { fa: 'Bloomington', en: 'Bloomington' },
      timezone: 'America/Indiana/Indianapolis',
      calendar: 'gregorian',
    });
  });

  it('refuses a city that does not speak contract v2, naming the field', async () => {
    server.use(http.get(`${BASE}/city`, () => HttpResponse.json({ id: 'x', name: 'X', timezone: 'UTC' })));
    const error = await failure(client.city());
    expect(error).toMatchObject({ kind: 'invalid', endpoint: 'city' });
    expect(error.message).toContain('version');
  });

  it('names the endpoint and the server’s message when the API answers with an error', async () => {
    server.use(
      http.get(`${BASE}/districts`, () =>
        HttpResponse.json({ code: 'down', message: 'database offline' }, { status: 503 }),
      ),
    );
    const error = await failure(client.districts());
    expect(error).toMatchObject({ kind: 'http', endpoint: 'districts', status: 503, message: 'database offline' });
  });

  it('says when an answer is an HTML page rather than JSON', async () => {
    server.use(http.get(`${BASE}/services`, () => HttpResponse.html('<html><body>Gateway</body></html>')));
    const error = await failure(client.services());
    expect(error).toMatchObject({ kind: 'invalid', endpoint: 'services', message: 'the answer is an HTML page' });
  });

  it('reports a response that breaks the contract as invalid, with the field', async () => {
    server.use(http.get(`${BASE}/services`, () => HttpResponse.json([{ service_code: 'x' }])));
    const error = await failure(client.services());
    expect(error.kind).toBe('invalid');
    expect(error.message).toContain('service_name');
  });

  it('reports an unreachable server as a network failure', async () => {
    server.use(http.get(`${BASE}/city`, () => HttpResponse.error()));
    expect((await failure(client.city())).kind).toBe('network');
  });

  it('answers null for the endpoints a city may not have when they are absent (404)', async () => {
    const absent = () => HttpResponse.json({ code: 'not_found', message: 'no' }, { status: 404 });
    server.use(
      http.get(`${BASE}/fiber/segments`, absent),
      http.get(`${BASE}/eservices`, absent),
      http.get(`${BASE}/basemap/roads`, absent),
      http.get(`${BASE}/neighbourhoods`, absent),
      http.get(`${BASE}/requests.arrow`, absent),
      http.get(`${BASE}/requests/42`, absent),
    );
    expect(await client.fiberSegments()).toBeNull();
    expect(await client.eservices()).toBeNull();
    expect(await client.basemapRoads()).toBeNull();
    expect(await client.neighbourhoods()).toBeNull();
    expect(await client.requestsArrow()).toBeNull();
    expect(await client.requestDetails('42')).toBeNull();
  });

  it('still fails on a 404 of an endpoint every city has', async () => {
    server.use(http.get(`${BASE}/services`, () => HttpResponse.json({ code: 'x', message: 'gone' }, { status: 404 })));
    expect(await failure(client.services())).toMatchObject({ kind: 'http', status: 404, endpoint: 'services' });
  });

  it('reads districts one by one: closes open rings, sets aside broken or repeated ones with the reason', async () => {
    const open = square(45, 37); // four corners, not closed
    const feature = (id: unknown, coordinates: unknown) => ({
      type: 'Feature',
      properties: { id, name: { fa: 'منطقه', en: 'District' } },
      geometry: { type: 'Polygon', coordinates },
    });
    server.use(
      http.get(`${BASE}/districts`, () =>
        HttpResponse.json({
          type: 'FeatureCollection',
          features: [
            feature('منطقه-۱', [open]),
            feature('d.2 #%', [[...square(46, 37), [46, 37]]]),
            feature('d3', [
              [
                [45, 37],
                [45.1, 37],
              ],
            ]),
            feature('d.2 #%', [[...square(47, 37), [47, 37]]]),
            feature(null, [open]),
          ],
        }),
      ),
    );
    const { collection, setAside } = await client.districts();
    expect(collection.features.map((f) => f.properties.id)).toEqual(['منطقه-۱', 'd.2 #%']);
    expect(collection.features[0]!.geometry.coordinates[0]).toEqual([...open, open[0]]);
    expect(setAside.map((a) => [a.index, a.id])).toEqual([
      [2, 'd3'],
      [3, 'd.2 #%'],
      [4, null],
    ]);
    expect(setAside[0]!.reason).toBe('a ring has fewer than three corners');
    expect(setAside[1]!.reason).toBe('duplicate id');
  });

  it('asks for the Arrow form with its media type and returns the bytes', async () => {
    server.use(
      http.get(`${BASE}/requests.arrow`, ({ request }) => {
        expect(request.headers.get('accept')).toBe('application/vnd.apache.arrow.stream');
        return HttpResponse.arrayBuffer(new Uint8Array([1, 2, 3]).buffer);
      }),
    );
    expect([...new Uint8Array((await client.requestsArrow())!)]).toEqual([1, 2, 3]);
  });

  it('fetches a page of requests as text, with its cursor and the contract’s page size', async () => {
    server.use(
      http.get(`${BASE}/requests`, ({ request }) => {
        const url = new URL(request.url);
        return HttpResponse.text(`${url.searchParams.get('cursor')} ${url.searchParams.get('limit')}`);
      }),
    );
    expect(await client.requestsPage({ cursor: 'p2' })).toEqual({
      endpoint: 'requests?limit=5000&cursor=p2',
      text: 'p2 5000',
    });
  });

  it('reads one request with its text, alone or as Open311’s list of one', async () => {
    const withText = record('1-1523590121', { description: 'چاله\r\nعمیق', status_notes: 'crew sent', media_url: '' });
    server.use(
      http.get(`${BASE}/requests/1-1523590121`, () => HttpResponse.json(withText)),
      http.get(`${BASE}/requests/4fbd`, () => HttpResponse.json([{ ...withText, service_request_id: '4fbd' }])),
    );
    expect(await client.requestDetails('1-1523590121')).toMatchObject({
      service_request_id: '1-1523590121',
      description: 'چاله\r\nعمیق',
      status_notes: 'crew sent',
      media_url: null,
    });
    expect((await client.requestDetails('4fbd'))?.service_request_id).toBe('4fbd');
  });
});

describe('API client time-outs', () => {
  const city = { version: 2, id: 7, name: 'Bloomington', timezone: 'America/Indiana/Indianapolis' };

  it('gives up on a server that never answers, naming the endpoint, and frees the next call', async () => {
    server.use(
      http.get(`${BASE}/city`, async () => {
        await delay('infinite');
        return HttpResponse.json(city);
      }),
    );
    const error = await failure(client.city({ timeoutMs: 50 }));
    expect([error.kind, error.endpoint]).toEqual(['timeout', 'city']);
    server.use(http.get(`${BASE}/city`, () => HttpResponse.json(city)));
    await expect(client.city({ timeoutMs: 50 })).resolves.toMatchObject({ name: { en: 'Bloomington' } });
  });

  it('gives up on a body that stops half-way (a real server on localhost)', async () => {
    // The first bytes of the body, then nothing more, ever.
    const stalling = createServer((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/vnd.apache.arrow.stream' });
      response.write(Buffer.from([0xff, 0xff, 0xff, 0xff]));
    });
    await new Promise<void>((resolve) => stalling.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${String((stalling.address() as AddressInfo).port)}/api/v1`;
    server.use(http.get(`${base}/*`, () => passthrough()));
    try {
      const error = await failure(createApiClient(base).requestsArrow({ timeoutMs: 200 }));
      expect([error.kind, error.endpoint]).toEqual(['timeout', 'requests.arrow']);
    } finally {
      stalling.closeAllConnections();
      stalling.close();
    }
  });

  it('lets the caller’s own abort through as an abort, not as a failure of the API', async () => {
    server.use(
      http.get(`${BASE}/city`, async () => {
        await delay('infinite');
        return HttpResponse.json(city);
      }),
    );
    const controller = new AbortController();
    const call = client.city({ signal: controller.signal });
    controller.abort();
    await expect(call).rejects.toMatchObject({ name: 'AbortError' });
  });
});

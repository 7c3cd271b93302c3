import { http, HttpResponse } from 'msw';
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

describe('API client', () => {
  it('returns a validated city', async () => {
    const city = {
      id: 'urmia',
      name: { fa: 'ارومیه', en: 'Urmia' },
      center: [45.07, 37.55],
      bbox: [44.98, 37.48, 45.15, 37.62],
      timezone: 'Asia/Tehran',
      population: 1_000_000,
    };
    server.use(http.get(`${BASE}/city`, () => HttpResponse.json(city)));
    await expect(client.city()).resolves.toEqual(city);
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

  it('follows cursors, keeps valid records and sets aside broken ones by reason', async () => {
    server.use(
      http.get(`${BASE}/requests`, ({ request }) => {
        const url = new URL(request.url);
        expect(url.searchParams.get('service_code')).toBe('asphalt,lamp');
        if (url.searchParams.get('cursor') === null) {
          return HttpResponse.json({
            data: [record('1'), record('2', { lat: 137 }), record('3', { stage: 'lost' })],
            next_cursor: 'p2',
            total: 5,
          });
        }
        return HttpResponse.json({ data: [record('4'), { nonsense: true }], next_cursor: null, total: 5 });
      }),
    );
    const list = await client.requests({ service_code: ['asphalt', 'lamp'] });
    expect(list.requests.map((r) => r.service_request_id)).toEqual(['1', '4']);
    expect(list.setAside).toEqual({
      total: 3,
      byReason: { bad_coordinates: 1, bad_stage: 1, invalid_record: 1 },
    });
  });

  it('fetches the columnar form as bytes', async () => {
    server.use(
      http.get(`${BASE}/requests.bin`, () => HttpResponse.arrayBuffer(new Uint8Array([83, 78, 82, 81]).buffer)),
    );
    const buffer = await client.requestsColumnarBuffer();
    expect(new TextDecoder().decode(buffer)).toBe('SNRQ');
  });
});

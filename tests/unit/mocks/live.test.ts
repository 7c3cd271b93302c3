/**
 * The live demo city and `updated_after`: after `now` requests keep arriving and open ones are closed,
 * each stamped with its moment; a client that asks for what changed after a moment gets exactly the
 * records whose updated time (or requested time, when none) is strictly later — in JSON and in Arrow.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeArrowRequests } from '../../../src/api/arrow/arrow-requests';
import { RequestPage, type ServiceRequestBody } from '../../../src/api/request-schema';
import { stringAt } from '../../../src/domain/string-column';
import { createDemoServer } from '../../../mocks/node';
import { NOW, NOW_SEC } from './helpers';

const BASE = 'http://live.test/api/v1';
const COUNT = 5_000;
let clockSec = NOW_SEC;
const server = createDemoServer({
  basePath: BASE,
  now: NOW,
  requestCount: COUNT,
  live: { everySeconds: 10, clock: () => clockSec * 1000 },
});
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const iso = (sec: number) => new Date(sec * 1000).toISOString();

async function records(query: string): Promise<ServiceRequestBody[]> {
  const page = RequestPage.parse(await (await fetch(`${BASE}/requests?limit=5000&${query}`)).json());
  expect(page.next_cursor ?? null).toBeNull();
  return page.data as ServiceRequestBody[];
}

const changedAt = (r: ServiceRequestBody) => Date.parse(r.updated_datetime ?? r.requested_datetime) / 1000;

describe('the live demo city', () => {
  it('holds the generated year until time passes, then adds a request per interval and closes one every other', async () => {
    clockSec = NOW_SEC + 5;
    const before = RequestPage.parse(await (await fetch(`${BASE}/requests?limit=1`)).json()).total;
    expect(before).toBe(COUNT);
    const year = await records('');
    const latest = Math.max(...year.map(changedAt));
    expect(latest).toBeLessThan(NOW_SEC);

    clockSec = NOW_SEC + 60;
    const changed = await records(`updated_after=${iso(NOW_SEC - 1)}`);
    const added = changed.filter((r) => Date.parse(r.requested_datetime) / 1000 >= NOW_SEC);
    const closed = changed.filter((r) => Date.parse(r.requested_datetime) / 1000 < NOW_SEC);
    // Six arrivals at +10 s … +60 s, three closures at +20, +40 and +60 s.
    expect(added.map((r) => Date.parse(r.requested_datetime) / 1000 - NOW_SEC)).toEqual([10, 20, 30, 40, 50, 60]);
    expect(added.every((r) => r.status === 'open' && r.updated_datetime === r.requested_datetime)).toBe(true);
    expect(closed.map((r) => [r.status, changedAt(r) - NOW_SEC]).sort()).toEqual([
      ['closed', 20],
      ['closed', 40],
      ['closed', 60],
    ]);
    const wasOpen = new Set(year.filter((r) => r.status === 'open').map((r) => r.service_request_id));
    expect(closed.every((r) => wasOpen.has(r.service_request_id))).toBe(true);
    // New ids follow the year's: the API's order stays the order of time.
    expect(new Set(added.map((r) => r.service_request_id)).size).toBe(6);
    expect(added.every((r) => Number(r.service_request_id) > COUNT)).toBe(true);
  });

  it('gives the same changes again for the same moment (seed and elapsed time fix them)', async () => {
    clockSec = NOW_SEC + 60;
    const a = await records(`updated_after=${iso(NOW_SEC)}`);
    const other = createDemoServer({
      basePath: 'http://other.test/api/v1',
      now: NOW,
      requestCount: COUNT,
      live: { everySeconds: 10, clock: () => (NOW_SEC + 60) * 1000 },
    });
    const rows = other.city.rows({
      start: null,
      end: null,
      services: null,
      status: null,
      district: null,
      updatedAfter: NOW_SEC,
    });
    const ids = Array.from(rows, (i) => stringAt(other.city.requests.table.ids, i));
    expect(ids).toEqual(a.map((r) => r.service_request_id));
  });
});

describe('updated_after', () => {
  it('is strictly after: a record changed at the instant itself is left out, one a second later is in', async () => {
    clockSec = NOW_SEC + 30;
    const at20 = iso(NOW_SEC + 20);
    const after20 = await records(`updated_after=${encodeURIComponent(at20)}`);
    expect(after20.map((r) => changedAt(r) - NOW_SEC)).toEqual([30]);
    const after19 = await records(`updated_after=${encodeURIComponent(iso(NOW_SEC + 19))}`);
    expect(after19.map((r) => changedAt(r) - NOW_SEC).sort()).toEqual([20, 20, 30]);
    // A fraction of a second past 19 is still before 20.
    const fraction = await records(`updated_after=${encodeURIComponent(iso(NOW_SEC + 19.5))}`);
    expect(fraction.length).toBe(3);
  });

  it('reads an offset and a city-time date-time alike, and combines with the other filters', async () => {
    clockSec = NOW_SEC + 60;
    const utc = await records(`updated_after=${encodeURIComponent(iso(NOW_SEC - 86_400 * 30))}`);
    // The same instant written in Tehran's offset (+03:30).
    const local = new Date((NOW_SEC - 86_400 * 30 + 3.5 * 3600) * 1000).toISOString().replace('.000Z', '+03:30');
    expect((await records(`updated_after=${encodeURIComponent(local)}`)).length).toBe(utc.length);
    const open = await records(`status=open&updated_after=${encodeURIComponent(iso(NOW_SEC - 86_400 * 30))}`);
    expect(open.length).toBe(utc.filter((r) => r.status === 'open').length);
    expect(open.length).toBeLessThan(utc.length);
  });

  it('gives the same records in the Arrow body', async () => {
    clockSec = NOW_SEC + 60;
    const query = `updated_after=${encodeURIComponent(iso(NOW_SEC - 86_400 * 3))}`;
    const json = (await records(query)).filter((r) => r.lat !== null);
    const response = await fetch(`${BASE}/requests.arrow?${query}`);
    const codes = new Set(server.city.services.map((s) => s.service_code));
    const { table } = decodeArrowRequests(await response.arrayBuffer(), (code) => codes.has(code));
    expect(table.count).toBeGreaterThan(6);
    expect(Array.from({ length: table.count }, (_, i) => stringAt(table.ids, i))).toEqual(
      json.map((r) => r.service_request_id),
    );
  });
});

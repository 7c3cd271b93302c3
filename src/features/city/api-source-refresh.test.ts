/**
 * Refreshing from a Shahrnama API, end to end in node: after a full load the source asks only for what
 * changed since (`updated_after`, with an overlap), the worker merges it, and the figures are those of a
 * full load at the same moment. A server that refuses the parameter, and an old full load, get full loads.
 */
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createApiClient } from '../../api/client';
import { AppConfig } from '../../api/schemas';
import { CHANGE_OVERLAP_SECONDS } from '../../domain/refresh-plan';
import { InProcessLoader } from '../../workers/in-process-loader';
import type { FilterSpec } from '../../workers/request-protocol';
import { createDemoServer } from '../../../mocks/node';
import { apiSource } from './api-source';

const BASE = 'http://refresh.test/api/v1';
const NOW = new Date('2025-06-15T08:00:00Z');
const NOW_SEC = NOW.getTime() / 1000;
let clockSec = NOW_SEC;
const server = createDemoServer({
  basePath: BASE,
  now: NOW,
  requestCount: 4_000,
  live: { everySeconds: 30, clock: () => clockSec * 1000 },
});
const asked: string[] = [];
server.events.on('request:start', ({ request }) => {
  if (/\/requests(\.arrow)?\b/.test(request.url)) asked.push(request.url.slice(BASE.length + 1));
});
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  server.resetHandlers();
  asked.length = 0;
  clockSec = NOW_SEC;
  vi.restoreAllMocks();
});
afterAll(() => server.close());

const everything: FilterSpec = {
  from: 0,
  to: 2 ** 32 - 1,
  serviceCodes: null,
  status: 'all',
  district: null,
  neighbourhood: null,
  countBy: 'requests',
  bins: { unit: 'week', bounds: [] },
};

function source(requestsFormat: 'arrow' | 'json', fullReloadMinutes = 60) {
  const config = AppConfig.parse({ apiBaseUrl: BASE, demo: false, requestsFormat, fullReloadMinutes });
  return apiSource(createApiClient(BASE), config);
}

function figures(loader: InProcessLoader) {
  const { city, followUp } = loader.query({ city: everything, area: null, now: clockSec, hexBins: false });
  return {
    requests: city.requests,
    open: city.open,
    overdue: city.overdue,
    byDistrict: [...city.byDistrict],
    byStage: [...city.byStage],
    problems: followUp.problemCount,
  };
}

/** A full load, from a source of its own, of what the API holds now. */
async function fullLoadNow(requestsFormat: 'arrow' | 'json') {
  const s = source(requestsFormat);
  const loader = new InProcessLoader();
  const loaded = await s.loadRequests(loader, await s.loadCity(), {});
  return { loaded, figures: figures(loader) };
}

const query = (url: string) => Object.fromEntries(new URL(url, `${BASE}/`).searchParams);

describe.each(['arrow', 'json'] as const)('refreshing from the API (%s)', (format) => {
  it('asks for the changes since the latest held, less the overlap, and reaches the figures of a full load', async () => {
    const s = source(format);
    const city = await s.loadCity();
    const loader = new InProcessLoader();
    const first = await s.loadRequests(loader, city, {});
    expect(asked.every((url) => !('updated_after' in query(url)))).toBe(true);
    // Ten minutes on: twenty new requests and ten closed.
    clockSec = NOW_SEC + 600;
    asked.length = 0;
    const refreshed = await s.loadRequests(loader, city, {});
    expect(asked.length).toBe(1);
    expect(query(asked[0]!).updated_after).toBe(
      new Date((first.changedUpTo - CHANGE_OVERLAP_SECONDS) * 1000).toISOString().replace('.000Z', 'Z'),
    );
    expect(asked[0]!.startsWith(format === 'arrow' ? 'requests.arrow?' : 'requests?')).toBe(true);
    const full = await fullLoadNow(format);
    expect(refreshed.count).toBe(first.count + 20);
    expect(refreshed.count).toBe(full.loaded.count);
    expect(refreshed.setAside).toEqual(full.loaded.setAside);
    expect(refreshed.changedUpTo).toBe(NOW_SEC + 600);
    expect(figures(loader)).toEqual(full.figures);
    // Nothing changed since: the next refresh merges the overlap again, harmlessly.
    await s.loadRequests(loader, city, {});
    expect(figures(loader)).toEqual(full.figures);
  });
});

describe('falling back to a full load', () => {
  it('loads everything, from then on, when the server answers updated_after with 400', async () => {
    server.use(
      http.get(`${BASE}/requests.arrow`, ({ request }) =>
        new URL(request.url).searchParams.has('updated_after')
          ? HttpResponse.json({ code: 'bad_request', message: 'unknown parameter updated_after' }, { status: 400 })
          : undefined,
      ),
    );
    const s = source('arrow');
    const city = await s.loadCity();
    const loader = new InProcessLoader();
    await s.loadRequests(loader, city, {});
    clockSec = NOW_SEC + 300;
    asked.length = 0;
    const refreshed = await s.loadRequests(loader, city, {});
    expect(asked.map((url) => url.split('?')[0])).toEqual(['requests.arrow', 'requests.arrow']);
    expect(query(asked[1]!)).toEqual({});
    expect(refreshed.count).toBe((await fullLoadNow('arrow')).loaded.count);
    asked.length = 0;
    await s.loadRequests(loader, city, {});
    expect(asked).toEqual(['requests.arrow']);
  });

  it('loads everything once the last full load is fullReloadMinutes old, and into another worker', async () => {
    const start = Date.now();
    const now = vi.spyOn(Date, 'now').mockReturnValue(start);
    const s = source('arrow', 30);
    const city = await s.loadCity();
    const loader = new InProcessLoader();
    await s.loadRequests(loader, city, {});
    now.mockReturnValue(start + 29 * 60_000);
    asked.length = 0;
    await s.loadRequests(loader, city, {});
    expect('updated_after' in query(asked[0]!)).toBe(true);
    now.mockReturnValue(start + 30 * 60_000);
    asked.length = 0;
    await s.loadRequests(loader, city, {});
    expect(asked).toEqual(['requests.arrow']);
    asked.length = 0;
    await s.loadRequests(new InProcessLoader(), city, {});
    expect(asked).toEqual(['requests.arrow']);
  });
});

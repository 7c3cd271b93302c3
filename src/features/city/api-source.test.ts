/**
 * The Shahrnama API as a source, end to end in node: the demo city through msw's node server, read by the
 * same session and settling the worker runs. The Arrow form and the JSON pages reach the same figures, and
 * a server without the Arrow endpoint falls back to paging by itself.
 */
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createApiClient } from '../../api/client';
import { AppConfig } from '../../api/schemas';
import { stringAt } from '../../domain/string-column';
import { InProcessLoader } from '../../workers/in-process-loader';
import type { FilterSpec, Loaded } from '../../workers/request-protocol';
import { createDemoServer } from '../../../mocks/node';
import { apiSource } from './api-source';

const BASE = 'http://source.test/api/v1';
const server = createDemoServer({ basePath: BASE, now: new Date('2025-06-15T08:00:00Z'), requestCount: 6_000 });
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
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

async function load(requestsFormat: 'arrow' | 'json', pages: string[] = []) {
  const config = AppConfig.parse({ apiBaseUrl: BASE, demo: false, requestsFormat });
  const source = apiSource(createApiClient(BASE), config);
  const city = await source.loadCity();
  const loader = new InProcessLoader();
  const loaded = await source.loadRequests(loader, city, { onProgress: (p) => pages.push(`${p.read}/${p.total}`) });
  const figures = loader.query({
    city: everything,
    area: null,
    now: Date.parse('2025-06-15T08:00:00Z') / 1000,
    hexBins: false,
  });
  return { city, loaded, figures };
}

const ids = (loaded: Loaded) =>
  Array.from({ length: loaded.drawable.count }, (_, i) => stringAt(loaded.drawable.ids, i));

describe('the Shahrnama API as a source', () => {
  it('reads the city, its areas and categories in contract v2', async () => {
    const { city } = await load('arrow');
    expect(city.city).toMatchObject({ id: 'urmia', timezone: 'Asia/Tehran', calendar: 'persian' });
    expect(city.districts.features.length).toBeGreaterThan(0);
    expect(city.neighbourhoods.features.length).toBeGreaterThan(0);
    expect(city.notes).toEqual([]);
  });

  it('reaches the same requests and figures from the Arrow body and from the JSON pages', async () => {
    const pages: string[] = [];
    const arrow = await load('arrow');
    const json = await load('json', pages);
    expect(pages).toEqual(['5000/6000', '6000/6000']);
    expect(json.loaded.count).toBe(arrow.loaded.count);
    expect(json.loaded.setAside).toEqual(arrow.loaded.setAside);
    expect(json.loaded.range).toEqual(arrow.loaded.range);
    expect(ids(json.loaded)).toEqual(ids(arrow.loaded));
    const figures = (f: typeof arrow.figures) => ({
      ...f.city,
      byBin: [...f.city.byBin],
      byStage: [...f.city.byStage],
    });
    expect(figures(json.figures)).toMatchObject(figures(arrow.figures));
    // The demo's documented bad records are set aside with their reasons, whatever the form.
    expect(arrow.loaded.setAside.byReason.no_coordinates).toBeGreaterThan(0);
  });

  it('pages through /requests by itself when the server has no Arrow endpoint', async () => {
    const arrow = await load('arrow');
    server.use(
      http.get(`${BASE}/requests.arrow`, () =>
        HttpResponse.json({ code: 'not_found', message: 'no' }, { status: 404 }),
      ),
    );
    const fallback = await load('arrow');
    expect(fallback.loaded.count).toBe(arrow.loaded.count);
    expect(ids(fallback.loaded)).toEqual(ids(arrow.loaded));
  });

  it('names the endpoint when a page is not a page of requests', async () => {
    server.use(http.get(`${BASE}/requests`, () => HttpResponse.html('<html>proxy error</html>')));
    await expect(load('json')).rejects.toMatchObject({
      kind: 'invalid',
      endpoint: 'requests?limit=5000',
      message: 'the answer is an HTML page, not JSON',
    });
  });

  it('reads /eservices in the domain’s terms, null when the city has none, invalid when it does not match', async () => {
    const source = apiSource(createApiClient(BASE), AppConfig.parse({ apiBaseUrl: BASE, demo: false }));
    const eservices = await source.eservices();
    expect(eservices?.catalogue.length).toBeGreaterThanOrEqual(88);
    expect(eservices?.serviceUsage?.length).toBeGreaterThan(0);
    expect(eservices?.rollout.map((r) => r.districtId)).toEqual(['1', '2', '3', '4', '5']);
    server.use(
      http.get(`${BASE}/eservices`, () => HttpResponse.json({ code: 'not_found', message: 'no' }, { status: 404 })),
    );
    expect(await source.eservices()).toBeNull();
    server.use(http.get(`${BASE}/eservices`, () => HttpResponse.json({ catalogue: [] })));
    await expect(source.eservices()).rejects.toMatchObject({ kind: 'invalid', endpoint: 'eservices' });
  });
});

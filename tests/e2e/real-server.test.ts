/**
 * The built app against a real HTTP server on localhost serving the API contract as files (the demo city
 * exported by scripts/export-demo.ts) — no service worker in between. Everything a user sees must still
 * work, and the figures must equal what the served files say.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot, screenshotMap } from './support/browser';
import {
  expectedFigures,
  expectFigures,
  nowSeconds,
  openApp,
  periodBounds,
  urlQuery,
  type CityApiData,
} from './support/app';
import { exportDemoApi, readExportedApi, type ExportedApi } from './support/demo-export';
import { decodePng, pixelStats } from './support/png';
import { startStaticServer, type StaticServer } from './support/static-server';
import { useBrowser } from './support/suite';

describe('against a real HTTP API server (no service worker)', () => {
  const browser = useBrowser();
  let api: ExportedApi;
  let data: CityApiData;
  let server: StaticServer;

  beforeAll(async () => {
    api = await exportDemoApi();
    data = await readExportedApi(api.dir);
    server = await startStaticServer({
      config: { apiBaseUrl: '/api/v1', demo: false, defaultLanguage: 'fa', refreshIntervalSeconds: 300 },
      mounts: [{ urlPath: '/api/v1', dir: api.dir, extensionlessType: 'application/json; charset=utf-8' }],
    });
  });
  afterAll(async () => {
    await server?.close();
    await api?.remove();
  });

  it('loads the contract from the server, draws the map and shows the served figures', async () => {
    const since = nowSeconds();
    const { page } = await browser.open();
    await openApp(page, server.url, '?lang=en');

    // No service worker: the page is not controlled, none is registered, its script was never fetched.
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length)).toBe(0);
    expect(server.log.some((p) => p.includes('mockServiceWorker'))).toBe(false);
    for (const endpoint of ['city', 'districts', 'neighbourhoods', 'services', 'requests.arrow', 'basemap/roads']) {
      expect(
        server.log.some((p) => p.startsWith(`/api/v1/${endpoint}`)),
        endpoint,
      ).toBe(true);
    }

    const stats = pixelStats(decodePng(await screenshotMap(page)));
    expect(stats.distinctColours, JSON.stringify(stats)).toBeGreaterThan(50);

    await expectFigures(page, 'kpi', expectedFigures(data, null, await periodBounds(page)), since, expect);
    await saveScreenshot(page, 'real-server-en-city');

    const district = data.districts.features[0]!;
    await page.getByTestId('district-list').getByRole('button', { name: district.properties.name.en }).click();
    await expect.poll(() => page.getByTestId('area-name').innerText()).toBe(district.properties.name.en);
    expect((await urlQuery(page)).d).toBe(district.properties.id);
    await expectFigures(
      page,
      'panel-kpi',
      expectedFigures(data, { shape: district.geometry, districtId: district.properties.id }, await periodBounds(page)),
      since,
      expect,
    );
    await saveScreenshot(page, 'real-server-en-district');
  });

  it('turns the fiber layer on with the segments from the server', async () => {
    const { page } = await browser.open();
    await openApp(page, server.url, '?lang=en');
    const before = server.log.length;
    await page.getByTestId('layer-fiber').check();
    await expect.poll(() => server.log.slice(before).some((p) => p.startsWith('/api/v1/fiber/segments'))).toBe(true);
    await expect.poll(async () => (await urlQuery(page)).layers ?? '').toContain('fiber');
    expect(await page.getByTestId('app').getAttribute('data-state')).toBe('ready');
  });
});

/**
 * A city whose data is odd but within contract v2, served by a real HTTP server (the exported demo city
 * with rewritten areas): district and neighbourhood ids with Persian letters, a space, `#`, `<`, `%` and
 * 200 characters are drilled into from a link and round-trip through it; a district named like an HTML
 * injection is shown as that text in the panel, the breadcrumbs and the map's tooltip, never as HTML; a
 * link whose map centre is not two numbers opens on the city.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot, waitForReady } from './support/browser';
import {
  deepInteriorPoint,
  isMapAt,
  openApp,
  projectToScreen,
  urlQuery,
  waitForMapToSettle,
  type AreaCollection,
  type CityApiData,
  type DistrictProps,
  type NeighbourhoodProps,
} from './support/app';
import { exportDemoApi, readExportedApi, type ExportedApi } from './support/demo-export';
import { startStaticServer, type StaticServer } from './support/static-server';
import { useBrowser } from './support/suite';

const ODD_ID = 'منطقه-۱ #<%';
const LONG_ID = `d.${'x'.repeat(198)}`;
const ODD_NEIGHBOURHOOD_ID = 'محله ۱/۲?a=b&c#d';
const INJECTION = '<img src=x onerror=alert(1)>';

/** Rewrites the exported areas: odd ids for the first two districts, an injection as the third's name. */
async function rewriteAreas(dir: string): Promise<void> {
  const districtsFile = path.join(dir, 'districts');
  const neighbourhoodsFile = path.join(dir, 'neighbourhoods');
  const districts = JSON.parse(await readFile(districtsFile, 'utf8')) as AreaCollection<DistrictProps>;
  const neighbourhoods = JSON.parse(await readFile(neighbourhoodsFile, 'utf8')) as AreaCollection<NeighbourhoodProps>;
  const renamed = new Map([
    [districts.features[0]!.properties.id, ODD_ID],
    [districts.features[1]!.properties.id, LONG_ID],
  ]);
  for (const d of districts.features) d.properties.id = renamed.get(d.properties.id) ?? d.properties.id;
  districts.features[2]!.properties.name = { fa: INJECTION, en: INJECTION };
  for (const n of neighbourhoods.features)
    n.properties.district_id = renamed.get(n.properties.district_id) ?? n.properties.district_id;
  neighbourhoods.features.find((n) => n.properties.district_id === ODD_ID)!.properties.id = ODD_NEIGHBOURHOOD_ID;
  await writeFile(districtsFile, JSON.stringify(districts));
  await writeFile(neighbourhoodsFile, JSON.stringify(neighbourhoods));
}

describe('a city with odd ids and hostile names', () => {
  const browser = useBrowser();
  let api: ExportedApi;
  let data: CityApiData;
  let server: StaticServer;

  beforeAll(async () => {
    api = await exportDemoApi();
    await rewriteAreas(api.dir);
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

  it('drills into a district whose id is `منطقه-۱ #<%` from a link, and into its neighbourhood with an odd id', async () => {
    const district = data.districts.features[0]!;
    const neighbourhood = data.neighbourhoods.features.find((n) => n.properties.id === ODD_NEIGHBOURHOOD_ID)!;
    for (const lang of ['fa', 'en'] as const) {
      const { page } = await browser.open();
      await openApp(page, server.url, `?lang=${lang}&d=${encodeURIComponent(ODD_ID)}`);
      await expect.poll(() => page.getByTestId('area-name').innerText()).toBe(district.properties.name[lang]);
      expect((await urlQuery(page)).d).toBe(ODD_ID);
      expect(await page.getByTestId('crumb').count()).toBe(2);
      await page
        .getByTestId('neighbourhood-list')
        .getByRole('button', { name: neighbourhood.properties.name[lang] })
        .click();
      await expect.poll(() => page.getByTestId('area-name').innerText()).toBe(neighbourhood.properties.name[lang]);
      expect(await urlQuery(page)).toMatchObject({ d: ODD_ID, n: ODD_NEIGHBOURHOOD_ID });
      // The link the app wrote opens the same neighbourhood.
      await page.reload();
      await waitForReady(page);
      await expect.poll(() => page.getByTestId('area-name').innerText()).toBe(neighbourhood.properties.name[lang]);
      await page.goBack();
      await expect.poll(() => page.getByTestId('area-name').innerText()).toBe(district.properties.name[lang]);
      await waitForMapToSettle(page);
      await saveScreenshot(page, `hostile-city-${lang}-odd-id`);
    }
  });

  it('drills into a district whose id has a dot and 200 characters', async () => {
    const district = data.districts.features[1]!;
    const { page } = await browser.open();
    await openApp(page, server.url, '?lang=en');
    await page.getByTestId('district-list').getByRole('button', { name: district.properties.name.en }).click();
    await expect.poll(() => page.getByTestId('area-name').innerText()).toBe(district.properties.name.en);
    expect((await urlQuery(page)).d).toBe(LONG_ID);
  });

  it('shows a district named `<img src=x onerror=alert(1)>` as that text in the panel and the map tooltip', async () => {
    const { page, requests } = await browser.open();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await openApp(page, server.url, `?lang=en&c=${data.city.center.join(',')}&z=11.5`);
    const district = data.districts.features[2]!;
    const [lon, lat] = deepInteriorPoint(district.geometry);
    const { x, y } = await projectToScreen(page, lon, lat);
    expect(await isMapAt(page, x, y), 'the district lies under a panel').toBe(true);
    await page.mouse.move(x, y);
    const tooltip = page.locator('.map-tooltip');
    await expect.poll(() => tooltip.innerText()).toContain(`${INJECTION}:`);
    expect(await tooltip.locator('img').count()).toBe(0);

    await page.getByTestId('district-list').getByRole('button', { name: INJECTION }).click();
    await expect.poll(() => page.getByTestId('area-name').innerText()).toBe(INJECTION);
    expect(await page.getByTestId('crumb').last().innerText()).toBe(INJECTION);
    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.getByTestId('area-name').innerText()).toBe(INJECTION);
    await saveScreenshot(page, 'hostile-city-fa-injection-name');

    // Nothing of it became an element, ran, or fetched its image.
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    expect(requests.filter((url) => new URL(url).pathname.endsWith('/x'))).toEqual([]);
    expect(server.log.filter((p) => p.endsWith('/x'))).toEqual([]);
  });

  it('opens on the city when the link’s map centre is not two numbers (`?c=,`)', async () => {
    const { page } = await browser.open();
    await openApp(page, server.url, '?c=,&z=&lang=en');
    await waitForMapToSettle(page);
    const [lon, lat] = (await urlQuery(page)).c!.split(',').map(Number) as [number, number];
    const [w, s, e, n] = data.city.bbox;
    expect(lon).toBeGreaterThan(w);
    expect(lon).toBeLessThan(e);
    expect(lat).toBeGreaterThan(s);
    expect(lat).toBeLessThan(n);
  });
});

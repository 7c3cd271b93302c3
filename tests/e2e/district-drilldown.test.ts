/**
 * District drilldown: a click on a district of the map opens its panel, with its name and with figures
 * equal to those worked out here from the API's own data; Escape and the browser's Back go up a level.
 */
import { describe, expect, it } from 'vitest';
import { saveScreenshot } from './support/browser';
import {
  deepInteriorPoint,
  expectedFigures,
  expectFigures,
  fetchCityApiData,
  isMapAt,
  nowSeconds,
  openApp,
  periodBounds,
  projectToScreen,
  urlQuery,
} from './support/app';
import { useBrowser, useDistServer } from './support/suite';

describe('district drilldown', () => {
  const browser = useBrowser();
  const app = useDistServer();

  it('a click on a district of the map shows its name and the figures the API data gives', async () => {
    const since = nowSeconds();
    const { page } = await browser.open();
    await openApp(page, app.url);
    const { city } = await fetchCityApiData(page);
    // A fixed view, so the district's screen position follows from the URL's centre and zoom.
    await openApp(page, app.url, `?c=${city.center.join(',')}&z=11.5`);
    // The demo city is generated anew at every page load, with that moment as its "now": take the data
    // of this load.
    const data = await fetchCityApiData(page);

    // The city strip first: the whole city's figures from the same data.
    const period = await periodBounds(page);
    expect(period.from).toBeLessThanOrEqual(since);
    expect(period.to).toBeGreaterThan(since);
    await expectFigures(page, 'kpi', expectedFigures(data, null, period), since, expect);

    let target: { x: number; y: number; index: number } | null = null;
    for (const [index, district] of data.districts.features.entries()) {
      const [lon, lat] = deepInteriorPoint(district.geometry);
      const { x, y } = await projectToScreen(page, lon, lat);
      if (await isMapAt(page, x, y)) {
        target = { x, y, index };
        break;
      }
    }
    expect(target, 'no district lies in the visible part of the map').not.toBeNull();
    const district = data.districts.features[target!.index]!;
    await page.mouse.click(target!.x, target!.y);

    await expect.poll(async () => (await urlQuery(page)).d).toBe(district.properties.id);
    await expect.poll(() => page.getByTestId('area-name').innerText()).toBe(district.properties.name.fa);
    const crumbs = page.getByTestId('crumb');
    await expect.poll(() => crumbs.count()).toBe(2);
    expect(await crumbs.last().innerText()).toBe(district.properties.name.fa);
    expect(await page.getByTestId('neighbourhood-list').isVisible()).toBe(true);

    const expected = expectedFigures(
      data,
      { shape: district.geometry, districtId: district.properties.id },
      await periodBounds(page),
    );
    expect(expected.at(since).requests, 'the demo district should have requests this year').toBeGreaterThan(0);
    await expectFigures(page, 'panel-kpi', expected, since, expect);
    await saveScreenshot(page, 'drilldown-map-click-fa');
  });

  it('Escape and the browser Back button go up one level at a time', async () => {
    const since = nowSeconds();
    const { page } = await browser.open();
    await openApp(page, app.url, '?lang=en');
    const data = await fetchCityApiData(page);
    const district = data.districts.features[data.districts.features.length - 1]!;
    const neighbourhood = data.neighbourhoods.features.find(
      (f) => f.properties.district_id === district.properties.id,
    )!;
    const areaName = page.getByTestId('area-name');

    // Into the district from the panel's list, then into one of its neighbourhoods.
    await page.getByTestId('district-list').getByRole('button', { name: district.properties.name.en }).click();
    await expect.poll(() => areaName.innerText()).toBe(district.properties.name.en);
    await page
      .getByTestId('neighbourhood-list')
      .getByRole('button', { name: neighbourhood.properties.name.en })
      .click();
    await expect.poll(() => areaName.innerText()).toBe(neighbourhood.properties.name.en);
    expect(await urlQuery(page)).toMatchObject({ d: district.properties.id, n: neighbourhood.properties.id });
    await expect.poll(() => page.getByTestId('crumb').count()).toBe(3);
    await expectFigures(
      page,
      'panel-kpi',
      expectedFigures(data, { shape: neighbourhood.geometry }, await periodBounds(page)),
      since,
      expect,
    );

    // Escape: neighbourhood → district → city.
    await page.keyboard.press('Escape');
    await expect.poll(() => areaName.innerText()).toBe(district.properties.name.en);
    expect((await urlQuery(page)).n).toBeUndefined();
    await page.keyboard.press('Escape');
    await expect.poll(() => areaName.innerText()).toBe('Whole city');
    expect(await urlQuery(page)).not.toHaveProperty('d');
    expect(await page.getByTestId('district-list').isVisible()).toBe(true);

    // Back: each drill-in is a history entry.
    await page.getByTestId('district-list').getByRole('button', { name: district.properties.name.en }).click();
    await expect.poll(() => areaName.innerText()).toBe(district.properties.name.en);
    await page
      .getByTestId('neighbourhood-list')
      .getByRole('button', { name: neighbourhood.properties.name.en })
      .click();
    await expect.poll(() => areaName.innerText()).toBe(neighbourhood.properties.name.en);
    await page.goBack();
    await expect.poll(() => areaName.innerText()).toBe(district.properties.name.en);
    expect((await urlQuery(page)).d).toBe(district.properties.id);
    await expectFigures(
      page,
      'panel-kpi',
      expectedFigures(data, { shape: district.geometry, districtId: district.properties.id }, await periodBounds(page)),
      since,
      expect,
    );
    await page.goBack();
    await expect.poll(() => areaName.innerText()).toBe('Whole city');
    expect(await urlQuery(page)).not.toHaveProperty('d');
    await expect.poll(() => page.getByTestId('crumb').count()).toBe(1);
  });
});

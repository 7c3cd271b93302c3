/**
 * The view lives in the URL: filters, drilldown and map view survive a reload and a shared link, and a
 * damaged link opens on the defaults instead of an error.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { saveScreenshot, waitForReady } from './support/browser';
import {
  expectedFigures,
  expectFigures,
  fetchCityApiData,
  nowSeconds,
  openApp,
  periodBounds,
  readFigures,
  urlQuery,
  waitForMapToSettle,
} from './support/app';
import { useBrowser, useDistServer } from './support/suite';

/**
 * The figures shown equal those of this page load's API data. The demo city is generated afresh at each
 * load with that moment as its "now", so a reload may add a request: the figures are checked against the
 * data, the view itself for equality.
 */
async function expectFiguresOfThisLoad(page: Page, since: number) {
  const data = await fetchCityApiData(page);
  const query = await urlQuery(page);
  const period = await periodBounds(page);
  const filter = { status: query.status as 'open', group: query.group ?? null };
  const district = data.districts.features.find((f) => f.properties.id === query.d)!;
  await expectFigures(page, 'kpi', expectedFigures(data, null, period, filter), since, expect);
  const area = { shape: district.geometry, districtId: district.properties.id };
  await expectFigures(page, 'panel-kpi', expectedFigures(data, area, period, filter), since, expect);
}

/** Everything a user sees of the view: the URL state, the selections and names on screen. */
async function visibleState(page: Page) {
  const select = (id: string) => page.getByTestId(id).inputValue();
  return {
    query: await urlQuery(page),
    html: await page.evaluate(() => `${document.documentElement.lang}/${document.documentElement.dir}`),
    period: await select('period-select'),
    bounds: await periodBounds(page),
    group: await select('group-select'),
    status: await select('status-select'),
    area: await page.getByTestId('area-name').innerText(),
    crumbs: await page.getByTestId('crumb').allInnerTexts(),
    layers: await page.locator('[data-testid^=layer-]:checked').evaluateAll((els) => els.map((e) => e.dataset.testid)),
  };
}

describe('URL state', () => {
  const browser = useBrowser();
  const app = useDistServer();

  it('a reload and a shared link restore filters, drilldown, map view and the figures shown', async () => {
    const { page } = await browser.open();
    await openApp(page, app.url, '?lang=en');
    const cityFigures = await readFigures(page, 'kpi');

    await page.getByTestId('period-select').selectOption('last_30_days');
    await page.getByTestId('status-select').selectOption('open');
    const groups = await page
      .getByTestId('group-select')
      .locator('option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(groups.length).toBeGreaterThan(0);
    await page.getByTestId('group-select').selectOption(groups[0]!);
    await expect.poll(() => readFigures(page, 'kpi')).not.toEqual(cityFigures);

    await page.getByTestId('district-list').getByRole('button').first().click();
    await expect.poll(async () => (await urlQuery(page)).d).toBeTruthy();
    await waitForMapToSettle(page);
    // Pan and zoom with the mouse, as a user would.
    const box = (await page.getByTestId('map').boundingBox())!;
    const cx = box.x + box.width / 2;
    const cy = box.y + box.height / 2;
    await page.mouse.move(cx, cy);
    await page.mouse.wheel(0, -300);
    await page.waitForTimeout(400);
    await page.mouse.down();
    await page.mouse.move(cx + 120, cy + 60, { steps: 10 });
    await page.mouse.up();
    await waitForMapToSettle(page);

    await expect.poll(async () => (await readFigures(page, 'panel-kpi')).requests).toBeGreaterThanOrEqual(0);
    const before = await visibleState(page);
    expect(before.query).toMatchObject({ lang: 'en', period: 'last_30_days', status: 'open', group: groups[0] });
    expect(before.query.d).toBeTruthy();
    expect(before.query.c).toMatch(/^-?\d+\.\d{5},-?\d+\.\d{5}$/);
    expect(Number(before.query.z)).toBeGreaterThan(0);
    expect(before.crumbs).toHaveLength(2);
    await saveScreenshot(page, 'url-state-before-reload-en');

    const reloaded = nowSeconds();
    await page.reload();
    await waitForReady(page);
    await page.waitForTimeout(1500); // a map that wrongly flew somewhere would rewrite c/z by now
    expect(await visibleState(page)).toEqual(before);
    await expectFiguresOfThisLoad(page, reloaded);

    // The same link in a fresh browser context: a shared link.
    const shared = nowSeconds();
    const other = await browser.open();
    await openApp(other.page, app.url, `?${new URLSearchParams(before.query).toString()}`);
    await other.page.waitForTimeout(1500);
    expect(await visibleState(other.page)).toEqual(before);
    await expectFiguresOfThisLoad(other.page, shared);
  });

  it('invalid URL values fall back to the defaults without an error', async () => {
    const { page } = await browser.open();
    await openApp(page, app.url);
    const defaults = await visibleState(page);

    const damaged = new URLSearchParams({
      lang: 'xx',
      c: '999,-999',
      z: 'deep',
      period: 'forever',
      from: '2024-13-45',
      to: 'yesterday',
      status: 'maybe',
      group: '<script>alert(1)</script>',
      d: '../../etc/passwd',
      n: 'no such area',
    });
    const since = nowSeconds();
    await openApp(page, app.url, `?${damaged.toString()}`);
    const state = await visibleState(page);
    expect(state.html).toBe('fa/rtl');
    expect(state.period).toBe('this_year');
    expect(state.status).toBe('all');
    expect(state.group).toBe('');
    expect(state.area).toBe(defaults.area);
    expect(state.crumbs).toEqual(defaults.crumbs);
    expect(state.bounds).toEqual(defaults.bounds);
    // The whole city's figures, as this load's API data gives them for the default filters.
    await expectFigures(page, 'kpi', expectedFigures(await fetchCityApiData(page), null, state.bounds), since, expect);
    expect(state.layers).toEqual(defaults.layers);
    expect(await page.getByTestId('api-error').count()).toBe(0);

    // A custom range whose end comes before its start is not a range: the default period is used.
    await openApp(page, app.url, '?period=custom&from=2025-05-01&to=2025-04-01');
    expect(await page.getByTestId('period-select').inputValue()).toBe('this_year');
    expect(await periodBounds(page)).toEqual(defaults.bounds);
  });

  it('a layers value naming no known layer falls back to the default layers', async () => {
    const { page } = await browser.open();
    await openApp(page, app.url);
    const defaults = await visibleState(page);
    await openApp(page, app.url, '?layers=bogus,%3Cimg%3E');
    expect((await visibleState(page)).layers).toEqual(defaults.layers);
  });
});

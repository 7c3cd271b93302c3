/**
 * The built app under `Content-Security-Policy: default-src 'self'; worker-src 'self' blob:` — no eval,
 * no inline script or style element, no data: image or font, workers only from the app or blob: — loads
 * to ready with its data drawn and reports no violation, in the page, its workers or the demo's service
 * worker, while a user drills in, hovers the map, turns layers on, opens the calendar and switches language;
 * and the council briefing and the presenter, their map's picture drawn and the briefing's `@page` rule applied.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { waitForReady } from './support/browser';
import { deepInteriorPoint, fetchCityApiData, isMapAt, openApp, projectToScreen } from './support/app';
import { collectViolations, REQUIRED_POLICY, withPolicy } from './support/csp';
import { startStaticServer, type StaticServer } from './support/static-server';
import { useBrowser } from './support/suite';

describe('under a strict Content-Security-Policy', () => {
  const browser = useBrowser();
  const policy = withPolicy();
  let server: StaticServer;

  beforeAll(async () => {
    server = await startStaticServer(policy.options);
  });
  // Each test answers for its own violations.
  beforeEach(() => {
    policy.reports.length = 0;
  });
  afterAll(async () => {
    await server?.close();
  });

  it('serves the app with exactly the required policy', async () => {
    const response = await fetch(new URL('index.html', server.url));
    expect(response.headers.get('content-security-policy')).toBe(REQUIRED_POLICY);
  });

  it('loads, draws and is used with no violation and no console error', async () => {
    const { page, consoleErrors } = await browser.open();
    const violations = await collectViolations(page);
    await openApp(page, server.url);
    const { city } = await fetchCityApiData(page);
    // A fixed view, so a district's screen position follows from the URL.
    await openApp(page, server.url, `?c=${city.center.join(',')}&z=11.5`);
    const data = await fetchCityApiData(page);

    // The tooltip (deck.gl styles it through the CSSOM) over a district of the map.
    for (const district of data.districts.features) {
      const [lon, lat] = deepInteriorPoint(district.geometry);
      const { x, y } = await projectToScreen(page, lon, lat);
      if (!(await isMapAt(page, x, y))) continue;
      await page.mouse.move(x, y);
      await expect.poll(() => page.locator('.map-tooltip').innerText()).toContain(district.properties.name.fa);
      break;
    }
    await page.getByTestId('layer-hexbin').check();
    await page.getByTestId('layer-fiber').check();
    await page.getByTestId('district-list').getByRole('button').first().click();
    await expect.poll(() => page.getByTestId('neighbourhood-list').count()).toBe(1);
    // The custom period's calendar (react-aria's popover).
    await page.getByTestId('period-select').selectOption('custom');
    await page.getByTestId('period-range-button').click();
    await page.getByTestId('period-calendar').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('period-select').selectOption('this_year');
    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await waitForReady(page);
    // The zoom buttons' glyphs are the app's own files, not data: URLs.
    const mask = await page
      .locator('.maplibregl-ctrl-zoom-in .maplibregl-ctrl-icon')
      .evaluate((icon) => getComputedStyle(icon).maskImage);
    expect(mask).toMatch(/^url\("http:\/\/127\.0\.0\.1:\d+\/assets\/zoom-in-[\w-]+\.svg"\)$/);

    // Reports are posted as they happen: a moment for the last ones to arrive.
    await page.waitForTimeout(1000);
    expect(await violations()).toEqual([]);
    expect(policy.reports).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });

  for (const route of ['briefing', 'present'] as const) {
    it(`draws the ${route === 'briefing' ? 'council briefing, with its print stylesheet,' : 'presenter'} with no violation`, async () => {
      const { page, consoleErrors } = await browser.open({ viewport: { width: 1920, height: 1080 } });
      const violations = await collectViolations(page);
      await page.goto(new URL(`${route}/?d=2`, server.url).href);
      await waitForReady(page);
      // The map's picture is drawn on its 2D canvas (the presenter lays out every slide, shown or not).
      const snapshot = page.getByTestId('map-snapshot');
      expect(Number(await snapshot.getAttribute('width'))).toBeGreaterThan(0);
      if (route === 'briefing') {
        // The `@page` rule with its margin boxes, adopted through the CSSOM rather than a <style> element.
        const rules = await page.evaluate(() =>
          document.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)),
        );
        expect(rules.join('\n')).toMatch(/@page[^]*@bottom-(left|right)[^]*counter\(page/);
      }
      await page.waitForTimeout(1000);
      expect(await violations()).toEqual([]);
      expect(policy.reports).toEqual([]);
      expect(consoleErrors).toEqual([]);
    });
  }

  it('reads requests as JSON pages in the worker (the contract schemas at work there) with no violation', async () => {
    server.setConfig({ apiBaseUrl: './api/v1', demo: true, defaultLanguage: 'en', requestsFormat: 'json' });
    try {
      const { page, consoleErrors } = await browser.open();
      const violations = await collectViolations(page);
      await openApp(page, server.url);
      expect(Number(await page.getByTestId('kpi-requests').getAttribute('data-value'))).toBeGreaterThan(0);
      await page.waitForTimeout(1000);
      expect(await violations()).toEqual([]);
      expect(policy.reports).toEqual([]);
      expect(consoleErrors).toEqual([]);
    } finally {
      server.setConfig(undefined);
    }
  });
});

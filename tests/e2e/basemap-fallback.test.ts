/**
 * config.json names a basemap style the app cannot use — one that answers 404, one whose server never
 * answers: the app still gets ready, draws its embedded basemap from the city's areas, and says in the data
 * note which style failed and why, instead of loading for ever.
 */
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot, screenshotMap, waitForReady } from './support/browser';
import { openApp } from './support/app';
import { decodePng, pixelStats } from './support/png';
import { startStaticServer, type StaticServer } from './support/static-server';
import { useBrowser } from './support/suite';

const MISSING_404 = {
  pattern: /^Failed to load resource: the server responded with a status of 404/,
  reason: 'the configured basemap style is missing on purpose',
};

describe('a basemap style that cannot be used', () => {
  const browser = useBrowser();
  let server: StaticServer;
  const hanging: ServerResponse[] = [];

  beforeAll(async () => {
    server = await startStaticServer({
      intercept: (_request, response, pathname) => {
        if (pathname !== '/styles/hang.json') return false;
        hanging.push(response); // never answered: the server closes it at the end
        return true;
      },
    });
  });
  afterAll(async () => {
    await server?.close();
  });

  const configWith = (basemapStyleUrl: string, defaultLanguage: 'fa' | 'en') =>
    server.setConfig({ apiBaseUrl: './api/v1', demo: true, defaultLanguage, basemapStyleUrl });

  async function expectEmbeddedBasemap(page: import('playwright-core').Page, note: RegExp) {
    const notes = page.getByTestId('city-notes');
    await notes.waitFor();
    // The style's address and the reason are set in the sentence as isolates (U+2068 … U+2069).
    expect((await notes.innerText()).replace(/[\u2068\u2069]/g, '')).toMatch(note);
    expect(await page.getByTestId('data-quality').getAttribute('open')).not.toBeNull();
    expect(await page.getByTestId('api-error').count()).toBe(0);
    const stats = pixelStats(decodePng(await screenshotMap(page)));
    expect(stats.distinctColours, JSON.stringify(stats)).toBeGreaterThan(50);
  }

  it('falls back to the embedded basemap when the style answers 404, and says so', async () => {
    for (const lang of ['fa', 'en'] as const) {
      configWith('./styles/missing.json', lang);
      const { page } = await browser.open({ expectedConsoleErrors: [MISSING_404] });
      await openApp(page, server.url);
      await expectEmbeddedBasemap(
        page,
        lang === 'fa'
          ? /سبک نقشهٔ پایهٔ شهر \(\.\/styles\/missing\.json\) به کار نیامد \(HTTP 404\)/
          : /basemap style \(\.\/styles\/missing\.json\) could not be used \(HTTP 404\): the embedded basemap is drawn/,
      );
      await saveScreenshot(page, `basemap-fallback-${lang}-404`);
    }
    expect(server.log.filter((p) => p === '/styles/missing.json').length).toBe(2);
  });

  it('gives up on a style whose server never answers, and draws the embedded basemap', async () => {
    configWith('./styles/hang.json', 'en');
    const { page } = await browser.open();
    const started = Date.now();
    await page.goto(`${server.url}index.html`);
    // While it waits, the map's place says what it waits for.
    await expect
      .poll(() => page.locator('.map-pending').innerText(), { timeout: 8000 })
      .toContain('Reading the city’s basemap style');
    await waitForReady(page);
    await expectEmbeddedBasemap(page, /\(\.\/styles\/hang\.json\) could not be used \(no answer within 10 s\)/);
    expect(Date.now() - started).toBeGreaterThanOrEqual(10_000);
    expect(hanging.length).toBe(1);
  });
});

/**
 * A WebGL context loss (a GPU reset, a driver update, too many tabs) must not leave the map blank: the
 * basemap and deck.gl's data layers come back without a reload, whether the browser gives the context back
 * or not. The loss is real: the WEBGL_lose_context extension makes the browser drop both canvases' contexts.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { saveScreenshot, screenshotMap, waitForReady } from './support/browser';
import { openApp, waitForMapToSettle } from './support/app';
import { changedShare, decodePng } from './support/png';
import { loseContexts } from './support/webgl';
import { useBrowser, useDistServer } from './support/suite';

async function mapPixels(page: Page) {
  await waitForMapToSettle(page);
  await page.waitForTimeout(1500);
  return decodePng(await screenshotMap(page));
}

describe('a WebGL context loss', () => {
  const browser = useBrowser();
  const app = useDistServer();

  for (const [name, restoreAfterMs] of [
    ['the browser gives the context back', 300],
    ['the context never comes back', null],
  ] as const) {
    it(`redraws the basemap and the data layers when ${name}`, async () => {
      const { page } = await browser.open();
      await openApp(page, app.url, '?lang=en');
      const before = await mapPixels(page);
      const map = page.getByTestId('map');
      expect(await map.getAttribute('data-generation')).toBe('0');

      // MapLibre's canvas and deck.gl's.
      expect(await loseContexts(page, restoreAfterMs)).toBe(2);
      await expect.poll(() => map.getAttribute('data-generation'), { timeout: 10_000 }).toBe('1');
      await waitForReady(page);
      const after = await mapPixels(page);
      await saveScreenshot(page, `context-loss-${restoreAfterMs === null ? 'rebuilt' : 'restored'}-en`);
      // The same picture as before the loss: the data layers over the basemap, in the same view.
      expect(changedShare(before, after)).toBeLessThan(0.01);
      expect(Number(await page.getByTestId('kpi-requests').getAttribute('data-value'))).toBeGreaterThan(0);
    });
  }
});

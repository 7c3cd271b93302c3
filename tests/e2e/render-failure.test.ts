/**
 * A part of the dashboard that fails to draw shows a message in its place and the rest keeps working. The
 * failure here is real, not staged in the app: the browser refuses WebGL (as one without a GPU driver or
 * with WebGL turned off does), so MapLibre's constructor throws; the map's error boundary catches it.
 */
import { describe, expect, it } from 'vitest';
import { saveScreenshot } from './support/browser';
import { openApp } from './support/app';
import { useBrowser, useDistServer } from './support/suite';
import { refuseWebgl } from './support/webgl';

/** React reports every error a boundary caught on the console; this test causes one on purpose. */
const CAUGHT = {
  pattern: /GPUInitializationError|WebGL2 is required/,
  reason: 'the browser refuses WebGL on purpose: React logs the error the map boundary caught',
};

describe('a part that cannot be drawn', () => {
  const browser = useBrowser();
  const app = useDistServer();

  it('shows the map’s failure in place, in the UI language, while figures and drilldown still work', async () => {
    for (const lang of ['fa', 'en'] as const) {
      const { page } = await browser.open({ expectedConsoleErrors: [CAUGHT] });
      await refuseWebgl(page);
      await openApp(page, app.url, `?lang=${lang}`);
      const failure = page.getByTestId('render-failure-map');
      expect(await failure.getAttribute('class')).toContain('render-failure--map');
      const text = await failure.innerText();
      expect(text).toContain(lang === 'fa' ? 'نقشه نمایش داده نشد' : 'The map could not be shown');
      expect(text).toContain('WebGL2');
      expect(await page.getByTestId('map').count()).toBe(0);
      expect(Number(await page.getByTestId('kpi-requests').getAttribute('data-value'))).toBeGreaterThan(0);
      await saveScreenshot(page, `render-failure-${lang}-map`);

      // Drawing it again fails the same way, and says so again rather than going blank.
      await failure.getByTestId('retry').click();
      await expect.poll(() => page.getByTestId('render-failure-map').count()).toBe(1);

      // The panel, beside the failed map, still drills in.
      const first = page.getByTestId('district-list').getByRole('button').first();
      const name = (await first.locator('span').first().innerText()).trim();
      await first.click();
      await expect.poll(() => page.getByTestId('area-name').innerText()).toBe(name);
      expect(await page.getByTestId('app').getAttribute('data-state')).toBe('ready');
    }
  });
});

/**
 * The demo API's service worker (msw) across navigations. msw's worker unregisters itself when the last
 * page it mocks for unloads, so a page of the app that starts meanwhile can find a registration that is
 * gone a moment later; msw then asks it to update without waiting for the answer. That must not surface
 * as an error on the page: the page is still served by the worker that controls it.
 */
import { describe, expect, it } from 'vitest';
import { kpi, openApp } from './support/app';
import { useBrowser, useDistServer } from './support/suite';

describe('the demo API across navigations', () => {
  const browser = useBrowser();
  const app = useDistServer();

  it('opens clean when its worker unregisters itself while the page starts', async () => {
    const { context, page, pageErrors } = await browser.open();
    await openApp(page, app.url);
    // A second tab keeps the registration alive while the first one navigates…
    const other = await context.newPage();
    await openApp(other, app.url);
    // …and the race is made certain: the registrations the page finds are unregistered as soon as they
    // are read, as when the page before this one unloaded late.
    await page.addInitScript(() => {
      const container = navigator.serviceWorker;
      const read = container.getRegistrations.bind(container);
      container.getRegistrations = async () => {
        const found = await read();
        await Promise.all(found.map((registration) => registration.unregister()));
        return found;
      };
    });
    await openApp(page, app.url, '?lang=en');
    expect(await kpi(page, 'kpi-requests')).toBeGreaterThan(0);
    expect(pageErrors).toEqual([]);
  });
});

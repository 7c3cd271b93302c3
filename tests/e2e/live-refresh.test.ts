/**
 * A live refresh on the desk: with the demo city changing (`?live=`) and a short refresh interval, a
 * refresh asks the API only for what changed (`updated_after`), the KPI strip counts the new requests as
 * the API's own data does, and the map stays as it was — the same map, no loading state on the way.
 */
import { describe, expect, it } from 'vitest';
import { expectedFigures, fetchCityApiData, kpi, openApp, periodBounds } from './support/app';
import { useBrowser, useDistServer } from './support/suite';

/** A new request every 4 s: a refresh every 2 s sees each one alone. */
const LIVE_SECONDS = 4;

describe('live refresh', () => {
  const browser = useBrowser();
  const app = useDistServer({
    config: { apiBaseUrl: './api/v1', demo: true, defaultLanguage: 'en', refreshIntervalSeconds: 2 },
  });

  it('asks for the changes only, counts the new requests and leaves the map alone', async () => {
    const { page, requests } = await browser.open();
    await openApp(page, app.url, `?lang=en&live=${LIVE_SECONDS}`);
    const before = await kpi(page, 'kpi-requests');
    // The map's canvas is marked, and every state the app passes through is recorded from now on.
    await page.evaluate(() => {
      const root = document.querySelector<HTMLElement>('[data-testid=app]')!;
      const states: string[] = [];
      (window as unknown as { states: string[] }).states = states;
      new MutationObserver(() => states.push(root.dataset.state ?? '')).observe(root, {
        attributes: true,
        attributeFilter: ['data-state'],
      });
      document.querySelector<HTMLCanvasElement>('[data-testid=map] canvas')!.dataset.before = 'refresh';
    });
    const loadedAt = requests.length;

    await page.waitForRequest(/\/requests\.arrow\?updated_after=/, { timeout: 30_000 });
    await expect.poll(() => kpi(page, 'kpi-requests'), { timeout: 30_000 }).toBeGreaterThan(before);

    // The strip counts what the API holds: polled, since a request may arrive between the two readings.
    const period = await periodBounds(page);
    let ownReads = 0;
    await expect
      .poll(
        async () => {
          ownReads++;
          const expected = expectedFigures(await fetchCityApiData(page), null, period).at(0).requests;
          return (await kpi(page, 'kpi-requests')) - expected;
        },
        { timeout: 30_000 },
      )
      .toBe(0);

    const asked = requests.slice(loadedAt).filter((url) => /\/requests\.arrow(\?|$)/.test(url));
    const changes = asked.filter((url) => new URL(url).searchParams.has('updated_after'));
    expect(changes.length).toBeGreaterThan(0);
    for (const url of changes) {
      expect(new URL(url).searchParams.get('updated_after')).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    }
    // Every request for all of them after the first load was the test's own reading of the API.
    expect(asked.length - changes.length).toBe(ownReads);

    const map = await page.evaluate(() => ({
      states: (window as unknown as { states: string[] }).states,
      sameCanvas: document.querySelector<HTMLCanvasElement>('[data-testid=map] canvas')?.dataset.before === 'refresh',
    }));
    expect(map.states.filter((s) => s !== 'ready')).toEqual([]);
    expect(map.sameCanvas).toBe(true);
  });
});

/**
 * When the API is down the app says what failed — which endpoint, and how — and its retry button brings
 * the dashboard up once the API is back. The API here is the exported demo city on a real HTTP server.
 */
import { describe, expect, it } from 'vitest';
import { saveScreenshot, waitForState } from './support/browser';
import { deadPort, startStaticServer } from './support/static-server';
import { useBrowser } from './support/suite';
import { HTTP_500, useFlakyApps } from './support/flaky-api';

const ENDPOINT = /\b(city|districts|neighbourhoods|services|basemap\/roads|basemap\/water|requests\.bin)\b/;

const REFUSED = {
  pattern: /^Failed to load resource: net::ERR_CONNECTION_REFUSED/,
  reason: 'the test points the app at a port nothing listens on, on purpose',
};

describe('API down', () => {
  const browser = useBrowser();
  const apps = useFlakyApps();

  const appWithFlakyApi = (config: Record<string, unknown> = {}) => apps.start(config);

  it('keeps the last good data through an outage, says since when, and recovers by itself', async () => {
    // Refreshes every 2 s: the retries back off from 2 s but never wait longer than that.
    const flaky = await appWithFlakyApi({ refreshIntervalSeconds: 2 });
    const { page } = await browser.open({ expectedConsoleErrors: [HTTP_500] });
    await page.goto(`${flaky.server.url}index.html?lang=en`);
    await waitForState(page, 'ready');
    const requests = await page.getByTestId('kpi-requests').getAttribute('data-value');
    const { timezone } = (await (await fetch(`${flaky.server.url}api/v1/city`)).json()) as { timezone: string };
    // "14:05" in the city's time zone, as the notice says it.
    const clock = (at: number) =>
      new Intl.DateTimeFormat('en', {
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        timeZone: timezone,
      }).format(at);
    const loadedAt = Date.now();

    flaky.fail(/^\/api\/v1\/requests/);
    const down = flaky.hits.length;
    const stale = page.getByTestId('stale-data');
    await stale.waitFor({ timeout: 20_000 });
    const text = await stale.innerText();
    // The last good load is the first one or a refresh after it: its time lies between.
    const shown = /^Data as of (\d\d:\d\d)/.exec(text)?.[1];
    const possible = new Set([loadedAt - 60_000, loadedAt, Date.now()].map(clock));
    expect(possible.has(shown!), `${String(shown)} among ${[...possible].join(', ')}`).toBe(true);
    expect(text).toContain('database maintenance');
    expect(text).toContain('tried again by itself');
    expect(await page.getByTestId('kpi-requests').getAttribute('data-value')).toBe(requests);
    expect(await page.getByTestId('api-error').count()).toBe(0);
    await saveScreenshot(page, 'api-down-stale-en');

    await page.waitForTimeout(6000);
    const outage = Date.now() - loadedAt;
    flaky.fail(null);
    // It backed off: waits of 1–2 s, so no more tries than one a second while it was down.
    expect(flaky.hits.length - down).toBeLessThanOrEqual(Math.ceil(outage / 1000) + 1);
    const back = Date.now();
    await stale.waitFor({ state: 'detached', timeout: 20_000 });
    // Within one interval of the API's return (and a load), no click needed.
    expect(Date.now() - back).toBeLessThan(10_000);
    expect(await page.locator('[data-testid=app]').getAttribute('data-stale')).toBeNull();
  });

  it('opened while the API answers 500, comes up by itself once it is back', async () => {
    const flaky = await appWithFlakyApi({ refreshIntervalSeconds: 2 });
    flaky.fail(/^\/api\/v1\//);
    const { page } = await browser.open({ expectedConsoleErrors: [HTTP_500] });
    await page.goto(`${flaky.server.url}index.html?lang=en`);
    await waitForState(page, 'error');
    flaky.fail(null);
    // No click on Retry.
    await waitForState(page, 'ready', 30_000);
    expect(Number(await page.getByTestId('kpi-requests').getAttribute('data-value'))).toBeGreaterThan(0);
  });

  it('times out a request that hangs, keeps the data and the later refreshes going, and Retry stays live', async () => {
    const flaky = await appWithFlakyApi({ refreshIntervalSeconds: 2, requestTimeoutSeconds: 1 });
    const { page } = await browser.open();
    await page.goto(`${flaky.server.url}index.html?lang=en`);
    await waitForState(page, 'ready');

    flaky.hang(/^\/api\/v1\/requests/);
    const stale = page.getByTestId('stale-data');
    await stale.waitFor({ timeout: 20_000 });
    expect(await stale.innerText()).toMatch(/did not answer requests\.arrow in time/);
    const hung = flaky.hits.length;
    // Later refreshes are not blocked by the one that hung: each times out and the next one starts.
    await expect.poll(() => flaky.hits.length, { timeout: 15_000 }).toBeGreaterThan(hung + 1);
    expect(await stale.getByTestId('stale-retry').isEnabled()).toBe(true);

    flaky.hang(null);
    await stale.waitFor({ state: 'detached', timeout: 20_000 });
  });

  it('names the failing endpoint when the API answers 500, and comes up once it is back', async () => {
    const flaky = await appWithFlakyApi();
    flaky.fail(/^\/api\/v1\//);
    const { page } = await browser.open({ expectedConsoleErrors: [HTTP_500] });
    await page.goto(`${flaky.server.url}index.html?lang=en`);
    await waitForState(page, 'error');
    const notice = page.getByTestId('api-error');
    const message = await notice.innerText();
    expect(message).toContain('The data could not be loaded');
    expect(message).toMatch(/answered .+ with an error: database maintenance/);
    expect(message).toMatch(ENDPOINT);
    expect(flaky.hits.length).toBeGreaterThan(0);
    await saveScreenshot(page, 'api-down-500-en');

    // Back: the app comes up by itself (its retries back off, none waits longer than the refresh interval).
    flaky.fail(null);
    await waitForState(page, 'ready');
    expect(await page.getByTestId('api-error').count()).toBe(0);
    expect(Number(await page.getByTestId('kpi-requests').getAttribute('data-value'))).toBeGreaterThan(0);
  });

  it('says so when only the requests fail, asks again at once on Retry, and recovers', async () => {
    const flaky = await appWithFlakyApi();
    flaky.fail(/^\/api\/v1\/requests/);
    const { page } = await browser.open({ expectedConsoleErrors: [HTTP_500] });
    await page.goto(`${flaky.server.url}index.html?lang=en`);
    await waitForState(page, 'error');
    const message = await page.getByTestId('api-error').innerText();
    expect(message).toMatch(/requests\.arrow/);
    expect(message).toContain('database maintenance');

    // Retry asks again at once, whatever the wait of the next automatic try.
    const before = flaky.hits.length;
    await page.getByTestId('retry').click();
    await expect.poll(() => flaky.hits.length, { timeout: 5000 }).toBeGreaterThan(before);
    flaky.fail(null);
    await waitForState(page, 'ready');
    expect(Number(await page.getByTestId('kpi-requests').getAttribute('data-value'))).toBeGreaterThan(0);
  });

  it('says the server cannot be reached when nothing listens, and comes up by itself once it is up', async () => {
    const port = await deadPort();
    const app = await startStaticServer({
      config: { apiBaseUrl: `http://127.0.0.1:${port}/api/v1`, demo: false, defaultLanguage: 'fa' },
    });
    apps.track(app);
    const { page } = await browser.open({ expectedConsoleErrors: [REFUSED] });
    await page.goto(`${app.url}index.html`);
    await waitForState(page, 'error');
    const message = await page.getByTestId('api-error').innerText();
    // Persian by default: "the API server is not reachable (endpoint)".
    expect(message).toContain('سرور API در دسترس نیست');
    expect(message).toMatch(ENDPOINT);
    await saveScreenshot(page, 'api-down-unreachable-fa');

    // The API comes up on that port (on another origin than the app, so it allows cross-origin reads).
    const apiServer = await startStaticServer({
      root: apps.apiDir,
      port,
      cors: true,
      mounts: [{ urlPath: '/api/v1', dir: apps.apiDir }],
    });
    apps.track(apiServer);
    // No click: the next automatic try finds it.
    await waitForState(page, 'ready');
    expect(await page.getByTestId('api-error').count()).toBe(0);
  });

  it('reports an unusable config.json in both languages', async () => {
    const app = await startStaticServer({ config: '{"apiBaseUrl": 42' });
    apps.track(app);
    const { page } = await browser.open();
    await page.goto(`${app.url}index.html`);
    await waitForState(page, 'error');
    const message = await page.getByTestId('api-error').innerText();
    expect(message).toContain('config.json');
    expect(message).toContain('فایل config.json نامعتبر است');
  });

  it('names a config.json field out of range and says why, in both languages', async () => {
    // The first whole second past 2^31 ms, the longest delay a browser timer holds.
    const app = await startStaticServer({ config: { demo: false, refreshIntervalSeconds: Math.ceil(2 ** 31 / 1000) } });
    apps.track(app);
    const { page } = await browser.open();
    await page.goto(`${app.url}index.html`);
    await waitForState(page, 'error');
    const message = await page.getByTestId('api-error').innerText();
    expect(message).toContain(
      'config.json is invalid: the field refreshIntervalSeconds must be at most 604800 (a week: the requests are reloaded by a browser timer',
    );
    expect(message).toContain('فیلد refreshIntervalSeconds باید حداکثر ۶۰۴۸۰۰ باشد');
    await saveScreenshot(page, 'config-out-of-range');
  });
});

/**
 * When the API is down the app says what failed — which endpoint, and how — and its retry button brings
 * the dashboard up once the API is back. The API here is the exported demo city on a real HTTP server.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot, waitForState } from './support/browser';
import { exportDemoApi, type ExportedApi } from './support/demo-export';
import { deadPort, startStaticServer, type StaticServer } from './support/static-server';
import { useBrowser } from './support/suite';

const ENDPOINT = /\b(city|districts|neighbourhoods|services|basemap\/roads|basemap\/water|requests\.bin)\b/;

/** Chromium logs every failed resource load as a console error; these tests cause such failures on purpose. */
const HTTP_500 = {
  pattern: /^Failed to load resource: the server responded with a status of 500/,
  reason: 'the test makes the API answer 500 on purpose',
};
const REFUSED = {
  pattern: /^Failed to load resource: net::ERR_CONNECTION_REFUSED/,
  reason: 'the test points the app at a port nothing listens on, on purpose',
};

describe('API down', () => {
  const browser = useBrowser();
  let api: ExportedApi;
  const running: StaticServer[] = [];

  beforeAll(async () => {
    api = await exportDemoApi();
  });
  afterAll(async () => {
    await Promise.all(running.map((s) => s.close()));
    await api?.remove();
  });

  /** The app, and the API beside it that answers 500 to the paths `failing` matches while it is set. */
  async function appWithFlakyApi() {
    let failing: RegExp | null = null;
    const hits: string[] = [];
    const server = await startStaticServer({
      config: { apiBaseUrl: '/api/v1', demo: false, defaultLanguage: 'fa', refreshIntervalSeconds: 300 },
      mounts: [{ urlPath: '/api/v1', dir: api.dir }],
      intercept: (_request: IncomingMessage, response: ServerResponse, pathname: string) => {
        if (!failing?.test(pathname)) return false;
        hits.push(pathname);
        response.writeHead(500, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify({ code: 'unavailable', message: 'database maintenance' }));
        return true;
      },
    });
    running.push(server);
    return { server, hits, fail: (paths: RegExp | null) => (failing = paths) };
  }

  it('names the failing endpoint and recovers on retry when the API answers 500', async () => {
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

    flaky.fail(null);
    await notice.getByTestId('retry').click();
    await waitForState(page, 'ready');
    expect(await page.getByTestId('api-error').count()).toBe(0);
    expect(Number(await page.getByTestId('kpi-requests').getAttribute('data-value'))).toBeGreaterThan(0);
  });

  it('says so when only the requests fail, and recovers on retry', async () => {
    const flaky = await appWithFlakyApi();
    flaky.fail(/^\/api\/v1\/requests/);
    const { page } = await browser.open({ expectedConsoleErrors: [HTTP_500] });
    await page.goto(`${flaky.server.url}index.html?lang=en`);
    await waitForState(page, 'error');
    const message = await page.getByTestId('api-error').innerText();
    expect(message).toMatch(/requests\.arrow/);
    expect(message).toContain('database maintenance');

    flaky.fail(null);
    await page.getByTestId('retry').click();
    // The notice stays up while the retry runs: wait for the outcome rather than failing on the old error.
    await waitForState(page, 'ready');
    expect(Number(await page.getByTestId('kpi-requests').getAttribute('data-value'))).toBeGreaterThan(0);
  });

  it('says the server cannot be reached when nothing listens, and recovers once it is up', async () => {
    const port = await deadPort();
    const app = await startStaticServer({
      config: { apiBaseUrl: `http://127.0.0.1:${port}/api/v1`, demo: false, defaultLanguage: 'fa' },
    });
    running.push(app);
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
      root: api.dir,
      port,
      cors: true,
      mounts: [{ urlPath: '/api/v1', dir: api.dir }],
    });
    running.push(apiServer);
    await page.getByTestId('retry').click();
    // The notice stays up while the retry runs: wait for the outcome rather than failing on the old error.
    await waitForState(page, 'ready');
    expect(await page.getByTestId('api-error').count()).toBe(0);
  });

  it('reports an unusable config.json in both languages', async () => {
    const app = await startStaticServer({ config: '{"apiBaseUrl": 42' });
    running.push(app);
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
    running.push(app);
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

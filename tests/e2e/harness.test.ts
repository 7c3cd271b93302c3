/**
 * The harness itself, on a trivial page: the static server's types and mounts, and that a session really
 * catches what the app tests rely on it to catch (console errors, requests leaving localhost, blank
 * canvases). Runs without the app build.
 */
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLocalUrl } from './support/browser';
import { decodePng, pixelStats } from './support/png';
import { startStaticServer, type StaticServer } from './support/static-server';
import { useBrowser } from './support/suite';

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><link rel="icon" href="data:,"><script type="module" src="./app.mjs"></script></head>
<body style="margin:0"><canvas id="gl" width="200" height="100"></canvas><canvas id="blank" width="200" height="100"></canvas></body></html>`;

const SCRIPT = `
const gl = document.getElementById('gl').getContext('webgl2', { preserveDrawingBuffer: true });
gl.enable(gl.SCISSOR_TEST);
for (let i = 0; i < 20; i++) {
  gl.scissor(i * 10, 0, 10, 100);
  gl.clearColor(i / 20, 1 - i / 20, (i % 3) / 2, 1);
  gl.clear(gl.COLOR_BUFFER_BIT);
}
const config = await (await fetch('./config.json')).json();
const api = await (await fetch('./api/v1/city')).json();
document.body.dataset.ready = JSON.stringify({ config, api, webgl2: Boolean(gl) });
`;

describe('the end-to-end harness', () => {
  const browser = useBrowser();
  let dir: string;
  let server: StaticServer;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'shahrnama-harness-'));
    await mkdir(path.join(dir, 'site'));
    await mkdir(path.join(dir, 'api', 'basemap'), { recursive: true });
    await writeFile(path.join(dir, 'site', 'index.html'), PAGE);
    await writeFile(path.join(dir, 'site', 'app.mjs'), SCRIPT);
    await writeFile(path.join(dir, 'site', 'font.woff2'), 'x');
    await writeFile(path.join(dir, 'site', 'mod.wasm'), 'x');
    await writeFile(path.join(dir, 'api', 'city'), JSON.stringify({ id: 'c' }));
    await writeFile(path.join(dir, 'api', 'requests.arrow'), Buffer.from([1, 2, 3]));
    await writeFile(path.join(dir, 'api', 'basemap', 'roads'), '{}');
    server = await startStaticServer({
      root: path.join(dir, 'site'),
      config: { apiBaseUrl: '/api/v1', demo: false },
      mounts: [{ urlPath: '/api/v1', dir: path.join(dir, 'api') }],
    });
  });
  afterAll(async () => {
    await server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('serves files with their MIME types, the config override and the mounted API', async () => {
    const get = (p: string) => fetch(new URL(p, server.url));
    const type = async (p: string) => (await get(p)).headers.get('content-type');
    expect(await type('/')).toMatch(/^text\/html/);
    expect(await type('/app.mjs')).toMatch(/^text\/javascript/);
    expect(await type('/font.woff2')).toBe('font/woff2');
    expect(await type('/mod.wasm')).toBe('application/wasm');
    expect(await type('/api/v1/city')).toMatch(/^application\/json/);
    expect(await type('/api/v1/basemap/roads?x=1')).toMatch(/^application\/json/);
    expect(await type('/api/v1/requests.arrow')).toBe('application/vnd.apache.arrow.stream');
    expect((await get('/')).headers.get('service-worker-allowed')).toBe('/');
    expect(await (await get('/config.json')).json()).toEqual({ apiBaseUrl: '/api/v1', demo: false });
    expect((await get('/missing.js')).status).toBe(404);
    expect((await get('/api/v1/../../etc/passwd')).status).toBe(404);
    expect((await get('/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
  });

  it('tells local URLs from foreign ones', () => {
    expect(isLocalUrl('http://127.0.0.1:4173/api/v1/city')).toBe(true);
    expect(isLocalUrl('http://localhost/x')).toBe(true);
    expect(isLocalUrl('data:image/png;base64,AAAA')).toBe(true);
    expect(isLocalUrl('blob:http://127.0.0.1:1/abc')).toBe(true);
    expect(isLocalUrl('https://tiles.example.com/0/0/0.png')).toBe(false);
    expect(isLocalUrl('http://127.0.0.1.example.com/')).toBe(false);
  });

  it('reads back WebGL canvas pixels through a screenshot', async () => {
    const { page } = await browser.open({ viewport: { width: 400, height: 200 } });
    await page.goto(server.url);
    await page.waitForFunction(() => document.body.dataset.ready);
    const ready = JSON.parse((await page.evaluate(() => document.body.dataset.ready))!) as Record<string, unknown>;
    expect(ready).toEqual({ config: { apiBaseUrl: '/api/v1', demo: false }, api: { id: 'c' }, webgl2: true });
    const drawn = pixelStats(decodePng(await page.locator('#gl').screenshot()));
    const blank = pixelStats(decodePng(await page.locator('#blank').screenshot()));
    expect(drawn.distinctColours).toBeGreaterThanOrEqual(15);
    expect(drawn.stdDev).toBeGreaterThan(20);
    expect(blank.distinctColours).toBe(1);
    expect(blank.dominantShare).toBe(1);
  });

  it('records console errors, page errors and requests that leave localhost', async () => {
    const session = await browser.open();
    await session.page.goto(server.url);
    await session.page.waitForFunction(() => document.body.dataset.ready);
    expect(() => session.assertClean()).not.toThrow();
    await session.page.evaluate(() => {
      console.error('something broke');
      setTimeout(() => {
        throw new Error('uncaught');
      });
      // .invalid never resolves: the request is attempted (and recorded) but goes nowhere.
      void fetch('http://tiles.example.invalid/0/0/0.png').catch(() => undefined);
    });
    await expect.poll(() => session.pageErrors.length).toBe(1);
    await expect.poll(() => session.foreignRequests()).toEqual(['http://tiles.example.invalid/0/0/0.png']);
    expect(session.unexpectedConsoleErrors().some((e) => e.includes('something broke'))).toBe(true);
    expect(() => session.assertClean()).toThrow(/request left localhost[\s\S]*console error[\s\S]*page error/);
    // This session was dirty on purpose: close it here so the suite's own check does not fail the test.
    session.pageErrors.length = 0;
    session.consoleErrors.length = 0;
    session.requests.length = 0;
  });
});

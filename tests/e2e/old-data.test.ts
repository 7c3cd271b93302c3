/**
 * A data set that ends before this year, from a real HTTP server: with no period in the link it opens on
 * its own period (and the link records it), and a period that holds none of its requests says so, with the
 * data's range one click away — never a dashboard of zeros with no word.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeArrowRequests } from '../../src/api/arrow/arrow-requests';
import { pointInArea } from '../../src/domain/geometry';
import { saveScreenshot } from './support/browser';
import {
  expectedFigures,
  expectFigures,
  nowSeconds,
  openApp,
  periodBounds,
  urlQuery,
  type CityApiData,
} from './support/app';
import { exportDemoApi, readExportedApi, type ExportedApi } from './support/demo-export';
import { startStaticServer, type StaticServer } from './support/static-server';
import { useBrowser } from './support/suite';

/** The Gregorian day of an instant in a time zone, by Intl alone. */
function dayIn(epochSeconds: number, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    epochSeconds * 1000,
  );
}

/** First and last request inside the city, read from the served Arrow file. */
function dataRange(data: CityApiData): { from: number; to: number } {
  const codes = new Set(data.services.map((s) => s.service_code));
  const { table } = decodeArrowRequests(data.requests, (code) => codes.has(code));
  const shapes = data.districts.features.map((f) => f.geometry);
  let from = Infinity;
  let to = -Infinity;
  for (let i = 0; i < table.count; i++) {
    if (!shapes.some((s) => pointInArea(table.lon[i]!, table.lat[i]!, s))) continue;
    from = Math.min(from, table.requestedAt[i]!);
    to = Math.max(to, table.requestedAt[i]!);
  }
  return { from, to };
}

describe('a data set from an earlier year', () => {
  const browser = useBrowser();
  let api: ExportedApi;
  let data: CityApiData;
  let server: StaticServer;

  beforeAll(async () => {
    // A year of the demo city ending in September 2023: wholly before this year.
    api = await exportDemoApi(['--now=2023-09-01T08:00:00Z', '--count=20000']);
    data = await readExportedApi(api.dir);
    server = await startStaticServer({
      config: { apiBaseUrl: '/api/v1', demo: false, defaultLanguage: 'en' },
      mounts: [{ urlPath: '/api/v1', dir: api.dir, extensionlessType: 'application/json; charset=utf-8' }],
    });
  });
  afterAll(async () => {
    await server?.close();
    await api?.remove();
  });

  it('opens on its own period, which the link records, with the figures of that period', async () => {
    const since = nowSeconds();
    const { page } = await browser.open();
    await openApp(page, server.url);
    const tz = data.city.timezone;
    const range = dataRange(data);
    // The year from September 2022 covers no whole Jalali year (1401 began in March 2022): its whole range.
    await expect
      .poll(() => urlQuery(page))
      .toMatchObject({
        period: 'custom',
        from: dayIn(range.from, tz),
        to: dayIn(range.to, tz),
      });
    await expectFigures(page, 'kpi', expectedFigures(data, null, await periodBounds(page)), since, expect);
    expect(await page.getByTestId('out-of-period').count()).toBe(0);
    await saveScreenshot(page, 'old-data-en-opened');
  });

  it('says when a chosen period holds none of its requests, and shows the data’s range in one click', async () => {
    const { page } = await browser.open();
    await openApp(page, server.url, '?period=this_month');
    const note = page.getByTestId('out-of-period');
    await note.waitFor();
    const tz = data.city.timezone;
    const range = dataRange(data);
    expect(await note.innerText()).toMatch(/No request lies in this period/);
    await saveScreenshot(page, 'old-data-en-outside');
    await page.getByTestId('show-data-period').click();
    await expect
      .poll(() => urlQuery(page))
      .toMatchObject({ period: 'custom', from: dayIn(range.from, tz), to: dayIn(range.to, tz) });
    await expect.poll(() => note.count()).toBe(0);
  });
});

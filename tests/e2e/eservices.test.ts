/**
 * The e-services in Chromium against a real HTTP server serving the demo city as files: the figures the
 * panel shows equal those worked out here from the served `/eservices` body by the contract's definition
 * (online ÷ (online + in person), per-service rows as the one source, Gregorian months), the e-service
 * layer draws each district in the colour its legend gives its share, and a city without e-services (404)
 * or with an answer off the contract says so quietly, with no console error.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot, screenshotMap } from './support/browser';
import {
  apiBaseOf,
  deepInteriorPoint,
  fetchJsonInPage,
  openApp,
  periodBounds,
  projectToScreen,
  type CityApiData,
} from './support/app';
import { exportDemoApi, readExportedApi, type ExportedApi } from './support/demo-export';
import { changedShare, decodePng, type Pixels } from './support/png';
import { startStaticServer, type StaticServer } from './support/static-server';
import { useBrowser } from './support/suite';

/** The parts of the `/eservices` body these tests read, as the wire has them. */
interface UsageRow {
  month: string;
  district_id: string;
  service_id: string;
  online: number;
  in_person: number;
}
interface EServicesBody {
  usage_by_service: UsageRow[];
  self_service_rollout: { district_id: string; status: string; launched_at: string | null; target_date: string }[];
}

/** The Gregorian `YYYY-MM` of an instant in the city's time zone. */
function monthIn(epochSeconds: number, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' }).formatToParts(
    epochSeconds * 1000,
  );
  return `${parts.find((p) => p.type === 'year')!.value}-${parts.find((p) => p.type === 'month')!.value}`;
}

/** Online ÷ all channels of the rows of the period's months (its first to its last day), optionally one district's. */
function shareOf(rows: UsageRow[], period: { from: number; to: number }, timeZone: string, district?: string) {
  const [first, last] = [monthIn(period.from, timeZone), monthIn(period.to - 1, timeZone)];
  let online = 0;
  let all = 0;
  for (const row of rows) {
    if (row.month < first || row.month > last || (district !== undefined && row.district_id !== district)) continue;
    online += row.online;
    all += row.online + row.in_person;
  }
  return all === 0 ? null : online / all;
}

const percent = (share: number) =>
  new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 }).format(share);

async function shownShare(page: Page): Promise<number> {
  const tile = page.getByTestId('eservices-share');
  await tile.waitFor();
  return Number(await tile.getAttribute('data-value'));
}

/** The legend's classes, read from what it shows: each swatch's colour and the bounds its label gives. */
async function legendClasses(page: Page) {
  const legend = page.getByTestId('legend').filter({ hasText: 'Online share of e-service transactions' });
  const items = legend.locator('.legend__classes li:not([data-testid=legend-no-data])');
  const classes: { colour: [number, number, number]; low: number; high: number }[] = [];
  for (const item of await items.all()) {
    const label = (await item.innerText()).trim();
    const numbers = [...label.matchAll(/(\d+(?:\.\d+)?)%/g)].map((m) => Number(m[1]) / 100);
    const [low, high] = label.startsWith('<')
      ? [-Infinity, numbers[0]!]
      : label.startsWith('≥')
        ? [numbers[0]!, Infinity]
        : [numbers[0]!, numbers[1]!];
    const background = await item
      .locator('.legend__swatch')
      .evaluate((swatch) => getComputedStyle(swatch).backgroundColor);
    const colour = background.match(/\d+/g)!.slice(0, 3).map(Number) as [number, number, number];
    classes.push({ colour, low, high });
  }
  return classes;
}

const pixelAt = (shot: Pixels, x: number, y: number): [number, number, number] => {
  const i = (Math.round(y) * shot.width + Math.round(x)) * 4;
  return [shot.data[i]!, shot.data[i + 1]!, shot.data[i + 2]!];
};

/** A colour drawn with opacity `alpha` over `base`. */
const blend = (colour: number[], base: number[], alpha: number) =>
  colour.map((c, i) => c * alpha + base[i]! * (1 - alpha));
const distance = (a: number[], b: number[]) => Math.hypot(...a.map((v, i) => v - b[i]!));

const ABSENT_404 = {
  pattern:
    /^Failed to load resource: the server responded with a status of 404 \(Not Found\) \(http:\/\/127\.0\.0\.1:\d+\/api\/v1\/eservices:0\)$/,
  reason: 'the city has no e-services: /eservices answers 404, which Chromium reports on the console',
};

describe('e-services from a real HTTP server', () => {
  const browser = useBrowser();
  let api: ExportedApi;
  let data: CityApiData;
  let server: StaticServer;
  /** What the server answers for /eservices: the exported file, a 404, or a body off the contract. */
  let eservicesAnswer: 'file' | 'absent' | 'invalid' = 'file';

  beforeAll(async () => {
    api = await exportDemoApi();
    data = await readExportedApi(api.dir);
    server = await startStaticServer({
      config: { apiBaseUrl: '/api/v1', demo: false, defaultLanguage: 'fa', refreshIntervalSeconds: 300 },
      mounts: [{ urlPath: '/api/v1', dir: api.dir, extensionlessType: 'application/json; charset=utf-8' }],
      intercept: (_request, response, pathname) => {
        if (pathname !== '/api/v1/eservices' || eservicesAnswer === 'file') return false;
        const [status, body] =
          eservicesAnswer === 'absent'
            ? [404, { code: 'not_found', message: 'no e-services here' }]
            : [200, { catalogue: [], usage: [], self_service_rollout: [] }];
        response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
        response.end(JSON.stringify(body));
        return true;
      },
    });
  });
  afterAll(async () => {
    await server?.close();
    await api?.remove();
  });

  it('shows the city’s and a district’s online share, the next to move online and the rollout as /eservices gives them', async () => {
    eservicesAnswer = 'file';
    const { page } = await browser.open();
    await openApp(page, server.url, '?lang=en');
    const body = await fetchJsonInPage<EServicesBody>(page, await apiBaseOf(page), 'eservices');
    const period = await periodBounds(page);
    const timeZone = data.city.timezone;
    const rows = body.usage_by_service;

    const cityShare = shareOf(rows, period, timeZone)!;
    expect(await shownShare(page)).toBeCloseTo(cityShare, 12);
    expect(await page.getByTestId('eservices-share').innerText()).toContain(percent(cityShare));
    expect(await page.getByTestId('eservice-line').innerText()).toBe(`E-services: ${percent(cityShare)} online`);

    // The service with the most in-person transactions of the period heads the list (ties by id).
    const [first, last] = [monthIn(period.from, timeZone), monthIn(period.to - 1, timeZone)];
    const inPerson = new Map<string, number>();
    for (const row of rows)
      if (row.month >= first && row.month <= last)
        inPerson.set(row.service_id, (inPerson.get(row.service_id) ?? 0) + row.in_person);
    const [topId, topCount] = [...inPerson].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]!;
    const top = page.getByTestId('eservices-next').locator('li').first();
    expect(await top.getAttribute('data-service-id')).toBe(topId);
    expect(Number(await top.getAttribute('data-in-person'))).toBe(topCount);
    expect(await top.innerText()).toContain(new Intl.NumberFormat('en-GB').format(topCount));

    // Live districts, and the late ones: live after the target, or not live with the target past.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone }).format(Date.now());
    const rollout = body.self_service_rollout;
    expect(Number(await page.getByTestId('rollout-count').getAttribute('data-live'))).toBe(
      rollout.filter((r) => r.status === 'live').length,
    );
    for (const r of rollout) {
      const late =
        r.status === 'live' ? r.launched_at !== null && r.launched_at > r.target_date : today > r.target_date;
      const row = page.getByTestId('rollout-table').locator(`tr[data-district-id="${r.district_id}"]`);
      expect(await row.getAttribute('data-late'), r.district_id).toBe(String(late));
      if (r.status === 'live' && r.launched_at) {
        const days = (Date.parse(r.launched_at) - Date.parse(r.target_date)) / 86_400_000;
        expect(Number(await row.getAttribute('data-days-late')), r.district_id).toBe(days);
      }
    }

    // District 4, the old town: its own rows only.
    const district = data.districts.features.find((f) => f.properties.id === '4')!;
    await page.getByTestId('district-list').getByRole('button', { name: district.properties.name.en }).click();
    await expect.poll(() => page.getByTestId('area-name').innerText()).toBe(district.properties.name.en);
    const districtShare = shareOf(rows, period, timeZone, '4')!;
    await expect.poll(() => shownShare(page)).toBeCloseTo(districtShare, 12);
    expect(Number(await page.getByTestId('eservice-line').getAttribute('data-share'))).toBeCloseTo(districtShare, 12);
    expect(districtShare).toBeLessThan(cityShare);
    await saveScreenshot(page, 'eservices-en-district');
  });

  it('draws the e-service layer: each district in the colour its legend gives its share', async () => {
    eservicesAnswer = 'file';
    const { page } = await browser.open();
    const view = `c=${data.city.center.join(',')}&z=11.5`;
    await openApp(page, server.url, `?lang=en&${view}&layers=`);
    const base = decodePng(await screenshotMap(page));
    await openApp(page, server.url, `?lang=en&${view}&layers=eservices`);
    const drawn = decodePng(await screenshotMap(page));
    await saveScreenshot(page, 'eservices-en-layer');
    const body = await fetchJsonInPage<EServicesBody>(page, await apiBaseOf(page), 'eservices');
    const period = await periodBounds(page);
    const classes = await legendClasses(page);
    expect(classes.length).toBeGreaterThanOrEqual(2);
    // Every district has transactions in the demo: the legend has no "no data" class.
    expect(await page.getByTestId('legend-no-data').count()).toBe(0);

    const box = (await page.getByTestId('map').boundingBox())!;
    const samples: { id: string; expected: number; base: number[]; drawn: number[] }[] = [];
    for (const district of data.districts.features) {
      const share = shareOf(body.usage_by_service, period, data.city.timezone, district.properties.id)!;
      const expected = classes.findIndex((c) => share >= c.low && share < c.high);
      expect(expected, `${district.properties.id}: ${share}`).toBeGreaterThanOrEqual(0);
      const { x, y } = await projectToScreen(page, ...deepInteriorPoint(district.geometry));
      samples.push({
        id: district.properties.id,
        expected,
        base: pixelAt(base, x - box.x, y - box.y),
        drawn: pixelAt(drawn, x - box.x, y - box.y),
      });
    }
    // The fill's opacity is the layer's own: take the one that fits the expected swatches best, then each
    // district's pixel must be nearest to its own class's swatch over the basemap, and close to it.
    const error = (alpha: number) =>
      samples.reduce((sum, s) => sum + distance(s.drawn, blend(classes[s.expected]!.colour, s.base, alpha)), 0);
    const alphas = Array.from({ length: 71 }, (_, k) => 0.3 + k / 100);
    const alpha = alphas.reduce((best, a) => (error(a) < error(best) ? a : best));
    for (const s of samples) {
      const distances = classes.map((c) => distance(s.drawn, blend(c.colour, s.base, alpha)));
      const nearest = distances.indexOf(Math.min(...distances));
      expect(nearest, `district ${s.id}: ${JSON.stringify({ ...s, alpha, distances })}`).toBe(s.expected);
      expect(distances[s.expected], `district ${s.id}`).toBeLessThan(12);
    }
    // And the layer changed the picture: the districts are tinted (the lightest class only faintly).
    expect(changedShare(drawn, base)).toBeGreaterThan(0.1);
  });

  it('hides the e-services of a city whose /eservices answers 404, with a note in the legend and no error', async () => {
    eservicesAnswer = 'absent';
    // The browser itself logs every answer of 404 as an error, whatever the page makes of it: that line, for
    // this endpoint only, is the one tolerated. The app logs nothing and throws nothing.
    const { page } = await browser.open({ expectedConsoleErrors: [ABSENT_404] });
    await openApp(page, server.url, '?layers=eservices');
    await expect.poll(() => page.getByTestId('legend').filter({ hasText: 'این شهر دادهٔ خدمات' }).count()).toBe(1);
    expect(await page.getByTestId('eservices').count()).toBe(0);
    expect(await page.getByTestId('eservice-line').count()).toBe(0);
    await page.getByTestId('language-switch').click();
    await expect
      .poll(() => page.getByTestId('legend').filter({ hasText: 'This city publishes no e-service data' }).count())
      .toBe(1);
    expect(server.log.some((p) => p === '/api/v1/eservices')).toBe(true);
    await saveScreenshot(page, 'eservices-en-absent');
  });

  it('says the e-services could not be read when /eservices does not match the contract', async () => {
    eservicesAnswer = 'invalid';
    const { page } = await browser.open();
    await openApp(page, server.url, '?lang=en&layers=eservices');
    await expect.poll(() => page.getByTestId('eservices-failed').count()).toBe(1);
    expect(await page.getByTestId('eservices-failed').innerText()).toContain('could not be read');
    expect(await page.getByTestId('legend').filter({ hasText: 'could not be read' }).count()).toBe(1);
    // The requests' figures are all there.
    expect(await page.getByTestId('kpi-requests').getAttribute('data-value')).not.toBe('0');
  });
});

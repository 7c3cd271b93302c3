/**
 * The built app fed by an Open311 GeoReport v2 endpoint on localhost (no Shahrnama API): the endpoint
 * answers with string ids, string coordinates, dates without seconds, "null island" for a missing place,
 * pages of `page_size` and, past the last page, the last page again. The figures on screen must equal
 * those worked out here from the same records.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot, waitForReady } from './support/browser';
import { expectFigures, nowSeconds, openApp, periodBounds, type ExpectedFigures } from './support/app';
import { startOpen311Server, type Open311Server, type WireRecord } from './support/open311-server';
import { useBrowser } from './support/suite';

const HOUR = 3600;
/** Two districts side by side, [west, south, east, north], with the city's own property names. */
const DISTRICTS = [
  { OBJECTID: 'W', DIST_NAME: 'West Side', POP: 41_250, box: [-86.6, 39.1, -86.53, 39.2] },
  { OBJECTID: 'E', DIST_NAME: 'East Side', box: [-86.53, 39.1, -86.46, 39.2] },
] as const;
const SERVICES = [
  { service_code: '4e090d24992b941e78000027', service_name: 'Graffiti', metadata: true, group: 'Most Popular' },
  { service_code: '4e090d24992b941e78000019', service_name: 'Potholes', metadata: false, group: 'Streets' },
  { service_code: '4e090d24992b941e78000001', service_name: 'Weeds', metadata: false, group: '' },
];
const PAGE_SIZE = 25;
/** Three full pages: the page after them is the endpoint's repeat of the last one. */
const COUNT = 3 * PAGE_SIZE;

const pad = (n: number) => String(n).padStart(2, '0');
/** A W3C time to the minute, without seconds, in UTC or in Indiana's winter time (−05:00). */
function minuteTime(epochSeconds: number, zoned: boolean): string {
  const d = new Date((epochSeconds + (zoned ? -5 * HOUR : 0)) * 1000);
  const wall = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
  return `${wall}${zoned ? '-05:00' : 'Z'}`;
}

/** The endpoint's records: every fifteenth without coordinates, at null island, or outside the city. */
function records(now: number): WireRecord[] {
  const latest = Math.floor(now / 60) * 60 - 4 * HOUR;
  return Array.from({ length: COUNT }, (_, i) => {
    const requested = latest - i * 6 * HOUR - (i % 7) * 60;
    const lon = -86.595 + ((i * 37) % 60) / 1000 + (i % 2) * 0.07;
    const lat = 39.105 + ((i * 53) % 90) / 1000;
    const place =
      i % 15 === 3
        ? { lat: null, long: null }
        : i % 15 === 7
          ? { lat: 0, long: 0 }
          : i % 15 === 11
            ? { lat: 39.35, long: lon }
            : i % 2 === 0
              ? { lat: String(lat), long: String(lon) }
              : { lat, long: lon };
    const service = i % 25 === 13 ? { service_code: 'retired-7', service_name: 'Sidewalk Snow' } : SERVICES[i % 3]!;
    const closed = i % 4 === 0;
    return {
      service_request_id: `5a1f0c${i.toString(16).padStart(18, '0')}`,
      status: closed ? 'closed' : 'open',
      service_code: service.service_code,
      service_name: service.service_name,
      description: `Request ${String(i)}`,
      agency_responsible: i % 2 ? 'Street Department' : 'HAND',
      requested_datetime: minuteTime(requested, i % 2 === 1),
      updated_datetime: minuteTime(requested + (closed ? 3 * HOUR : 0), i % 2 === 1),
      // Its own due time: two days after it came in (some have passed, some not).
      ...(i % 5 === 1 ? { expected_datetime: minuteTime(requested + 48 * HOUR, false) } : {}),
      address: '',
      media_url: '',
      ...place,
    };
  });
}

/** The figures of the city strip, worked out from the wire records on their own. */
function expectedFigures(
  rows: WireRecord[],
  period: { from: number; to: number },
): ExpectedFigures & { setAside: number } {
  const kept: { requested: number; open: boolean; due: number | null }[] = [];
  let setAside = 0;
  for (const row of rows) {
    const lat = row.lat === null || row.lat === '' ? NaN : Number(row.lat);
    const lon = row.long === null || row.long === '' ? NaN : Number(row.long);
    const inside = DISTRICTS.some(({ box: [w, s, e, n] }) => lon > w && lon < e && lat > s && lat < n);
    if (!inside) {
      setAside++;
      continue;
    }
    const requested = Date.parse(String(row.requested_datetime)) / 1000;
    if (requested < period.from || requested >= period.to) continue;
    const due = row.expected_datetime ? Date.parse(String(row.expected_datetime)) / 1000 : null;
    kept.push({ requested, open: row.status === 'open', due });
  }
  return {
    at: (now) => ({
      requests: kept.length,
      open: kept.filter((r) => r.open).length,
      // No Open311 category has a target: only a request's own due time makes it overdue.
      overdue: kept.filter((r) => r.open && r.due !== null && now > r.due).length,
    }),
    byApiDistrictColumn: 0,
    setAside,
  };
}

describe('against an Open311 GeoReport v2 endpoint', () => {
  const browser = useBrowser();
  let server: Open311Server;
  let rows: WireRecord[];

  beforeAll(async () => {
    rows = records(nowSeconds());
    const features = DISTRICTS.map(({ box: [w, s, e, n], ...properties }) => ({
      type: 'Feature',
      properties,
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [w, s],
            [e, s],
            [e, n],
            [w, n],
            [w, s],
          ],
        ],
      },
    }));
    server = await startOpen311Server(
      {
        services: SERVICES,
        requests: rows,
        districts: { type: 'FeatureCollection', features },
        jurisdictionId: 'bloomington.test',
      },
      {
        repeatLastPage: true,
        config: {
          demo: false,
          defaultLanguage: 'fa',
          source: {
            type: 'open311',
            baseUrl: './open311/v2',
            jurisdictionId: 'bloomington.test',
            pageSize: PAGE_SIZE,
            days: 120,
            city: { name: { fa: 'بلومینگتون', en: 'Bloomington' }, timezone: 'America/Indiana/Indianapolis' },
            districtsUrl: 'geo/districts.geojson',
            idProperty: 'OBJECTID',
            nameProperty: 'DIST_NAME',
            populationProperty: 'POP',
          },
        },
      },
    );
  });
  afterAll(async () => {
    await server?.close();
  });

  it('shows the figures of the endpoint’s records, in English and in Persian', async () => {
    const since = nowSeconds();
    const { page } = await browser.open({ viewport: { width: 1440, height: 900 } });
    await openApp(page, server.url, '?lang=en&period=last_30_days');

    // The newest window page by page until the repeat of the last page, then the older (empty) window.
    const asked = server.requestQueries.map((q) => [q.get('page'), q.get('page_size'), q.get('jurisdiction_id')]);
    expect(asked).toEqual([
      ['1', '25', 'bloomington.test'],
      ['2', '25', 'bloomington.test'],
      ['3', '25', 'bloomington.test'],
      ['4', '25', 'bloomington.test'],
      ['1', '25', 'bloomington.test'],
    ]);
    expect(server.log.some((p) => p.startsWith('/api/'))).toBe(false);

    const expected = expectedFigures(rows, await periodBounds(page));
    expect(expected.at(since).requests).toBeGreaterThan(50);
    await expectFigures(page, 'kpi', expected, since, expect);
    expect(Number(await page.getByTestId('data-quality').getAttribute('data-set-aside'))).toBe(expected.setAside);
    expect(await page.getByTestId('results-capped').count()).toBe(0);
    await saveScreenshot(page, 'open311-en');

    await page.getByTestId('language-switch').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('fa');
    await waitForReady(page);
    await expectFigures(page, 'kpi', expected, since, expect);
    await saveScreenshot(page, 'open311-fa');
  });
});

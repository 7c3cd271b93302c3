/**
 * Helpers for driving the built dashboard: open it, read its figures, fetch the API it uses, work out the
 * expected figures from the API data on our own, and find a district on the map's screen.
 */
import type { Page } from 'playwright-core';
import { decodeArrowRequests } from '../../../src/api/arrow/arrow-requests';
import { pointInArea, type AreaShape } from '../../../src/domain/geometry';
import { waitForReady } from './browser';

export interface Localized {
  fa: string;
  en: string;
}
export interface AreaFeature<P> {
  type: 'Feature';
  properties: P;
  geometry: AreaShape;
}
export interface AreaCollection<P> {
  type: 'FeatureCollection';
  features: AreaFeature<P>[];
}
export interface DistrictProps {
  id: string;
  name: Localized;
  population: number;
}
export interface NeighbourhoodProps extends DistrictProps {
  district_id: string;
}
export interface ServiceEntry {
  service_code: string;
  group: string;
  jurisdiction: string;
  sla_hours: number;
}
export interface CityEntry {
  name: Localized;
  center: [number, number];
  bbox: [number, number, number, number];
  timezone: string;
}

/** Opens the app at `query` (e.g. `?lang=en`) and waits until it is ready. */
export async function openApp(page: Page, baseUrl: string, query = ''): Promise<void> {
  await page.goto(new URL(`index.html${query}`, baseUrl).href);
  await waitForReady(page);
}

/** The view state in the page's URL query, as key → value. */
export async function urlQuery(page: Page): Promise<Record<string, string>> {
  return Object.fromEntries(new URL(page.url()).searchParams);
}

/** The raw number of a KPI tile (its data-value). */
export async function kpi(page: Page, testId: string): Promise<number> {
  const tile = page.getByTestId(testId);
  // Not shown (e.g. the panel's tiles at city level, where the city strip has the figures): no number.
  if ((await tile.count()) === 0) return NaN;
  const value = await tile.getAttribute('data-value');
  return value === null || value === '' ? NaN : Number(value);
}

export async function periodBounds(page: Page): Promise<{ from: number; to: number }> {
  const label = page.getByTestId('period-label');
  return { from: Number(await label.getAttribute('data-from')), to: Number(await label.getAttribute('data-to')) };
}

/** The API base URL the page uses, from the config.json beside its index.html. */
export async function apiBaseOf(page: Page): Promise<string> {
  const config = (await page.evaluate(async () => (await fetch('config.json', { cache: 'no-store' })).json())) as {
    apiBaseUrl: string;
  };
  return new URL(`${config.apiBaseUrl.replace(/\/$/, '')}/`, page.url()).href;
}

/**
 * GETs an API endpoint from inside the page, so it goes wherever the app's own requests go (the demo's
 * service worker, or a real server).
 */
export async function fetchJsonInPage<T>(page: Page, apiBase: string, endpoint: string): Promise<T> {
  return (await page.evaluate(async (url) => {
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return response.json();
  }, new URL(endpoint, apiBase).href)) as T;
}

export async function fetchBinaryInPage(page: Page, apiBase: string, endpoint: string): Promise<ArrayBuffer> {
  const base64 = await page.evaluate(async (url) => {
    const response = await fetch(url, { headers: { Accept: 'application/octet-stream' } });
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    const blob = await response.blob();
    const dataUrl = await new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error);
      reader.readAsDataURL(blob);
    });
    return dataUrl.slice(dataUrl.indexOf(',') + 1);
  }, new URL(endpoint, apiBase).href);
  const bytes = Buffer.from(base64, 'base64');
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

export interface CityApiData {
  city: CityEntry;
  districts: AreaCollection<DistrictProps>;
  neighbourhoods: AreaCollection<NeighbourhoodProps>;
  services: ServiceEntry[];
  requests: ArrayBuffer;
}

export async function fetchCityApiData(page: Page): Promise<CityApiData> {
  const base = await apiBaseOf(page);
  const [city, districts, neighbourhoods, services, requests] = await Promise.all([
    fetchJsonInPage<CityEntry>(page, base, 'city'),
    fetchJsonInPage<AreaCollection<DistrictProps>>(page, base, 'districts'),
    fetchJsonInPage<AreaCollection<NeighbourhoodProps>>(page, base, 'neighbourhoods'),
    fetchJsonInPage<ServiceEntry[]>(page, base, 'services'),
    fetchBinaryInPage(page, base, 'requests.arrow'),
  ]);
  return { city, districts, neighbourhoods, services, requests };
}

export interface Figures {
  requests: number;
  open: number;
  overdue: number;
}

export interface ExpectedFigures {
  /** The figures at a moment (epoch seconds): only the overdue count depends on it. */
  at: (now: number) => Figures;
  /** Rows of the area by the API's own district column, for a cross-check in failure messages. */
  byApiDistrictColumn: number;
}

/**
 * The figures the panel should show for an area, worked out here from the raw API data: the contract's
 * valid rows (decodeArrowRequests), requested in [from, to), lying in the area by an exact point-in-polygon test
 * against the API's geometry. Open = not closed; overdue = open longer than its category's SLA.
 */
export function expectedFigures(
  data: CityApiData,
  area: { shape: AreaShape; districtId?: string } | null,
  period: { from: number; to: number },
  filter: { status?: 'all' | 'open' | 'closed'; group?: string | null } = {},
): ExpectedFigures {
  const codes = new Set(data.services.map((s) => s.service_code));
  const decoded = decodeArrowRequests(data.requests, (code) => codes.has(code));
  const { table } = decoded;
  const sla = new Map(data.services.map((s) => [s.service_code, s.sla_hours]));
  const inGroup = new Set(
    data.services.filter((s) => !filter.group || s.group === filter.group).map((s) => s.service_code),
  );
  const shapes = data.districts.features.map((f) => f.geometry);
  const apiDistrict = area?.districtId ? decoded.districtIds.indexOf(area.districtId) : -1;
  const rows: { requested: number; open: boolean; slaSeconds: number }[] = [];
  let byApiDistrictColumn = 0;
  for (let i = 0; i < table.count; i++) {
    const requested = table.requestedAt[i]!;
    if (requested < period.from || requested >= period.to) continue;
    const code = table.serviceCodes[table.service[i]!]!;
    if (!inGroup.has(code)) continue;
    const open = table.closedAt[i] === 0;
    if (filter.status === 'open' && !open) continue;
    if (filter.status === 'closed' && open) continue;
    const lon = table.lon[i]!;
    const lat = table.lat[i]!;
    // Requests outside every district are outside the city and are not counted anywhere.
    const inside = area ? pointInArea(lon, lat, area.shape) : shapes.some((s) => pointInArea(lon, lat, s));
    if (apiDistrict >= 0 && decoded.apiDistrict[i] === apiDistrict) byApiDistrictColumn++;
    if (!inside) continue;
    rows.push({ requested, open, slaSeconds: (sla.get(code) ?? Infinity) * 3600 });
  }
  return {
    at: (now) => ({
      requests: rows.length,
      open: rows.filter((r) => r.open).length,
      overdue: rows.filter((r) => r.open && now - r.requested > r.slaSeconds).length,
    }),
    byApiDistrictColumn,
  };
}

/** Reads figures of a KPI strip (`kpi` for the city strip, `panel-kpi` for the panel). */
export async function readFigures(page: Page, prefix: 'kpi' | 'panel-kpi'): Promise<Figures> {
  return {
    requests: await kpi(page, `${prefix}-requests`),
    open: await kpi(page, `${prefix}-open`),
    overdue: await kpi(page, `${prefix}-overdue`),
  };
}

/** Web Mercator at MapLibre's 512-pixel tiles: world pixel coordinates of a lon/lat at a zoom. */
function worldPixel(lon: number, lat: number, zoom: number): [number, number] {
  const size = 512 * 2 ** zoom;
  const sin = Math.sin((lat * Math.PI) / 180);
  return [((lon + 180) / 360) * size, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * size];
}

/**
 * Screen position (page pixels) of a lon/lat on the map, from the view the URL holds (c, z) and the map
 * element's box. The map has no rotation or pitch (the app disables both).
 */
export async function projectToScreen(page: Page, lon: number, lat: number): Promise<{ x: number; y: number }> {
  const query = await urlQuery(page);
  if (!query.c || !query.z) throw new Error(`the URL holds no map view: ${page.url()}`);
  const [cLon, cLat] = query.c.split(',').map(Number) as [number, number];
  const zoom = Number(query.z);
  const box = await page.getByTestId('map').boundingBox();
  if (!box) throw new Error('the map is not visible');
  const [px, py] = worldPixel(lon, lat, zoom);
  const [cx, cy] = worldPixel(cLon, cLat, zoom);
  return { x: box.x + box.width / 2 + (px - cx), y: box.y + box.height / 2 + (py - cy) };
}

/**
 * A point deep inside an area (the grid point farthest from its boundary), so a click there cannot land on
 * a neighbour even with a pixel of rounding.
 */
export function deepInteriorPoint(shape: AreaShape, samples = 48): [number, number] {
  const polygons = shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates;
  const rings = polygons.flat();
  const points = rings.flat();
  const xs = points.map((p) => p[0]!);
  const ys = points.map((p) => p[1]!);
  const [w, e, s, n] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const kx = Math.cos((((s + n) / 2) * Math.PI) / 180);
  let best: [number, number] | null = null;
  let bestDistance = -1;
  for (let i = 1; i < samples; i++) {
    for (let j = 1; j < samples; j++) {
      const x = w + ((e - w) * i) / samples;
      const y = s + ((n - s) * j) / samples;
      if (!pointInArea(x, y, shape)) continue;
      let distance = Infinity;
      for (const ring of rings) {
        for (let k = 1; k < ring.length; k++) {
          distance = Math.min(distance, segmentDistance(x, y, ring[k - 1]!, ring[k]!, kx));
        }
      }
      if (distance > bestDistance) {
        bestDistance = distance;
        best = [x, y];
      }
    }
  }
  if (!best) throw new Error('no interior point found');
  return best;
}

function segmentDistance(x: number, y: number, a: readonly number[], b: readonly number[], kx: number): number {
  const ax = a[0]! * kx;
  const ay = a[1]!;
  const bx = b[0]! * kx;
  const by = b[1]!;
  const px = x * kx;
  const dx = bx - ax;
  const dy = by - ay;
  const t = dx === 0 && dy === 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), y - (ay + t * dy));
}

/** True when the topmost element at (x, y) belongs to the map (not a panel floating over it). */
export async function isMapAt(page: Page, x: number, y: number): Promise<boolean> {
  return page.evaluate(
    ([px, py]) => Boolean(document.elementFromPoint(px!, py!)?.closest('[data-testid=map]')),
    [x, y],
  );
}

/** Waits until the URL's map view stops changing (the map finished flying). */
export async function waitForMapToSettle(page: Page, quietMs = 1200, timeout = 20_000): Promise<void> {
  const start = Date.now();
  let last = '';
  let since = Date.now();
  while (Date.now() - start < timeout) {
    const query = await urlQuery(page);
    const view = `${query.c ?? ''}|${query.z ?? ''}`;
    if (view !== last) {
      last = view;
      since = Date.now();
    } else if (Date.now() - since >= quietMs && query.c) return;
    await page.waitForTimeout(150);
  }
  throw new Error(`the map did not settle within ${timeout} ms (${page.url()})`);
}

export const PERSIAN_DIGITS = /[۰-۹]/;
export const LATIN_DIGITS = /[0-9]/;
export const JALALI_MONTHS = [
  'فروردین',
  'اردیبهشت',
  'خرداد',
  'تیر',
  'مرداد',
  'شهریور',
  'مهر',
  'آبان',
  'آذر',
  'دی',
  'بهمن',
  'اسفند',
];
export const GREGORIAN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Asserts that a strip shows the expected figures. The app reads its clock once a minute, somewhere between
 * `since` (before the page opened) and now, so the overdue count must lie between the counts at those two
 * moments (it only grows with time). Figures are recomputed off the main thread: poll until they arrive.
 */
export async function expectFigures(
  page: Page,
  prefix: 'kpi' | 'panel-kpi',
  expected: ExpectedFigures,
  since: number,
  expect: typeof import('vitest').expect,
): Promise<Figures> {
  const early = expected.at(since);
  const context = `expected ${JSON.stringify(early)} (API district column: ${expected.byApiDistrictColumn})`;
  await expect.poll(() => kpi(page, `${prefix}-requests`), { timeout: 20_000, message: context }).toBe(early.requests);
  const shown = await readFigures(page, prefix);
  const late = expected.at(Math.ceil(Date.now() / 1000));
  expect(shown.requests, context).toBe(early.requests);
  expect(shown.open, context).toBe(early.open);
  expect(shown.overdue, context).toBeGreaterThanOrEqual(early.overdue);
  expect(shown.overdue, context).toBeLessThanOrEqual(late.overdue);
  return shown;
}

export const nowSeconds = () => Math.floor(Date.now() / 1000);

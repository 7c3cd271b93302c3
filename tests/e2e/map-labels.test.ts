/**
 * The map's names and its view, against the demo city exported as files and served with `demo: false`, its
 * area names rewritten to the hard cases of Persian on a map (digits, brackets, several words, a
 * zero-width non-joiner). The map element lists the labels MapLibre has placed (`data-labels`, from
 * queryRenderedFeatures), and the URL holds the view the map rests at.
 *
 * - The language switch moves the panels to the other side; the city, or the district drilled into, must
 *   then still lie clear of every panel.
 * - District names show at the city view; drilled into a district, its neighbourhoods are named — in the
 *   demo city and in one whose districts are five times as wide, where a fixed zoom threshold named none.
 */
import { mkdir, readFile, readdir, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { saveScreenshot } from './support/browser';
import {
  openApp,
  projectToScreen,
  urlQuery,
  waitForMapToSettle,
  type AreaCollection,
  type CityEntry,
  type DistrictProps,
  type NeighbourhoodProps,
} from './support/app';
import { exportDemoApi, readExportedApi, type ExportedApi } from './support/demo-export';
import { startStaticServer, type StaticServer } from './support/static-server';
import { useBrowser } from './support/suite';

const DISTRICT_NAMES: Record<string, { fa: string; en: string }> = {
  '1': { fa: 'جنوب لس‌آنجلس ۱', en: 'South Los Angeles 1' },
  '2': { fa: 'هاربر (بندر)', en: 'Harbor (Port) 3' },
  '3': { fa: 'منطقه ۱۲ (مرکزی)', en: 'District 12 (Central)' },
  '4': { fa: 'منطقه تاریخی بازار بزرگ و محله‌های پیرامون', en: 'Historic Grand Bazaar and Surrounding Quarters' },
};
const NEIGHBOURHOOD_NAMES: Record<string, { fa: string; en: string }> = {
  n01: { fa: 'جنوب لس‌آنجلس ۱', en: 'South Los Angeles 1' },
  n02: { fa: 'هاربر (بندر)', en: 'Harbor (Port) 3' },
  n03: { fa: 'منطقه ۱۲ (مرکزی)', en: 'District 12 (Central)' },
  n04: { fa: 'کوی کارمندان شهرداری و بیمارستان امام', en: 'Municipal Staff and Imam Hospital Quarter' },
  n05: { fa: 'فاز ۲ (الف) - بلوک ۱۴', en: 'Phase 2 (A) - Block 14' },
};
/** Software WebGL on a busy machine can take seconds to lay out and place labels after a move. */
const LABELS_TIMEOUT = 20_000;
/** How many times wider the large city's districts are than the demo's. */
const LARGE = 5;

type Box = { left: number; right: number; top: number; bottom: number };
type Json = Record<string, unknown>;

async function readJson<T>(dir: string, endpoint: string): Promise<T> {
  return JSON.parse(await readFile(path.join(dir, endpoint), 'utf8')) as T;
}

/** Renames the areas of an exported API in place. */
async function renameAreas(dir: string): Promise<void> {
  for (const [endpoint, names] of [
    ['districts', DISTRICT_NAMES],
    ['neighbourhoods', NEIGHBOURHOOD_NAMES],
  ] as const) {
    const areas = await readJson<AreaCollection<DistrictProps>>(dir, endpoint);
    for (const f of areas.features) f.properties.name = names[f.properties.id] ?? f.properties.name;
    await writeFile(path.join(dir, endpoint), JSON.stringify(areas));
  }
}

/** Every [lon, lat] of a GeoJSON value, scaled by `k` about `centre`. */
function scaled(value: unknown, centre: [number, number], k: number): unknown {
  if (Array.isArray(value) && typeof value[0] === 'number' && typeof value[1] === 'number') {
    return [centre[0] + (value[0] - centre[0]) * k, centre[1] + (value[1] - centre[1]) * k, ...value.slice(2)];
  }
  if (Array.isArray(value)) return value.map((v) => scaled(v, centre, k));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) => [key, key === 'properties' ? v : scaled(v, centre, k)]),
    );
  }
  return value;
}

/**
 * The same city with its geometry `k` times as wide, in `dir`: areas, roads, water and the city's box are
 * scaled, everything else is linked from `from`.
 */
async function largeCity(from: string, dir: string, k: number): Promise<void> {
  const files = (await readdir(from, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(from, path.join(entry.parentPath, entry.name)));
  await mkdir(path.join(dir, 'basemap'), { recursive: true });
  const city = await readJson<CityEntry & Json>(from, 'city');
  const [w, s, e, n] = city.bbox;
  const big = {
    ...city,
    bbox: [...(scaled([w, s], city.center, k) as number[]), ...(scaled([e, n], city.center, k) as number[])],
  };
  await writeFile(path.join(dir, 'city'), JSON.stringify(big));
  const geometry = ['districts', 'neighbourhoods', 'basemap/roads', 'basemap/water'];
  for (const endpoint of geometry) {
    await writeFile(path.join(dir, endpoint), JSON.stringify(scaled(await readJson(from, endpoint), city.center, k)));
  }
  for (const relative of files) {
    if (relative === 'city' || geometry.includes(relative)) continue;
    await mkdir(path.dirname(path.join(dir, relative)), { recursive: true });
    await symlink(path.join(from, relative), path.join(dir, relative));
  }
}

function bboxOf(shape: { type: string; coordinates: unknown }): [number, number, number, number] {
  const points = (shape.coordinates as number[][][] | number[][][][]).flat(3) as number[];
  const xs = points.filter((_, i) => i % 2 === 0);
  const ys = points.filter((_, i) => i % 2 === 1);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** A lon/lat box on screen, from the view the map rests at (the URL's). */
async function onScreen(page: Page, [w, s, e, n]: [number, number, number, number]): Promise<Box> {
  const topLeft = await projectToScreen(page, w, n);
  const bottomRight = await projectToScreen(page, e, s);
  return { left: topLeft.x, top: topLeft.y, right: bottomRight.x, bottom: bottomRight.y };
}

/** The boxes of what floats over the map: every panel of the overlays marked data-map-overlay. */
async function panels(page: Page): Promise<Box[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('[data-map-overlay] > *'), (element) => {
      const { left, right, top, bottom } = element.getBoundingClientRect();
      return { left, right, top, bottom };
    }).filter((box) => box.right > box.left && box.bottom > box.top),
  );
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** What covers the area's box on screen: the panels over it, and the map's edges it crosses. */
async function whatCovers(page: Page, bbox: [number, number, number, number]): Promise<string[]> {
  const area = await onScreen(page, bbox);
  const map = (await page.getByTestId('map').boundingBox())!;
  const covered = (await panels(page)).filter((p) => overlaps(area, p)).map((p) => `panel ${JSON.stringify(p)}`);
  if (area.left < map.x || area.top < map.y || area.right > map.x + map.width || area.bottom > map.y + map.height) {
    covered.push(`the map's edge ${JSON.stringify(map)}`);
  }
  return covered.length ? [`area ${JSON.stringify(area)}`, ...covered] : [];
}

/** The labels the map has placed, by layer: the `id` of each named area. */
async function placedLabels(page: Page): Promise<Record<string, string[]>> {
  const text = await page.getByTestId('map').getAttribute('data-labels');
  return text ? (JSON.parse(text) as Record<string, string[]>) : {};
}

const named = (labels: Record<string, string[]>, ...layers: string[]) =>
  new Set(layers.flatMap((layer) => labels[layer] ?? []));

async function switchLanguage(page: Page, to: 'fa' | 'en') {
  await page.getByTestId('language-switch').click();
  await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(to);
}

async function drillInto(page: Page, name: string) {
  await page.getByTestId('district-list').getByRole('button', { name }).click();
  await expect.poll(() => page.getByTestId('area-name').innerText()).toBe(name);
  await waitForMapToSettle(page);
}

describe('map labels and the fitted view', () => {
  const browser = useBrowser();
  let api: ExportedApi;
  let server: StaticServer;
  let districts: AreaCollection<DistrictProps>['features'];
  let neighbourhoods: AreaCollection<NeighbourhoodProps>['features'];
  let city: CityEntry;
  const config = (apiBaseUrl: string) => ({
    apiBaseUrl,
    demo: false,
    defaultLanguage: 'fa',
    refreshIntervalSeconds: 300,
  });

  beforeAll(async () => {
    api = await exportDemoApi();
    await renameAreas(api.dir);
    await largeCity(api.dir, path.join(api.dir, 'large'), LARGE);
    ({
      city,
      districts: { features: districts },
      neighbourhoods: { features: neighbourhoods },
    } = await readExportedApi(api.dir));
    const json = 'application/json; charset=utf-8';
    server = await startStaticServer({
      config: config('/api/v1'),
      mounts: [
        { urlPath: '/api/v1', dir: api.dir, extensionlessType: json },
        { urlPath: '/large/v1', dir: path.join(api.dir, 'large'), extensionlessType: json },
      ],
    });
  });
  afterAll(async () => {
    await server?.close();
    await api?.remove();
  });

  it('keeps the city clear of the panels when the language switch moves them to the other side', async () => {
    server.setConfig(config('/api/v1'));
    const { page } = await browser.open();
    await openApp(page, server.url);
    await waitForMapToSettle(page);
    expect(await whatCovers(page, city.bbox), 'Persian, as loaded').toEqual([]);

    await switchLanguage(page, 'en');
    await expect.poll(() => whatCovers(page, city.bbox), { timeout: 20_000, message: 'in English' }).toEqual([]);
    await saveScreenshot(page, 'map-labels-en-city-switched');

    await switchLanguage(page, 'fa');
    await expect.poll(() => whatCovers(page, city.bbox), { timeout: 20_000, message: 'Persian again' }).toEqual([]);
  });

  it('keeps the district drilled into clear of the panels across the switch', async () => {
    server.setConfig(config('/api/v1'));
    const { page } = await browser.open();
    await openApp(page, server.url, '?lang=en');
    const district = districts.find((d) => d.properties.id === '2')!;
    await drillInto(page, district.properties.name.en);
    const box = bboxOf(district.geometry);
    expect(await whatCovers(page, box), 'English, drilled in').toEqual([]);

    await switchLanguage(page, 'fa');
    await expect.poll(() => whatCovers(page, box), { timeout: 20_000, message: 'in Persian' }).toEqual([]);
    expect((await urlQuery(page)).d).toBe('2');
  });

  it('names the districts at the city view and the neighbourhoods of the district drilled into', async () => {
    server.setConfig(config('/api/v1'));
    const { page } = await browser.open();
    await openApp(page, server.url);
    await waitForMapToSettle(page);
    await expect
      .poll(async () => [...named(await placedLabels(page), 'district-label')].sort(), { timeout: LABELS_TIMEOUT })
      .toEqual(districts.map((d) => d.properties.id).sort());
    expect([...named(await placedLabels(page), 'neighbourhood-label', 'selected-neighbourhood-label')]).toEqual([]);

    const district = districts.find((d) => d.properties.id === '1')!;
    await drillInto(page, district.properties.name.fa);
    const inDistrict = neighbourhoods.filter((n) => n.properties.district_id === '1').map((n) => n.properties.id);
    await expect
      .poll(
        async () => {
          const shown = named(await placedLabels(page), 'neighbourhood-label', 'selected-neighbourhood-label');
          return inDistrict.filter((id) => !shown.has(id));
        },
        { timeout: LABELS_TIMEOUT },
      )
      .toEqual([]);
    // The district's own name, the panel's title, has given way to its neighbourhoods'.
    expect(named(await placedLabels(page), 'district-label').has('1')).toBe(false);
    await saveScreenshot(page, 'map-labels-fa-drilldown');
  });

  it(`names the neighbourhoods of a district drilled into in a city ${LARGE} times as wide`, async () => {
    server.setConfig(config('/large/v1'));
    const { page } = await browser.open();
    await openApp(page, server.url, '?lang=en');
    await waitForMapToSettle(page);
    const district = districts.find((d) => d.properties.id === '3')!;
    await drillInto(page, district.properties.name.en);
    // Fitted to a district this large, the map rests far below the zoom the demo city's names appear from.
    expect(Number((await urlQuery(page)).z)).toBeLessThan(12);
    const inDistrict = neighbourhoods.filter((n) => n.properties.district_id === '3').map((n) => n.properties.id);
    await expect
      .poll(
        async () => {
          const shown = named(await placedLabels(page), 'neighbourhood-label', 'selected-neighbourhood-label');
          return inDistrict.filter((id) => !shown.has(id));
        },
        { timeout: LABELS_TIMEOUT },
      )
      .toEqual([]);
    await saveScreenshot(page, 'map-labels-en-large-city-drilldown');
  });
});

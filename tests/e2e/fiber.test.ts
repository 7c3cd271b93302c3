/**
 * The fiber rollout on the desk, against the demo city served as files by a real HTTP server (so the test
 * can also answer `/fiber/segments` with a 404 or with a network of 10,000 segments): the block's figures
 * equal those worked out here from the served segments, playback moves the map and the burn-up chart to
 * the same instant and the URL keeps it, a city without fiber data says so, and a playback frame's
 * main-thread time at the demo's size and at 10,000 segments.
 */
import type { ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { saveScreenshot, screenshotMap, waitForReady } from './support/browser';
import {
  apiBaseOf,
  fetchJsonInPage,
  JALALI_MONTHS,
  openApp,
  PERSIAN_DIGITS,
  projectToScreen,
  urlQuery,
  waitForMapToSettle,
  type AreaCollection,
  type DistrictProps,
} from './support/app';
import { exportDemoApi, readExportedApi, type ExportedApi } from './support/demo-export';
import {
  expectedBuiltKm,
  expectedProgress,
  addDays,
  isoDayIn,
  largeNetwork,
  medianAndMax,
  timePlaybackFrames,
  type RawNetwork,
} from './support/fiber';
import { changedPixels, decodePng } from './support/png';
import { startStaticServer, type StaticServer } from './support/static-server';
import { useBrowser } from './support/suite';

/** Chromium itself logs every 404 answer as a console error; the app logs nothing of its own. */
const FIBER_404 = {
  pattern: /^Failed to load resource: the server responded with a status of 404/,
  reason: 'the test answers /fiber/segments with 404 (a city without fiber data)',
};
/** Generous: a frame here is tens of milliseconds in software GL; a task this long would be a regression. */
const LONG_TASK_LIMIT_MS = 1000;
const TIME_ZONE = 'Asia/Tehran';
const km = (n: number) => new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }).format(n);

describe('the fiber rollout', () => {
  const browser = useBrowser();
  let api: ExportedApi;
  let server: StaticServer;
  let districts: AreaCollection<DistrictProps>;
  /** What the server answers to /fiber/segments: the exported file, a 404, or a network of the test's. */
  let fiber: 'served' | 'absent' | string = 'served';

  beforeAll(async () => {
    api = await exportDemoApi();
    districts = (await readExportedApi(api.dir)).districts;
    server = await startStaticServer({
      config: { apiBaseUrl: '/api/v1', demo: false, defaultLanguage: 'fa', refreshIntervalSeconds: 300 },
      mounts: [{ urlPath: '/api/v1', dir: api.dir, extensionlessType: 'application/json; charset=utf-8' }],
      intercept: (_request, response: ServerResponse, pathname) => {
        if (pathname !== '/api/v1/fiber/segments' || fiber === 'served') return false;
        response.writeHead(fiber === 'absent' ? 404 : 200, { 'Content-Type': 'application/json' });
        response.end(fiber === 'absent' ? JSON.stringify({ code: 'not_found', message: 'no fiber' }) : fiber);
        return true;
      },
    });
  });
  afterAll(async () => {
    await server?.close();
    await api?.remove();
  });

  async function openFiber(page: Page, query: string): Promise<RawNetwork> {
    await openApp(page, server.url, query);
    await page.getByTestId('fiber-block').waitFor({ timeout: 30_000 });
    return fetchJsonInPage<RawNetwork>(page, await apiBaseOf(page), 'fiber/segments');
  }

  const summaryFigures = async (page: Page) => {
    const summary = page.getByTestId('fiber-summary');
    const read = async (name: string) => Number(await summary.getAttribute(`data-${name}`));
    return {
      plannedKm: await read('planned-km'),
      builtKm: await read('built-km'),
      share: await read('share'),
      segmentsLate: await read('segments-late'),
      kmLate: await read('km-late'),
      text: await summary.innerText(),
    };
  };

  it('shows the city and a district built against planned and late, as the served segments say', async () => {
    fiber = 'served';
    const { page } = await browser.open();
    const network = await openFiber(page, '?lang=en&layers=fiber');
    const today = isoDayIn(Date.now(), TIME_ZONE);
    const expected = expectedProgress(network, today);
    expect(expected.segmentsLate, 'the demo network has late segments').toBeGreaterThan(0);

    const shown = await summaryFigures(page);
    expect(shown.plannedKm).toBeCloseTo(expected.plannedKm, 5);
    expect(shown.builtKm).toBeCloseTo(expected.builtKm, 5);
    expect(shown.share).toBeCloseTo(expected.share, 6);
    expect(shown.segmentsLate).toBe(expected.segmentsLate);
    expect(shown.kmLate).toBeCloseTo(expected.kmLate, 5);
    expect(shown.text).toContain(`${km(expected.builtKm)} of ${km(expected.plannedKm)} km`);
    expect(shown.text).toContain(`${expected.segmentsLate} segments, ${km(expected.kmLate)} km`);
    const percent = new Intl.NumberFormat('en-GB', { style: 'percent', maximumFractionDigits: 1 });
    expect(shown.text).toContain(percent.format(expected.share));
    // The forecast says a date or why there is none, in words.
    expect(await page.getByTestId('fiber-forecast').innerText()).toMatch(/likely \d+ \w+ \d{4}|No forecast: \w+/);

    // Every demo segment names its district, where it then counts whole.
    const district = districts.features[1]!;
    expect(network.features.every((f) => f.properties.district_id !== undefined)).toBe(true);
    await page.getByTestId('district-list').getByRole('button', { name: district.properties.name.en }).click();
    await expect.poll(() => page.getByTestId('fiber-block').getAttribute('data-scope')).toBe('1');
    const inDistrict = expectedProgress(network, today, (s) => s.properties.district_id === district.properties.id);
    const districtShown = await summaryFigures(page);
    expect(districtShown.plannedKm).toBeCloseTo(inDistrict.plannedKm, 5);
    expect(districtShown.builtKm).toBeCloseTo(inDistrict.builtKm, 5);
    expect(districtShown.segmentsLate).toBe(inDistrict.segmentsLate);
  });

  it('opens a late segment’s details when it is clicked on the map', async () => {
    fiber = 'served';
    const { page } = await browser.open();
    const network = await openFiber(page, '?lang=en&layers=fiber&z=13');
    await waitForMapToSettle(page);
    const today = isoDayIn(Date.now(), TIME_ZONE);
    const late = network.features.filter((s) => s.properties.completed_at === null && s.properties.planned_end < today);
    // The late segment nearest the map's centre, clicked at the middle of its middle stretch.
    const query = await urlQuery(page);
    const [cLon, cLat] = query.c!.split(',').map(Number) as [number, number];
    const middle = (s: (typeof late)[number]) => {
      const c = s.geometry.coordinates;
      const k = Math.floor((c.length - 1) / 2);
      return [(c[k]![0] + c[k + 1]![0]) / 2, (c[k]![1] + c[k + 1]![1]) / 2] as [number, number];
    };
    const target = late
      .map((s) => ({ s, at: middle(s) }))
      .sort((a, b) => Math.hypot(a.at[0] - cLon, a.at[1] - cLat) - Math.hypot(b.at[0] - cLon, b.at[1] - cLat))[0]!;
    const point = await projectToScreen(page, ...target.at);
    await page.mouse.click(point.x, point.y);
    const details = page.getByTestId('fiber-segment');
    await expect.poll(() => details.getAttribute('data-id')).toBe(target.s.properties.id);
    const text = await details.innerText();
    expect(text).toContain('Late: past its planned end and not built');
    expect(text).toContain(
      `${new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(target.s.properties.length_m / 1000)} km`,
    );
    await saveScreenshot(page, 'fiber-en-late-segment');
  });

  it('replays the rollout: the map and the chart show the instant, and the URL keeps it', async () => {
    fiber = 'served';
    const { page } = await browser.open();
    const network = await openFiber(page, '?layers=fiber');
    await waitForMapToSettle(page);
    const slider = page.getByTestId('fiber-slider');
    const chart = page.getByTestId('fiber-burn-up-at');
    const first = (await page.getByTestId('fiber-instant').getAttribute('data-day')) || null;
    expect(first, 'absent = now').toBeNull();

    const dayAt = async (position: number) => {
      await slider.fill(String(position));
      await expect.poll(async () => (await urlQuery(page)).at ?? '').not.toBe('');
      const day = (await urlQuery(page)).at!;
      await expect.poll(() => page.getByTestId('fiber-instant').getAttribute('data-day')).toBe(day);
      await page.waitForTimeout(600);
      return day;
    };
    const max = Number(await slider.getAttribute('max'));
    const early = await dayAt(Math.round(max * 0.3));
    const earlyMap = decodePng(await screenshotMap(page));
    expect(Number(await chart.getAttribute('data-built-km'))).toBeCloseTo(expectedBuiltKm(network, early), 5);

    const later = await dayAt(Math.round(max * 0.6));
    expect(later > early).toBe(true);
    const laterMap = decodePng(await screenshotMap(page));
    expect(Number(await chart.getAttribute('data-built-km'))).toBeCloseTo(expectedBuiltKm(network, later), 5);
    expect(expectedBuiltKm(network, later)).toBeGreaterThan(expectedBuiltKm(network, early));
    const changed = changedPixels(earlyMap, laterMap);
    expect(changed, 'segments change colour between the two instants').toBeGreaterThan(500);

    // The slider's day in the city's calendar and Persian digits.
    const instant = await page.getByTestId('fiber-instant').innerText();
    expect(instant).toMatch(PERSIAN_DIGITS);
    expect(
      JALALI_MONTHS.some((month) => instant.includes(month)),
      instant,
    ).toBe(true);
    await saveScreenshot(page, 'fiber-fa-playback');

    await page.reload();
    await waitForReady(page);
    await page.getByTestId('fiber-block').waitFor();
    expect((await urlQuery(page)).at).toBe(later);
    await expect.poll(() => page.getByTestId('fiber-instant').getAttribute('data-day')).toBe(later);
    expect(Number(await chart.getAttribute('data-built-km'))).toBeCloseTo(expectedBuiltKm(network, later), 5);
    expect(Number(await slider.inputValue())).toBe(Math.round(max * 0.6));

    // Play moves the instant on; pause writes where it stopped into the URL.
    await page.getByTestId('fiber-speed').selectOption('8');
    await page.getByTestId('fiber-play').click();
    await page.waitForTimeout(700);
    await page.getByTestId('fiber-play').click();
    await expect.poll(async () => (await urlQuery(page)).at! > later).toBe(true);
    expect(Number(await chart.getAttribute('data-built-km'))).toBeCloseTo(
      expectedBuiltKm(network, (await urlQuery(page)).at!),
      5,
    );
  });

  it('hides the fiber block with a note when the city publishes no fiber network (404)', async () => {
    fiber = 'absent';
    const session = await browser.open({ expectedConsoleErrors: [FIBER_404] });
    const { page } = session;
    await openApp(page, server.url, '?lang=en&layers=fiber');
    const note = page.getByTestId('fiber-note');
    await expect.poll(() => note.getAttribute('data-status')).toBe('absent');
    expect(await note.innerText()).toBe('This city publishes no fiber-optic network data');
    expect(await page.getByTestId('fiber-block').count()).toBe(0);
    expect(await page.getByTestId('fiber-line').count()).toBe(0);
    expect(await page.getByTestId('app').getAttribute('data-state')).toBe('ready');
    // The one console error is the browser's own line for the 404 answer.
    expect(session.consoleErrors.length).toBeLessThanOrEqual(1);
    expect(session.unexpectedConsoleErrors()).toEqual([]);
  });

  it('flags a district that will miss its target, in the panel and outlined on the map', async () => {
    fiber = 'served';
    const { page } = await browser.open();
    const served = await openFiber(page, '?lang=en&layers=fiber');
    await waitForMapToSettle(page);
    await page.waitForTimeout(1500);
    const onTime = decodePng(await screenshotMap(page));
    const missingBefore = await page.getByTestId('fiber-missing').locator('li').count();

    // The same network, but every unbuilt segment is due in ten days: at the pace of the last months no
    // district with work left can make it.
    const soon = addDays(isoDayIn(Date.now(), TIME_ZONE), 10);
    const behind: RawNetwork = {
      ...served,
      features: served.features.map((f) =>
        f.properties.completed_at ? f : { ...f, properties: { ...f.properties, planned_end: soon } },
      ),
    };
    fiber = JSON.stringify(behind);
    await openFiber(page, '?lang=en&layers=fiber');
    const missing = page.getByTestId('fiber-missing');
    await missing.waitFor();
    const flaggedDistricts = await missing.locator('li').evaluateAll((items) => items.map((li) => li.dataset.district));
    expect(flaggedDistricts.length).toBeGreaterThan(missingBefore);
    const text = await missing.innerText();
    for (const d of flaggedDistricts) expect(text).toContain(districts.features[Number(d)]!.properties.name.en);
    await waitForMapToSettle(page);
    await page.waitForTimeout(1500);
    const flagged = decodePng(await screenshotMap(page));
    await saveScreenshot(page, 'fiber-en-missing-target');
    // The outline's colour (#882255).
    const outline = (image: ReturnType<typeof decodePng>) => {
      let count = 0;
      for (let i = 0; i < image.width * image.height; i++) {
        const [r, g, b] = [image.data[4 * i]!, image.data[4 * i + 1]!, image.data[4 * i + 2]!];
        if (Math.abs(r - 0x88) + Math.abs(g - 0x22) + Math.abs(b - 0x55) < 60) count++;
      }
      return count;
    };
    // More districts outlined: more of the outline's colour on the map.
    expect(outline(flagged)).toBeGreaterThan(outline(onTime) + 500);
  });

  // The demo network (about 300 segments) and the issue's two sizes.
  for (const size of ['demo', 1_000, 10_000] as const) {
    it(`times a playback frame at ${size === 'demo' ? 'the demo network' : `${size} segments`}`, async () => {
      const today = isoDayIn(Date.now(), TIME_ZONE);
      fiber = size === 'demo' ? 'served' : JSON.stringify(largeNetwork(size, districts, today));
      const { page } = await browser.open();
      const network = await openFiber(page, '?lang=en&layers=fiber');
      await waitForMapToSettle(page);
      await page.waitForTimeout(1500);
      const max = Number(await page.getByTestId('fiber-slider').getAttribute('max'));
      // A drag across the rollout: 12 days evenly apart over its whole span.
      const positions = Array.from({ length: 12 }, (_, k) => Math.round(((k + 1) * max) / 13));
      const times = await timePlaybackFrames(page, positions);
      const last = (await page.getByTestId('fiber-instant').getAttribute('data-day'))!;
      expect(Number(await page.getByTestId('fiber-burn-up-at').getAttribute('data-built-km'))).toBeCloseTo(
        expectedBuiltKm(network, last),
        5,
      );
      const figures = {
        segments: network.features.length,
        ...medianAndMax(times.frames),
        handled: medianAndMax(times.handled),
        drawn: medianAndMax(times.drawn),
      };
      console.log(
        `fiber playback frame (ms): ${JSON.stringify({ ...figures, longTasks: times.longTasks.map(Math.round) })}`,
      );
      for (const task of times.longTasks) expect(task).toBeLessThan(LONG_TASK_LIMIT_MS);
    }, 300_000);
  }
});

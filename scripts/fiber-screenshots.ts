/**
 * Screenshots of the fiber rollout in the production build, for review: Persian and English at 1440×900 and
 * 3840×2160 (device scale 1) — the fiber block of the city, the layer with its late segments and a clicked
 * late segment's details, the scores opened to their inputs, and the playback stopped half-way through the
 * rollout. Serves `dist/` with the demo city,
 * so run `npm run build` first.
 *
 *   node --import tsx scripts/fiber-screenshots.ts
 *
 * Writes tests/artifacts/screens/fiber-<lang>-<width>x<height>-<view>.png. Fails when a page logs an error
 * or requests anything off localhost.
 */
import type { Page } from 'playwright-core';
import { waitForReady } from '../tests/e2e/support/browser';
import {
  apiBaseOf,
  fetchJsonInPage,
  openApp,
  projectToScreen,
  urlQuery,
  waitForMapToSettle,
} from '../tests/e2e/support/app';
import { isoDayIn, type RawNetwork } from '../tests/e2e/support/fiber';
import { runScreens } from './screen-run';

/** The fiber layer alone over the districts, so its colours are not hidden under the requests. */
const FIBER_VIEW = 'layers=choropleth,fiber';

async function settle(page: Page) {
  await waitForReady(page);
  await waitForMapToSettle(page);
  await page.waitForTimeout(700);
}

/** Clicks the middle of the late segment nearest the map's centre, to open its details. */
async function clickLateSegment(page: Page) {
  const network = await fetchJsonInPage<RawNetwork>(page, await apiBaseOf(page), 'fiber/segments');
  const today = isoDayIn(Date.now(), 'Asia/Tehran');
  const [cLon, cLat] = (await urlQuery(page)).c!.split(',').map(Number) as [number, number];
  const middles = network.features
    .filter((s) => s.properties.completed_at === null && s.properties.planned_end < today)
    .map((s) => {
      const c = s.geometry.coordinates;
      const k = Math.floor((c.length - 1) / 2);
      return [(c[k]![0] + c[k + 1]![0]) / 2, (c[k]![1] + c[k + 1]![1]) / 2] as [number, number];
    })
    .sort((a, b) => Math.hypot(a[0] - cLon, a[1] - cLat) - Math.hypot(b[0] - cLon, b[1] - cLat));
  if (middles.length === 0) return;
  const point = await projectToScreen(page, ...middles[0]!);
  await page.mouse.click(point.x, point.y);
  await page.getByTestId('fiber-segment').waitFor();
  await page.mouse.move(0, 0);
}

runScreens('fiber', async ({ page, lang, server, shot }) => {
  const query = `?${lang === 'en' ? 'lang=en&' : ''}${FIBER_VIEW}`;
  await openApp(page, server.url, query);
  await page.getByTestId('fiber-block').waitFor();
  await settle(page);
  await shot('block');

  // The late segments (dashed) and the details of one.
  await clickLateSegment(page);
  await page.getByTestId('fiber-segment').scrollIntoViewIfNeeded();
  await shot('late');

  const scores = page.getByTestId('fiber-scores-districts');
  await scores
    .locator('details')
    .first()
    .evaluate((d) => ((d as HTMLDetailsElement).open = true));
  await scores.scrollIntoViewIfNeeded();
  await shot('scores');

  // Half-way through the rollout: the slider's middle day.
  const slider = page.getByTestId('fiber-slider');
  const max = Number(await slider.getAttribute('max'));
  await slider.fill(String(Math.round(max / 2)));
  await page.getByTestId('fiber-burn-up').scrollIntoViewIfNeeded();
  await settle(page);
  await shot('playback');
});

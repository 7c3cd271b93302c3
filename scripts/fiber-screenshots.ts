/**
 * Screenshots of the fiber rollout in the production build, for review: Persian and English at 1440×900 and
 * 3840×2160 (device scale 1) — the fiber block of the city, the layer with its late segments and a clicked
 * segment's details, and the playback stopped half-way through the rollout. Serves `dist/` with the demo city,
 * so run `npm run build` first.
 *
 *   node --import tsx scripts/fiber-screenshots.ts
 *
 * Writes tests/artifacts/screens/fiber-<lang>-<width>x<height>-<view>.png. Fails when a page logs an error
 * or requests anything off localhost.
 */
import { mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, openSession, SCREENS_DIR, waitForReady } from '../tests/e2e/support/browser';
import { openApp, waitForMapToSettle } from '../tests/e2e/support/app';
import { DIST_DIR, REPO_ROOT, startStaticServer } from '../tests/e2e/support/static-server';

const SIZES = [
  { width: 1440, height: 900 },
  { width: 3840, height: 2160 },
] as const;
const LANGUAGES = ['fa', 'en'] as const;

/** The fiber layer alone over the districts, so its colours are not hidden under the requests. */
const FIBER_VIEW = 'layers=choropleth,fiber';

async function settle(page: Page) {
  await waitForReady(page);
  await waitForMapToSettle(page);
  await page.waitForTimeout(700);
}

/** Clicks the map where the first segment drawn as late lies: the middle of its line. */
async function clickLateSegment(page: Page) {
  const point = await page.evaluate(() => {
    const el = document.querySelector('[data-testid=fiber-summary]');
    return el ? Number(el.getAttribute('data-segments-late')) : 0;
  });
  if (!point) return;
  await page.getByTestId('fiber-scores-districts').scrollIntoViewIfNeeded();
}

async function main() {
  if (!existsSync(path.join(DIST_DIR, 'index.html'))) {
    throw new Error(`${DIST_DIR}/index.html is missing: run \`npm run build\` first`);
  }
  await mkdir(SCREENS_DIR, { recursive: true });
  const server = await startStaticServer();
  const browser = await launchBrowser();
  const written: string[] = [];
  try {
    for (const size of SIZES) {
      for (const lang of LANGUAGES) {
        const session = await openSession(browser, { viewport: size, deviceScaleFactor: 1 });
        try {
          const { page } = session;
          const shot = async (view: string) => {
            const file = path.join(SCREENS_DIR, `fiber-${lang}-${size.width}x${size.height}-${view}.png`);
            await page.screenshot({ path: file });
            written.push(file);
          };
          const query = `?${lang === 'en' ? 'lang=en&' : ''}${FIBER_VIEW}`;
          await openApp(page, server.url, query);
          await page.getByTestId('fiber-block').waitFor();
          await settle(page);
          await shot('block');

          await clickLateSegment(page);
          await page
            .getByTestId('fiber-scores-districts')
            .locator('details')
            .first()
            .evaluate((d) => {
              (d as HTMLDetailsElement).open = true;
            });
          await shot('scores');

          // Half-way through the rollout: the slider's middle day.
          const slider = page.getByTestId('fiber-slider');
          const max = Number(await slider.getAttribute('max'));
          await slider.fill(String(Math.round(max / 2)));
          await page.getByTestId('fiber-burn-up').scrollIntoViewIfNeeded();
          await settle(page);
          await shot('playback');
          session.assertClean();
        } finally {
          await session.close();
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  for (const file of written) console.log(path.relative(REPO_ROOT, file));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

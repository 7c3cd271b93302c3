/**
 * Screenshots of the control-room wall for review: every scene, Persian and English, at 1920×1080 and
 * 3840×2160 (the walls it is made for), on the demo city and on New York City's real 311 sample (read from
 * ../shared/fixtures, never copied into the project) dropped on the desk. Serves `dist/` with scenes of a
 * few seconds, so run `npm run build` first.
 *
 *   node --import tsx scripts/wall-screenshots.ts
 *
 * Writes tests/artifacts/screens/wall-<lang>-<width>x<height>-<scene>.png.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { WALL_SCENES } from '../src/domain/wall/scenes';
import { openApp } from '../tests/e2e/support/app';
import { waitForReady } from '../tests/e2e/support/browser';
import { DIST_DIR } from '../tests/e2e/support/static-server';
import { NYC_SAMPLE } from './nyc-like-csv';
import { runScreens } from './screen-run';

const config = {
  ...(JSON.parse(readFileSync(path.join(DIST_DIR, 'config.json'), 'utf8')) as object),
  wall: { scenes: WALL_SCENES.map((scene) => ({ scene, seconds: 4 })) },
};

runScreens(
  'wall',
  async ({ page, lang, server, shot }) => {
    await page.goto(new URL(`wall/?lang=${lang}`, server.url).href);
    await page.locator('[data-testid=app][data-state=ready][data-map-drawn=true]').waitFor({ timeout: 120_000 });
    for (const scene of WALL_SCENES) {
      await page.locator(`[data-testid=app][data-scene=${scene}]`).waitFor({ timeout: 60_000 });
      await page.waitForTimeout(scene === 'density' ? 1500 : 400);
      await shot(scene);
    }
    // Another city's real data, kept by the desk until cleared: the wall shows it, and says its period is empty.
    await openApp(page, server.url, `?lang=${lang}`);
    await page.getByTestId('file-input').setInputFiles(NYC_SAMPLE);
    await page.getByTestId('mapping-timezone').selectOption('America/New_York');
    await page.getByTestId('mapping-load').click();
    await page.getByTestId('dataset-name').waitFor({ timeout: 60_000 });
    await waitForReady(page);
    await page.goto(new URL(`wall/?lang=${lang}`, server.url).href);
    await page.locator('[data-testid=app][data-state=ready][data-map-drawn=true]').waitFor({ timeout: 120_000 });
    for (const scene of ['density', 'problems'] as const) {
      await page.locator(`[data-testid=app][data-scene=${scene}]`).waitFor({ timeout: 60_000 });
      await page.waitForTimeout(scene === 'density' ? 1500 : 400);
      await shot(`nyc-${scene}`);
    }
    await openApp(page, server.url, `?lang=${lang}`);
    await page.getByTestId('dataset-clear').click();
  },
  {
    sizes: [
      { width: 1920, height: 1080 },
      { width: 3840, height: 2160 },
    ],
    server: { config },
  },
);

/**
 * Screenshots of the production build for the README and for review: Persian and English, at 1440×900
 * and 3840×2160 (device scale 1), the city view, a district drilldown and its largest problems. Serves `dist/` on localhost
 * with the demo city, so run `npm run build` first.
 *
 *   node --import tsx scripts/screenshots.ts
 *
 * Writes tests/artifacts/screens/screenshot-<lang>-<width>x<height>-<view>.png and docs/screenshot.png
 * (Persian, 1440×900, drilldown). Fails when a page logs an error or requests anything off localhost.
 */
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { waitForReady } from '../tests/e2e/support/browser';
import { openApp, waitForMapToSettle } from '../tests/e2e/support/app';
import { REPO_ROOT } from '../tests/e2e/support/static-server';
import { runScreens } from './screen-run';

const README_SHOT = path.join(REPO_ROOT, 'docs', 'screenshot.png');

runScreens('screenshot', async ({ page, lang, size, server, shot, wrote }) => {
  await openApp(page, server.url, lang === 'en' ? '?lang=en' : '');
  await waitForMapToSettle(page);
  await shot('city');

  await page.getByTestId('district-list').getByRole('button').first().click();
  await page.getByTestId('neighbourhood-list').waitFor();
  await waitForReady(page);
  await waitForMapToSettle(page);
  await page.waitForTimeout(500);
  const drilldown = await shot('drilldown');
  // The follow-up's largest problems of the period, resolved ones too, with the staff's share.
  await page.getByTestId('problems-shown').selectOption('all');
  await page.getByTestId('problem-lists').scrollIntoViewIfNeeded();
  await shot('problems');
  if (lang === 'fa' && size.width === 1440) {
    await mkdir(path.dirname(README_SHOT), { recursive: true });
    await copyFile(drilldown, README_SHOT);
    wrote(README_SHOT);
  }
});

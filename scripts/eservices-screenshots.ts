/**
 * Screenshots of the e-services for review: Persian and English at 1440×900 and 3840×2160 (device scale 1),
 * the map with the e-service layer and its legend and the panel's e-service block (its share and chart,
 * the catalogue, the self-service rollout), at the city level and for one district. Serves `dist/` with the
 * demo city, so run `npm run build` first.
 *
 *   node --import tsx scripts/eservices-screenshots.ts
 *
 * Writes tests/artifacts/screens/eservices-<lang>-<width>x<height>-<view>.png. Fails when a page logs an
 * error or requests anything off localhost.
 */
import type { Page } from 'playwright-core';
import { openApp, waitForMapToSettle } from '../tests/e2e/support/app';
import { runScreens } from './screen-run';

/** The parts of the block shown one after the other, each scrolled to the top of the panel. */
const PARTS = ['eservices', 'eservices-chart', 'rollout'] as const;

/** Scrolls the side panel (not the page, which must stay put) so that the part is at its top. */
async function showPart(page: Page, testId: string): Promise<void> {
  await page.getByTestId(testId).evaluate((element) => {
    const panel = element.closest('[data-testid="area-panel"]')!;
    panel.scrollTop += element.getBoundingClientRect().top - panel.getBoundingClientRect().top - 8;
  });
  await page.waitForTimeout(300);
}

runScreens('eservices', async ({ page, lang, server, shot }) => {
  for (const [scope, query] of [
    ['city', ''],
    ['district', '&d=4'],
  ] as const) {
    await openApp(page, server.url, `?lang=${lang}&layers=eservices${query}`);
    await waitForMapToSettle(page);
    await page.getByTestId('eservices').waitFor();
    await shot(`${scope}-layer`);
    for (const part of PARTS) {
      await showPart(page, part);
      await shot(`${scope}-${part}`);
    }
  }
});

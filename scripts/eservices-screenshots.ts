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
import { mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, openSession, SCREENS_DIR } from '../tests/e2e/support/browser';
import { openApp, waitForMapToSettle } from '../tests/e2e/support/app';
import { DIST_DIR, REPO_ROOT, startStaticServer } from '../tests/e2e/support/static-server';

const SIZES = [
  { width: 1440, height: 900 },
  { width: 3840, height: 2160 },
] as const;
const LANGUAGES = ['fa', 'en'] as const;
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
            const file = path.join(SCREENS_DIR, `eservices-${lang}-${size.width}x${size.height}-${view}.png`);
            await page.screenshot({ path: file });
            written.push(file);
          };
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

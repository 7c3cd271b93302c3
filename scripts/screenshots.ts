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
import { existsSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser, openSession, SCREENS_DIR, waitForReady } from '../tests/e2e/support/browser';
import { openApp, waitForMapToSettle } from '../tests/e2e/support/app';
import { DIST_DIR, REPO_ROOT, startStaticServer } from '../tests/e2e/support/static-server';

const SIZES = [
  { width: 1440, height: 900 },
  { width: 3840, height: 2160 },
] as const;
const LANGUAGES = ['fa', 'en'] as const;
const README_SHOT = path.join(REPO_ROOT, 'docs', 'screenshot.png');

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
          const name = (view: string) =>
            path.join(SCREENS_DIR, `screenshot-${lang}-${size.width}x${size.height}-${view}.png`);
          await openApp(page, server.url, lang === 'en' ? '?lang=en' : '');
          await waitForMapToSettle(page);
          await page.screenshot({ path: name('city') });
          written.push(name('city'));

          await page.getByTestId('district-list').getByRole('button').first().click();
          await page.getByTestId('neighbourhood-list').waitFor();
          await waitForReady(page);
          await waitForMapToSettle(page);
          await page.waitForTimeout(500);
          await page.screenshot({ path: name('drilldown') });
          written.push(name('drilldown'));
          // The follow-up's largest problems of the period, resolved ones too, with the staff's share.
          await page.getByTestId('problems-shown').selectOption('all');
          await page.getByTestId('problem-lists').scrollIntoViewIfNeeded();
          await page.screenshot({ path: name('problems') });
          written.push(name('problems'));
          if (lang === 'fa' && size.width === 1440) {
            await mkdir(path.dirname(README_SHOT), { recursive: true });
            await copyFile(name('drilldown'), README_SHOT);
            written.push(README_SHOT);
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

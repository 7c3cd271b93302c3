/**
 * Screenshots of the custom period's date range picker, open, for review: Persian and English, at 1440×900
 * and 3840×2160 (device scale 1), the whole page and a close-up of the filter bar and the calendar. Serves
 * `dist/` on localhost with the demo city, so run `npm run build` first.
 *
 *   node --import tsx scripts/date-picker-screenshots.ts
 *
 * Writes tests/artifacts/screens/date-picker-<lang>-<width>x<height>-{page,closeup,picker}.png. Fails when a page
 * logs an error or requests anything off localhost.
 */
import { mkdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser, openSession, SCREENS_DIR } from '../tests/e2e/support/browser';
import { openApp, waitForMapToSettle } from '../tests/e2e/support/app';
import { DIST_DIR, REPO_ROOT, startStaticServer } from '../tests/e2e/support/static-server';

const SIZES = [
  { width: 1440, height: 900 },
  { width: 3840, height: 2160 },
] as const;
const LANGUAGES = ['fa', 'en'] as const;
/** A range across Nowruz 1405 (21 March 2026), so the calendar opens on Esfand with the new year ahead. */
const RANGE = 'period=custom&from=2026-03-10&to=2026-04-05';

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
            path.join(SCREENS_DIR, `date-picker-${lang}-${size.width}x${size.height}-${view}.png`);
          await openApp(page, server.url, `?${lang === 'en' ? 'lang=en&' : ''}${RANGE}`);
          await waitForMapToSettle(page);
          // Opened as a keyboard user would: the button takes the focus, Enter opens the calendar.
          await page.getByTestId('period-range-button').focus();
          await page.keyboard.press('Enter');
          const calendar = page.getByTestId('period-calendar');
          await calendar.waitFor();
          await page.waitForTimeout(300);
          await page.screenshot({ path: name('page') });
          written.push(name('page'));

          const bar = (await page.locator('.top-bar').boundingBox())!;
          const popover = (await calendar.boundingBox())!;
          const bottom = Math.min(size.height, popover.y + popover.height + bar.height / 2);
          await page.screenshot({ path: name('closeup'), clip: { x: 0, y: 0, width: size.width, height: bottom } });
          written.push(name('closeup'));

          // The field and the calendar alone, at the pixels of the screen.
          const field = (await page.locator('.date-range-field').boundingBox())!;
          const left = Math.max(0, Math.min(field.x, popover.x) - 24);
          const right = Math.min(size.width, Math.max(field.x + field.width, popover.x + popover.width) + 24);
          await page.screenshot({ path: name('picker'), clip: { x: left, y: 0, width: right - left, height: bottom } });
          written.push(name('picker'));
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

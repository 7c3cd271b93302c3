/**
 * Screenshots of the council briefing and the presenter for review, and the briefing printed: Persian and
 * English, the briefing of district 2 this year on screen (1440×900 and 3840×2160), printed to A4 with the
 * page's own print CSS (each page rendered to PNG), and the presenter's slides at 1920×1080. Serves
 * `dist/` with the demo city, so run `npm run build` first.
 *
 *   node --import tsx scripts/briefing-screenshots.ts
 *
 * Writes tests/artifacts/screens/briefing-<lang>-<width>x<height>-<view>.png and briefing-<lang>-pdf-<n>.png.
 */
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { waitForReady } from '../tests/e2e/support/browser';
import { SCREENS_DIR } from '../tests/e2e/support/browser';
import { runScreens } from './screen-run';

const SLIDES_SHOWN = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

runScreens('briefing', async ({ page, lang, size, server, shot, wrote }) => {
  await page.goto(new URL(`briefing/?lang=${lang}&d=2`, server.url).href);
  await waitForReady(page);
  await shot('top');
  if (size.width !== 1440) return;
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const file = path.join(SCREENS_DIR, `briefing-${lang}.pdf`);
  await writeFile(file, pdf);
  wrote(file);
  execFileSync('/usr/bin/pdftoppm', ['-r', '60', '-png', file, path.join(SCREENS_DIR, `briefing-${lang}-pdf`)]);
  wrote(path.join(SCREENS_DIR, `briefing-${lang}-pdf-*.png`));
  await page.setViewportSize({ width: 1920, height: 1080 });
  for (const slide of SLIDES_SHOWN) {
    await page.goto(new URL(`present/?lang=${lang}&d=2&slide=${slide}`, server.url).href);
    await waitForReady(page);
    const slideFile = path.join(SCREENS_DIR, `briefing-${lang}-1920x1080-slide-${slide}.png`);
    await page.screenshot({ path: slideFile });
    wrote(slideFile);
  }
});

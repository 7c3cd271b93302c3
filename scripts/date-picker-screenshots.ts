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
import { openApp, waitForMapToSettle } from '../tests/e2e/support/app';
import { runScreens } from './screen-run';

/** A range across Nowruz 1405 (21 March 2026), so the calendar opens on Esfand with the new year ahead. */
const RANGE = 'period=custom&from=2026-03-10&to=2026-04-05';

runScreens('date-picker', async ({ page, lang, size, server, shot }) => {
  await openApp(page, server.url, `?${lang === 'en' ? 'lang=en&' : ''}${RANGE}`);
  await waitForMapToSettle(page);
  // Opened as a keyboard user would: the button takes the focus, Enter opens the calendar.
  await page.getByTestId('period-range-button').focus();
  await page.keyboard.press('Enter');
  const calendar = page.getByTestId('period-calendar');
  await calendar.waitFor();
  await page.waitForTimeout(300);
  await shot('page');

  const bar = (await page.locator('.top-bar').boundingBox())!;
  const popover = (await calendar.boundingBox())!;
  const bottom = Math.min(size.height, popover.y + popover.height + bar.height / 2);
  await shot('closeup', { x: 0, y: 0, width: size.width, height: bottom });

  // The field and the calendar alone, at the pixels of the screen.
  const field = (await page.locator('.date-range-field').boundingBox())!;
  const left = Math.max(0, Math.min(field.x, popover.x) - 24);
  const right = Math.min(size.width, Math.max(field.x + field.width, popover.x + popover.width) + 24);
  await shot('picker', { x: left, y: 0, width: right - left, height: bottom });
});

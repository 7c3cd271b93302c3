/**
 * The language switch: Persian is right-to-left with Persian digits and Jalali month names, English is
 * left-to-right with Latin digits and Gregorian month names — but the period follows the city's calendar in
 * both (the demo city keeps the Jalali one), so one link shows the same figures in Persian and English.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { saveScreenshot } from './support/browser';
import {
  GREGORIAN_MONTHS,
  JALALI_MONTHS,
  LATIN_DIGITS,
  PERSIAN_DIGITS,
  fetchCityApiData,
  openApp,
  periodBounds,
  readFigures,
  urlQuery,
} from './support/app';
import { useBrowser, useDistServer } from './support/suite';

async function htmlAttributes(page: Page) {
  return page.evaluate(() => ({ dir: document.documentElement.dir, lang: document.documentElement.lang }));
}

/** Month, day and local time of an instant in a calendar and time zone, through Intl. */
function calendarParts(epochSeconds: number, calendar: 'persian' | 'gregory', timeZone: string) {
  const parts = new Intl.DateTimeFormat(`en-US-u-ca-${calendar}-nu-latn`, {
    timeZone,
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(epochSeconds * 1000);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { month: get('month'), day: get('day'), hour: get('hour'), minute: get('minute') };
}

describe('language switch', () => {
  const browser = useBrowser();
  const app = useDistServer();

  it('flips direction, digits and month names between Persian and English, and keeps the same figures', async () => {
    const { page } = await browser.open();
    await openApp(page, app.url);
    const { city } = await fetchCityApiData(page);
    const tz = city.timezone;
    const requestsTile = page.locator('[data-testid=kpi-requests] .kpi-tile__value');
    const label = page.getByTestId('period-label');

    // Persian, the default language of config.json.
    expect(await htmlAttributes(page)).toEqual({ dir: 'rtl', lang: 'fa' });
    const faCount = await requestsTile.innerText();
    expect(faCount).toMatch(PERSIAN_DIGITS);
    expect(faCount).not.toMatch(LATIN_DIGITS);
    const faLabel = await label.innerText();
    expect(faLabel).toMatch(PERSIAN_DIGITS);
    expect(faLabel).not.toMatch(LATIN_DIGITS);
    expect(
      JALALI_MONTHS.some((m) => faLabel.includes(m)),
      faLabel,
    ).toBe(true);
    expect(
      GREGORIAN_MONTHS.some((m) => faLabel.includes(m)),
      faLabel,
    ).toBe(false);
    // "This year" is the city's (Jalali) year: it starts on 1 Farvardin at local midnight.
    const faPeriod = await periodBounds(page);
    const faFigures = await readFigures(page, 'kpi');
    expect(calendarParts(faPeriod.from, 'persian', tz)).toEqual({ month: 1, day: 1, hour: 0, minute: 0 });
    expect(await page.getByTestId('crumb').first().innerText()).toBe(city.name.fa);
    await saveScreenshot(page, 'language-fa-city');

    await page.getByTestId('language-switch').click();
    await expect.poll(() => htmlAttributes(page)).toEqual({ dir: 'ltr', lang: 'en' });
    expect((await urlQuery(page)).lang).toBe('en');
    await expect.poll(() => label.innerText()).not.toBe(faLabel);
    const enCount = await requestsTile.innerText();
    expect(enCount).toMatch(LATIN_DIGITS);
    expect(enCount).not.toMatch(PERSIAN_DIGITS);
    const enLabel = await label.innerText();
    expect(enLabel).toMatch(LATIN_DIGITS);
    expect(enLabel).not.toMatch(PERSIAN_DIGITS);
    expect(
      GREGORIAN_MONTHS.some((m) => enLabel.includes(m)),
      enLabel,
    ).toBe(true);
    expect(
      JALALI_MONTHS.some((m) => enLabel.includes(m)),
      enLabel,
    ).toBe(false);
    // The same link, the same period (the city's Jalali year, shown in Gregorian dates) and the same figures.
    expect(await periodBounds(page)).toEqual(faPeriod);
    expect(calendarParts(faPeriod.from, 'persian', tz)).toEqual({ month: 1, day: 1, hour: 0, minute: 0 });
    expect(await readFigures(page, 'kpi')).toEqual(faFigures);
    expect(await page.getByTestId('crumb').first().innerText()).toBe(city.name.en);
    expect(await page.title()).toBe('Shahrnama');
    await saveScreenshot(page, 'language-en-city');

    await page.getByTestId('language-switch').click();
    await expect.poll(() => htmlAttributes(page)).toEqual({ dir: 'rtl', lang: 'fa' });
    // Persian is the default: the URL leaves it out.
    expect(await urlQuery(page)).not.toHaveProperty('lang');
    await expect.poll(() => label.innerText()).toBe(faLabel);
  });
});

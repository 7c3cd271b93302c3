/**
 * The custom period's date range picker, driven by the keyboard alone: the field's segments with Tab and
 * the arrow keys, the calendar with Enter and the arrow keys. Persian picks Jalali days in Persian digits,
 * right to left; English Gregorian days, left to right. The URL holds the Gregorian ISO days chosen and the
 * period label the city's midnights around them. The expected days are worked out here with Intl alone,
 * not with the app's conversions.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { saveScreenshot } from './support/browser';
import {
  LATIN_DIGITS,
  PERSIAN_DIGITS,
  apiBaseOf,
  fetchJsonInPage,
  openApp,
  periodBounds,
  urlQuery,
  type CityEntry,
} from './support/app';
import { useBrowser, useDistServer } from './support/suite';

const DAY_MS = 86_400_000;

function partsOf(format: Intl.DateTimeFormat, ms: number): Record<string, string> {
  return Object.fromEntries(format.formatToParts(ms).map((p) => [p.type, p.value]));
}

/** The Gregorian ISO day (YYYY-MM-DD) of an instant in a time zone. */
function isoDayIn(epochSeconds: number, timeZone: string): string {
  const p = partsOf(
    new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }),
    epochSeconds * 1000,
  );
  return `${p.year}-${p.month}-${p.day}`;
}

function addIsoDays(isoDay: string, days: number): string {
  return new Date(Date.parse(`${isoDay}T12:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

const PERSIAN = new Intl.DateTimeFormat('en-US-u-ca-persian-nu-latn', {
  timeZone: 'UTC',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
});

/** The Jalali year, month and day of a Gregorian ISO day, by Intl's Persian calendar. */
function jalaliOf(isoDay: string): [number, number, number] {
  const p = partsOf(PERSIAN, Date.parse(`${isoDay}T12:00:00Z`));
  return [Number.parseInt(p.year!, 10), Number(p.month), Number(p.day)];
}

/** The Gregorian ISO day of a Jalali date, found by walking the days of its year through Intl. */
function isoOfJalali(year: number, month: number, day: number): string {
  let iso = `${year + 621}-03-01`;
  for (let i = 0; i < 400; i++, iso = addIsoDays(iso, 1)) {
    const [y, m, d] = jalaliOf(iso);
    if (y === year && m === month && d === day) return iso;
  }
  throw new Error(`no such Jalali day: ${year}/${month}/${day}`);
}

/** Local midnight of a Gregorian ISO day in a time zone, epoch seconds. */
function midnightIn(isoDay: string, timeZone: string): number {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  });
  const offsetAt = (ms: number) => {
    const p = partsOf(format, ms);
    return Date.UTC(+p.year!, +p.month! - 1, +p.day!, +p.hour!, +p.minute!, +p.second!) - ms;
  };
  const wall = Date.parse(`${isoDay}T00:00:00Z`);
  let ms = wall - offsetAt(wall);
  ms = wall - offsetAt(ms);
  return ms / 1000;
}

/** The bounds the period label must carry for a custom range: [first midnight, midnight after the end). */
function expectedBounds(from: string, to: string, timeZone: string) {
  return { from: midnightIn(from, timeZone), to: midnightIn(addIsoDays(to, 1), timeZone) };
}

/** What has the keyboard focus: a segment's type and which end it belongs to, or a test id. */
async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element) return 'nothing';
    const type = element.dataset.type;
    if (type) return `${element.closest('[data-testid]')?.getAttribute('data-testid')}:${type}`;
    return element.closest('[data-testid]')?.getAttribute('data-testid') ?? element.tagName;
  });
}

async function press(page: Page, key: string, times = 1): Promise<void> {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
}

/** The text of one end of the field as shown, without the bidi marks the field may wrap it in. */
async function endText(page: Page, end: 'start' | 'end'): Promise<string> {
  const text = await page.getByTestId(`period-range-${end}`).innerText();
  return text.replace(/[\u200e\u200f\u2066-\u2069\s]/g, '');
}

async function cityTimeZone(page: Page): Promise<string> {
  return (await fetchJsonInPage<CityEntry>(page, await apiBaseOf(page), 'city')).timezone;
}

/** Waits until the URL holds the range, then checks the period label's bounds against the city's midnights. */
async function expectRange(page: Page, from: string, to: string, timeZone: string): Promise<void> {
  await expect.poll(async () => (await urlQuery(page)).to, { message: `to = ${to}` }).toBe(to);
  expect((await urlQuery(page)).from, 'from in the URL').toBe(from);
  expect((await urlQuery(page)).period).toBe('custom');
  await expect
    .poll(() => periodBounds(page), { message: 'the period label' })
    .toEqual(expectedBounds(from, to, timeZone));
}

/** The picker's chunk among the URLs requested (the demo's service worker may ask for a file again). */
const pickerChunk = (requests: string[]) => [
  ...new Set(requests.filter((url) => /\/date-range-field-[\w-]+\.js$/.test(url))),
];

describe('date range picker', () => {
  const browser = useBrowser();
  const app = useDistServer();

  it('picks a Jalali range in Persian with the keyboard alone', async () => {
    const session = await browser.open();
    const { page } = session;
    await openApp(page, app.url);
    const timeZone = await cityTimeZone(page);
    const shown = await periodBounds(page);
    // Not part of the page until a custom period asks for it.
    expect(pickerChunk(session.requests)).toEqual([]);

    await page.getByTestId('period-select').selectOption('custom');
    await page.getByTestId('period-range').waitFor();
    expect(pickerChunk(session.requests)).toHaveLength(1);
    // The range starts as the period that was showing (this Jalali year), in the city's days although the
    // browser runs in Los Angeles.
    const nowruz = isoDayIn(shown.from, timeZone);
    const today = isoDayIn(shown.to - 1, timeZone);
    const [year, month1, day1] = jalaliOf(nowruz);
    expect([month1, day1]).toEqual([1, 1]);
    await expectRange(page, nowruz, today, timeZone);
    expect(await endText(page, 'start')).toBe(`${year}/1/1`.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[+d]!));
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');

    // Segments: Tab from the period's select walks year, month and day of each end, in that order.
    await page.getByTestId('period-select').focus();
    await press(page, 'Tab');
    expect(await focused(page)).toBe('period-range-start:year');
    await press(page, 'Tab', 3);
    expect(await focused(page)).toBe('period-range-end:year');
    // The end a year later first, so any start this year stays before it.
    await press(page, 'ArrowUp');
    const [, endMonth, endDay] = jalaliOf(today);
    // 30 Esfand exists in leap years only; the field keeps the month and takes its last day.
    const laterEnd = isoOfJalali(year + 1, endMonth, endMonth === 12 && endDay === 30 ? 29 : endDay);
    await expectRange(page, nowruz, laterEnd, timeZone);

    await press(page, 'Shift+Tab', 2);
    expect(await focused(page)).toBe('period-range-start:month');
    await press(page, 'ArrowUp');
    await press(page, 'Tab');
    expect(await focused(page)).toBe('period-range-start:day');
    await press(page, 'ArrowUp', 4);
    await expectRange(page, isoOfJalali(year, 2, 5), laterEnd, timeZone);
    expect(await endText(page, 'start')).toMatch(/^[۰-۹]{4}\/۲\/۵$/);

    // The calendar: Enter on its button opens it on the range's first day, 5 Ordibehesht.
    await press(page, 'Tab', 4);
    expect(await focused(page)).toBe('period-range-button');
    await press(page, 'Enter');
    const calendar = page.getByTestId('period-calendar');
    await calendar.waitFor();
    expect(await calendar.locator('.range-calendar__heading').innerText()).toContain('اردیبهشت');
    expect(await calendar.innerText()).toMatch(PERSIAN_DIGITS);
    expect(await calendar.innerText()).not.toMatch(LATIN_DIGITS);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('۵');
    // A week down and Enter starts the range on 12 Ordibehesht (and, as react-aria does for the keyboard,
    // moves on to the 13th); two weeks down and one to the left — the next day, right to left — and Enter
    // ends it on 28 Ordibehesht.
    await press(page, 'ArrowDown');
    await press(page, 'Enter');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('۱۳');
    await press(page, 'ArrowDown', 2);
    await press(page, 'ArrowLeft');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('۲۸');
    await saveScreenshot(page, 'date-picker-fa-selecting');
    await press(page, 'Enter');
    await calendar.waitFor({ state: 'detached' });
    const from = isoOfJalali(year, 2, 12);
    const to = isoOfJalali(year, 2, 28);
    await expectRange(page, from, to, timeZone);
    expect(await endText(page, 'start')).toMatch(/^[۰-۹]{4}\/۲\/۱۲$/);
    expect(await endText(page, 'end')).toMatch(/^[۰-۹]{4}\/۲\/۲۸$/);
    const label = await page.getByTestId('period-label').innerText();
    expect(label).toContain('۱۲ اردیبهشت');
    expect(label).toContain('۲۸ اردیبهشت');
    expect(label).not.toMatch(LATIN_DIGITS);

    // An end before the start on the way to another range stays in the field, marked, and out of the URL.
    expect(await focused(page)).toBe('period-range-button');
    await press(page, 'Shift+Tab', 2);
    expect(await focused(page)).toBe('period-range-end:month');
    await press(page, 'ArrowDown');
    await expect.poll(() => page.locator('.date-range-field').getAttribute('data-invalid')).toBe('true');
    expect(await endText(page, 'end')).toMatch(/^[۰-۹]{4}\/۱\/۲۸$/);
    await page.waitForTimeout(300);
    expect(await urlQuery(page)).toMatchObject({ from, to });
    await press(page, 'ArrowUp', 2);
    await expectRange(page, from, isoOfJalali(year, 3, 28), timeZone);
    expect(await page.locator('.date-range-field').getAttribute('data-invalid')).toBeNull();
  });

  it('picks a Gregorian range in English with the keyboard alone', async () => {
    const { page } = await browser.open();
    await openApp(page, app.url, '?lang=en');
    const timeZone = await cityTimeZone(page);
    const shown = await periodBounds(page);
    // "This year" is the city's year (the demo keeps the Jalali calendar): switching to custom starts the
    // range on Nowruz, shown as a Gregorian day.
    await page.getByTestId('period-select').selectOption('custom');
    await page.getByTestId('period-range').waitFor();
    const nowruz = isoDayIn(shown.from, timeZone);
    const today = isoDayIn(shown.to - 1, timeZone);
    expect(jalaliOf(nowruz).slice(1)).toEqual([1, 1]);
    await expectRange(page, nowruz, today, timeZone);
    // The keyboard walk below starts from 1 January of this Gregorian year, as a link can say.
    const year = Number(today.slice(0, 4));
    const newYear = `${year}-01-01`;
    await openApp(page, app.url, `?lang=en&period=custom&from=${newYear}&to=${today}`);
    await page.getByTestId('period-range').waitFor();
    await expectRange(page, newYear, today, timeZone);
    expect(await endText(page, 'start')).toBe(`01/01/${year}`);
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('ltr');

    // Day, month, year for each end (en-GB). The end a year later first.
    await page.getByTestId('period-select').focus();
    await press(page, 'Tab', 6);
    expect(await focused(page)).toBe('period-range-end:year');
    await press(page, 'ArrowUp');
    const laterEnd = today.endsWith('-02-29') ? `${year + 1}-02-28` : `${year + 1}${today.slice(4)}`;
    await expectRange(page, newYear, laterEnd, timeZone);
    expect(await page.getByTestId('period-label').innerText()).toMatch(new RegExp(`^1 Jan ${year} – .+ ${year + 1}$`));
    await press(page, 'Shift+Tab', 5);
    expect(await focused(page)).toBe('period-range-start:day');
    await press(page, 'ArrowUp', 2);
    await expectRange(page, `${year}-01-03`, laterEnd, timeZone);

    // Space on the calendar's button opens it on 3 January; Page Down goes to 3 February, Enter starts
    // the range there and moves on to the 4th; three weeks down and four days right, across the end of
    // February, Enter ends it.
    await press(page, 'Tab', 6);
    expect(await focused(page)).toBe('period-range-button');
    await press(page, 'Space');
    const calendar = page.getByTestId('period-calendar');
    await calendar.waitFor();
    expect(await calendar.locator('.range-calendar__heading').innerText()).toBe(`January ${year}`);
    await press(page, 'PageDown');
    expect(await calendar.locator('.range-calendar__heading').innerText()).toBe(`February ${year}`);
    await press(page, 'Enter');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('4');
    await press(page, 'ArrowDown', 3);
    await press(page, 'ArrowRight', 4);
    await saveScreenshot(page, 'date-picker-en-selecting');
    await press(page, 'Enter');
    await calendar.waitFor({ state: 'detached' });
    const from = `${year}-02-03`;
    const to = addIsoDays(`${year}-02-25`, 4);
    await expectRange(page, from, to, timeZone);
    expect(await endText(page, 'start')).toBe(`03/02/${year}`);
    expect(await endText(page, 'end')).toBe(`${to.slice(8)}/${to.slice(5, 7)}/${year}`);
    const label = await page.getByTestId('period-label').innerText();
    expect(label).toMatch(/^3 Feb \d{4} – (29 Feb|1 Mar) \d{4}$/);
  });

  it('opens a link whose custom days do not exist on the default period, with no error', async () => {
    const { page } = await browser.open();
    const shown: { from: number; to: number }[] = [];
    // Past the pattern's reach (every digit in place) and past the month's end (30 February).
    for (const [from, to] of [
      ['0000-00-00', '9999-99-99'],
      ['2026-02-30', '2026-03-10'],
    ]) {
      await openApp(page, app.url, `?period=custom&from=${from}&to=${to}`);
      expect(await page.getByTestId('period-select').inputValue(), `${from}…${to}`).toBe('this_year');
      expect(await page.getByTestId('period-range').count()).toBe(0);
      expect(await page.getByTestId('period-label').innerText()).toMatch(PERSIAN_DIGITS);
      shown.push(await periodBounds(page));
    }
    // This Jalali year, from Nowruz in the city.
    const timeZone = await cityTimeZone(page);
    expect(jalaliOf(isoDayIn(shown[0]!.from, timeZone)).slice(1)).toEqual([1, 1]);
    expect(shown[1]).toEqual(shown[0]);
  });
});

/**
 * The smart-city progress page: its own folder of the built app (progress/), reached from the desk with the
 * selection, showing the fiber network, the online share and the self-service rollout for the city or a
 * district — the figures worked out here from the API's answers.
 */
import { describe, expect, it } from 'vitest';
import { saveScreenshot, waitForState } from './support/browser';
import { apiBaseOf, fetchJsonInPage, openApp } from './support/app';
import { useBrowser, useDistServer } from './support/suite';

interface Segment {
  properties: { length_m: number; completed_at?: string | null };
}
interface EServicesBody {
  usage: { month: string; district_id: string; online: number; in_person: number }[];
}

describe('the progress page', () => {
  const browser = useBrowser();
  const app = useDistServer();

  it('is reached from the desk with the selection and shows the fiber, online share and self-service figures', async () => {
    const { page } = await browser.open();
    await openApp(page, app.url, '?lang=en&d=1');
    const base = await apiBaseOf(page);
    const segments = (await fetchJsonInPage<{ features: Segment[] }>(page, base, 'fiber/segments')).features;
    const eservices = await fetchJsonInPage<EServicesBody>(page, base, 'eservices');

    await page.getByTestId('page-link-progress').click();
    await page.waitForURL(/\/progress\/\?/);
    await waitForState(page, 'ready');
    expect(await page.getByTestId('app').getAttribute('data-page')).toBe('progress');
    expect(new URL(page.url()).searchParams.get('d')).toBe('1');
    expect(await page.getByTestId('progress-district').inputValue()).toBe('1');

    // The whole city: planned is every segment's length, built those with a completion date before now.
    await page.getByTestId('progress-district').selectOption('');
    const fiber = page.getByTestId('progress-fiber').getByTestId('fiber-summary');
    await fiber.waitFor();
    const planned = segments.reduce((sum, s) => sum + s.properties.length_m, 0) / 1000;
    const now = Date.now();
    const built =
      segments
        .filter((s) => s.properties.completed_at && Date.parse(s.properties.completed_at) <= now)
        .reduce((sum, s) => sum + s.properties.length_m, 0) / 1000;
    expect(Number(await fiber.getAttribute('data-planned-km'))).toBeCloseTo(planned, 2);
    expect(Number(await fiber.getAttribute('data-built-km'))).toBeCloseTo(built, 2);
    expect(await fiber.innerText()).toContain('km');

    // The online share of the year's months: online ÷ all transactions, every district.
    const share = page.getByTestId('progress-share');
    const shown = Number(await share.getAttribute('data-share'));
    const rows = eservices.usage;
    const online = rows.reduce((sum, r) => sum + r.online, 0);
    const all = rows.reduce((sum, r) => sum + r.online + r.in_person, 0);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThanOrEqual(1);
    // The page's period is a part of the data's months: its share lies within a few points of the whole's.
    expect(Math.abs(shown - online / all)).toBeLessThan(0.1);
    expect(await page.getByTestId('progress-self-service').innerText()).toMatch(/live/i);
    await saveScreenshot(page, 'progress-en-1440x900');

    // And back to the desk, with the page's selection.
    await page.getByTestId('page-link-desk').click();
    await page.waitForURL((url) => !url.pathname.includes('/progress'));
    await waitForState(page, 'ready');
    expect(await page.getByTestId('app').getAttribute('data-page')).toBeNull();
  });

  it('reads in Persian, right to left, with Persian digits', async () => {
    const { page } = await browser.open();
    await page.goto(`${app.url}progress/`);
    await waitForState(page, 'ready');
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'fa',
      'rtl',
    ]);
    const text = await page.getByTestId('progress').innerText();
    expect(text).toContain('پیشرفت شهر هوشمند');
    expect(text).toMatch(/[۰-۹]/);
    expect(text).not.toMatch(/[0-9]/);
    await saveScreenshot(page, 'progress-fa-1440x900');
  });
});

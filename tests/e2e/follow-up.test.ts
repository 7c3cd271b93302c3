/**
 * Follow-up in the panel: other agencies' requests are counted apart (and equal what the API data gives),
 * a top problem flies the map to its requests and Escape lets go of it, and switching to distinct problems
 * says so and never counts more than raw requests.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { decodeArrowRequests } from '../../src/api/arrow/arrow-requests';
import { pointInArea } from '../../src/domain/geometry';
import { STAGES } from '../../src/domain/vocabulary';
import { saveScreenshot } from './support/browser';
import {
  apiBaseOf,
  fetchCityApiData,
  fetchJsonInPage,
  kpi,
  openApp,
  periodBounds,
  urlQuery,
  type CityApiData,
} from './support/app';
import { useBrowser, useDistServer } from './support/suite';

/** Requests of the district in the period that belong to another agency or were referred. */
function externalCount(data: CityApiData, districtIndex: number, period: { from: number; to: number }): number {
  const codes = new Set(data.services.map((s) => s.service_code));
  const { table } = decodeArrowRequests(data.requests, (code) => codes.has(code));
  const external = new Set(data.services.filter((s) => s.jurisdiction !== 'municipal').map((s) => s.service_code));
  const referred = STAGES.indexOf('referred');
  const shape = data.districts.features[districtIndex]!.geometry;
  let count = 0;
  for (let i = 0; i < table.count; i++) {
    const requested = table.requestedAt[i]!;
    if (requested < period.from || requested >= period.to) continue;
    if (!external.has(table.serviceCodes[table.service[i]!]!) && table.stage[i] !== referred) continue;
    if (pointInArea(table.lon[i]!, table.lat[i]!, shape)) count++;
  }
  return count;
}

describe('follow-up', () => {
  const browser = useBrowser();
  const app = useDistServer();

  it('counts other agencies apart, flies to a problem and lets go of it on Escape', async () => {
    const { page } = await browser.open();
    await openApp(page, app.url);
    const first = (await fetchCityApiData(page)).districts.features[0]!.properties.id;
    await openApp(page, app.url, `?d=${first}&lang=en`);
    const data = await fetchCityApiData(page);

    const external = page.getByTestId('external-requests');
    const shown = Number(await external.getAttribute('data-total'));
    expect(shown).toBe(externalCount(data, 0, await periodBounds(page)));
    expect(await page.getByTestId('count-note').innerText()).toMatch(/raw requests/i);

    const zoomBefore = Number((await urlQuery(page)).z);
    const problem = page.getByTestId('top-problems').getByRole('button').first();
    expect(Number(await problem.getAttribute('data-members'))).toBeGreaterThan(1);
    await problem.click();
    await expect.poll(() => problem.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(async () => Number((await urlQuery(page)).z), { timeout: 20_000 }).toBeGreaterThan(zoomBefore);
    await saveScreenshot(page, 'follow-up-problem-en');

    await page.keyboard.press('Escape');
    await expect.poll(() => problem.getAttribute('aria-pressed')).toBe('false');
    expect((await urlQuery(page)).d).toBe(first);
  });

  it('lists the largest problems resolved ones too, and counts the city staff’s own reports apart', async () => {
    const { page } = await browser.open();
    await openApp(page, app.url);
    const data = await fetchCityApiData(page);
    const first = data.districts.features[0]!.properties.id;
    await openApp(page, app.url, `?d=${first}&lang=en`);

    // The staff's reports of the district in the period, worked out from the API's rows.
    const period = await periodBounds(page);
    const codes = new Set(data.services.map((s) => s.service_code));
    const { table } = decodeArrowRequests(data.requests, (code) => codes.has(code));
    const shape = data.districts.features[0]!.geometry;
    let staff = 0;
    for (let i = 0; i < table.count; i++) {
      if (table.requestedAt[i]! < period.from || table.requestedAt[i]! >= period.to) continue;
      if (table.reporter[i]! > 0 && pointInArea(table.lon[i]!, table.lat[i]!, shape)) staff++;
    }
    expect(staff).toBeGreaterThan(0);
    const reports = page.getByTestId('staff-reports');
    expect(Number(await reports.getAttribute('data-staff'))).toBe(staff);
    expect(await reports.innerText()).toContain(`${staff.toLocaleString('en-US')} of `);

    const lists = page.getByTestId('problem-lists');
    const items = () => page.getByTestId('top-problems').getByRole('button');
    const openCounts = async () =>
      Promise.all((await items().all()).map(async (b) => Number(await b.getAttribute('data-open'))));
    const sizesShown = async () =>
      Promise.all((await items().all()).map(async (b) => Number(await b.getAttribute('data-members'))));
    expect(await lists.getAttribute('data-shown')).toBe('open');
    expect((await openCounts()).every((n) => n > 0)).toBe(true);
    const largestOpen = Math.max(...(await sizesShown()));

    // All of the period, resolved ones too (the unit tests pin a resolved spot coming first): largest first,
    // and none smaller than the largest open one, which the list holds as well.
    await page.getByTestId('problems-shown').selectOption('all');
    await expect.poll(() => lists.getAttribute('data-shown')).toBe('all');
    const sizes = await sizesShown();
    expect(sizes.length).toBeGreaterThan(0);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    expect(sizes[0]).toBeGreaterThanOrEqual(largestOpen);
    const resolved = (await openCounts()).filter((n) => n === 0).length;
    expect((await lists.innerText()).match(/all closed/g)?.length ?? 0).toBe(resolved);
    await lists.scrollIntoViewIfNeeded();
    await saveScreenshot(page, 'follow-up-problems-all-en');
  });

  it('shows what the citizen wrote, fetched when an overdue request is opened, as text', async () => {
    const { page } = await browser.open();
    await openApp(page, app.url, '?lang=en');
    const item = page.getByTestId('overdue-list').getByRole('button').first();
    const id = (await item.getAttribute('data-request-id'))!;
    const base = await apiBaseOf(page);
    const served = await fetchJsonInPage<{ description: string; address: string }>(page, base, `requests/${id}`);
    expect(served.description.length).toBeGreaterThan(0);
    await item.click();
    const text = page.getByTestId('request-text');
    await text.waitFor();
    expect(await text.innerText()).toContain(served.description);
    expect(await text.innerText()).toContain(served.address);
    // Text, not markup: the description is a text node of its field.
    expect(
      await text
        .locator('dd')
        .first()
        .evaluate((dd) => dd.childElementCount),
    ).toBe(0);
    await saveScreenshot(page, 'follow-up-request-text-en');
  });

  it('exports the panel’s requests as CSV: a byte-order mark, one line per request counted, named by scope and days', async () => {
    const { page } = await browser.open();
    await openApp(page, app.url);
    const first = (await fetchCityApiData(page)).districts.features[0]!.properties.id;
    await openApp(page, app.url, `?d=${first}&lang=en`);
    const counted = await kpi(page, 'panel-kpi-requests');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-requests').click()]);
    expect(download.suggestedFilename()).toMatch(
      new RegExp(`^shahrnama-requests-${first}-\\d{4}-\\d{2}-\\d{2}_\\d{4}-\\d{2}-\\d{2}\\.csv$`),
    );
    const bytes = await readFile((await download.path())!);
    // UTF-8 with a byte-order mark, so a spreadsheet reads Persian text as Persian.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]!.split(',')[0]).toBe('service_request_id');
    expect(lines.length - 1).toBe(counted);
  });

  it('counts every figure as distinct problems on request, says so everywhere, and never counts more', async () => {
    const { page } = await browser.open();
    await openApp(page, app.url, '?lang=en');
    expect(await page.getByTestId('kpi-count-note').innerText()).toMatch(/raw requests/i);
    const raw = { requests: await kpi(page, 'kpi-requests'), open: await kpi(page, 'follow-up-open') };
    await page.getByTestId('count-select').selectOption('problems');
    await expect.poll(() => page.getByTestId('follow-up').getAttribute('data-count-by')).toBe('problems');
    expect((await urlQuery(page)).count).toBe('problems');
    // The strip, the follow-up, the weekly chart and the choropleth's legend all say what they count.
    await expect.poll(() => page.getByTestId('kpi-count-note').innerText()).toMatch(/distinct problems/i);
    expect(await page.getByTestId('count-note').innerText()).toMatch(/distinct problems/i);
    expect(await page.getByTestId('chart-time').innerText()).toMatch(/Distinct problems per week/);
    expect(await page.getByTestId('layer-panel').innerText()).toMatch(/Distinct problems per 1,000 residents/);
    const problems = { requests: await kpi(page, 'kpi-requests'), open: await kpi(page, 'follow-up-open') };
    // Duplicate reports exist in the demo city, so there are fewer problems than requests, but some.
    expect(problems.requests).toBeGreaterThan(0);
    expect(problems.requests).toBeLessThan(raw.requests);
    expect(problems.open).toBeGreaterThan(0);
    expect(problems.open).toBeLessThanOrEqual(raw.open);
  });

  it('scores every district against its targets at the city level, with the inputs one click away', async () => {
    const { page } = await browser.open();
    await openApp(page, app.url, '?lang=en');
    const data = await fetchCityApiData(page);
    const rows = page.getByTestId('scoreboard-districts').locator('li details');
    expect(await rows.count()).toBe(data.districts.features.length);
    const names = await page.getByTestId('scoreboard-districts').locator('summary > span:first-child').allInnerTexts();
    expect(new Set(names)).toEqual(new Set(data.districts.features.map((f) => f.properties.name.en)));
    const first = rows.first();
    expect(await first.getAttribute('open')).toBeNull();
    await first.locator('summary').click();
    await expect.poll(() => first.getAttribute('open')).not.toBeNull();
    const inputs = await first.locator('.score-inputs li').allInnerTexts();
    expect(inputs).toHaveLength(3);
    expect(inputs.join('\n')).toMatch(/Resolved on time: .*against a target of 85%/);
  });
});

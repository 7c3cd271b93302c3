/**
 * The map draws: the basemap canvas and the deck.gl overlay put real pixels on screen (read back from a
 * screenshot of the map element), and the data layers add colour on top of the basemap.
 */
import { describe, expect, it } from 'vitest';
import { saveScreenshot, screenshotMap } from './support/browser';
import { fetchCityApiData, openApp } from './support/app';
import { changedShare, decodePng, pixelStats, type Pixels } from './support/png';
import { useBrowser, useDistServer } from './support/suite';

describe('the map', () => {
  const browser = useBrowser();
  const app = useDistServer();

  it('draws the basemap and the data layers (canvas pixels are not blank)', async () => {
    const { page } = await browser.open();
    await openApp(page, app.url);
    const map = page.getByTestId('map');
    // MapLibre's canvas and deck.gl's overlay canvas.
    expect(await map.locator('canvas').count()).toBeGreaterThanOrEqual(2);
    const shot = decodePng(await screenshotMap(page));
    await saveScreenshot(page, 'map-draws-fa-city');
    const stats = pixelStats(shot);
    // A blank or single-colour canvas has one colour and no spread; a drawn city has hundreds.
    expect(stats.distinctColours, JSON.stringify(stats)).toBeGreaterThan(50);
    expect(stats.stdDev, JSON.stringify(stats)).toBeGreaterThan(8);
    expect(stats.dominantShare, JSON.stringify(stats)).toBeLessThan(0.8);
  });

  it('draws the data layers over the basemap: switching them off changes the picture', async () => {
    const { page } = await browser.open();
    await openApp(page, app.url);
    const { city } = await fetchCityApiData(page);
    const view = `c=${city.center.join(',')}&z=11.5`;
    await openApp(page, app.url, `?${view}`);
    const withLayers = decodePng(await screenshotMap(page));
    await openApp(page, app.url, `?${view}&layers=`);
    expect(await page.getByTestId('layer-choropleth').isChecked()).toBe(false);
    const basemapOnly = decodePng(await screenshotMap(page));
    expect(pixelStats(basemapOnly).distinctColours).toBeGreaterThan(10);
    // The choropleth alone tints every district, so most of the city's pixels change.
    expect(changedShare(withLayers, basemapOnly)).toBeGreaterThan(0.1);
  });
});

describe('the request layers filter on the GPU', () => {
  const browser = useBrowser();
  const app = useDistServer();

  // A period before the demo city's first request draws no request at all; the year draws many.
  const EMPTY_PERIOD = 'period=custom&from=2001-01-01&to=2001-01-31';

  for (const layer of ['heatmap', 'hexbin']) {
    it(`${layer}: a period without requests draws nothing over the basemap, the year draws its requests`, async () => {
      const { page } = await browser.open();
      await openApp(page, app.url);
      const { city } = await fetchCityApiData(page);
      const view = `c=${city.center.join(',')}&z=12`;
      await openApp(page, app.url, `?${view}&layers=`);
      const basemapOnly = decodePng(await screenshotMap(page));
      await openApp(page, app.url, `?${view}&layers=${layer}&${EMPTY_PERIOD}`);
      expect(await page.getByTestId('kpi-requests').getAttribute('data-value')).toBe('0');
      const empty = decodePng(await screenshotMap(page));
      await openApp(page, app.url, `?${view}&layers=${layer}`);
      const year = decodePng(await screenshotMap(page));
      expect(changedShare(empty, basemapOnly)).toBeLessThan(0.001);
      expect(changedShare(year, basemapOnly)).toBeGreaterThan(0.02);
    });
  }

  it('points: open and closed requests draw different pictures, each fewer than all', async () => {
    const { page } = await browser.open();
    await openApp(page, app.url);
    const { city } = await fetchCityApiData(page);
    const view = `c=${city.center.join(',')}&z=15`;
    const shots: Record<string, Pixels> = {};
    for (const status of ['all', 'open', 'closed']) {
      await openApp(page, app.url, `?${view}&layers=points&status=${status}`);
      shots[status] = decodePng(await screenshotMap(page));
    }
    await openApp(page, app.url, `?${view}&layers=`);
    const basemapOnly = decodePng(await screenshotMap(page));
    const drawn = (shot: Pixels) => changedShare(shot, basemapOnly);
    expect(drawn(shots.open!)).toBeGreaterThan(0);
    expect(drawn(shots.closed!)).toBeGreaterThan(0);
    expect(changedShare(shots.open!, shots.closed!)).toBeGreaterThan(0);
    // Every drawn point of one status is a point of all: neither draws more than all together.
    expect(drawn(shots.open!)).toBeLessThan(drawn(shots.all!));
    expect(drawn(shots.closed!)).toBeLessThan(drawn(shots.all!));
  });
});

/**
 * The map exported as a PNG from the desk: the downloaded file is the map at device pixels under a title
 * band, the band holds text, the map part is drawn (not a blank WebGL read-back) and shows the choropleth,
 * in Persian and in English.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fetchCityApiData, openApp } from './support/app';
import { SCREENS_DIR } from './support/browser';
import { changedShare, decodePng, pixelStats, type Pixels } from './support/png';
import { useBrowser, useDistServer } from './support/suite';

/** Downloads the map's PNG and decodes it; keeps a copy beside the screenshots to look at. */
async function exportMap(page: Page, name: string): Promise<{ image: Pixels; fileName: string }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-map').click()]);
  const bytes = await readFile((await download.path())!);
  await mkdir(SCREENS_DIR, { recursive: true });
  await writeFile(path.join(SCREENS_DIR, `${name}.png`), bytes);
  return { image: decodePng(bytes), fileName: download.suggestedFilename() };
}

/** The rows from `top` (inclusive) to `bottom` (exclusive) of an image. */
function rows(image: Pixels, top: number, bottom: number): Pixels {
  return {
    width: image.width,
    height: bottom - top,
    data: image.data.subarray(top * image.width * 4, bottom * image.width * 4),
  };
}

/** Pixels dark enough to be text (the band's paper is white). */
function darkPixels(image: Pixels): number {
  let dark = 0;
  for (let i = 0; i < image.width * image.height; i++) {
    if (image.data[i * 4]! + image.data[i * 4 + 1]! + image.data[i * 4 + 2]! < 240) dark++;
  }
  return dark;
}

/**
 * Share of pixels tinted blue-green, as the choropleth's ramp (YlGnBu) tints the city; the basemap's land is
 * a warm off-white and only its water is blue.
 */
function blueGreenShare(image: Pixels): number {
  let tinted = 0;
  for (let i = 0; i < image.width * image.height; i++) {
    const [r, g, b] = [image.data[i * 4]!, image.data[i * 4 + 1]!, image.data[i * 4 + 2]!];
    if (Math.max(g, b) - r > 25) tinted++;
  }
  return tinted / (image.width * image.height);
}

async function mapBox(page: Page) {
  const box = await page.getByTestId('map').boundingBox();
  if (!box) throw new Error('the map is not visible');
  return box;
}

describe('the map exported as a PNG', () => {
  const browser = useBrowser();
  const app = useDistServer();

  for (const { lang, dpr, viewport } of [
    { lang: 'fa', dpr: 1, viewport: { width: 1440, height: 900 } },
    { lang: 'en', dpr: 2, viewport: { width: 1200, height: 800 } },
  ] as const) {
    it(`${lang}: the map at ${dpr}× under a title band, drawn, with the choropleth`, async () => {
      const { page } = await browser.open({ viewport, deviceScaleFactor: dpr });
      await openApp(page, app.url, `?lang=${lang}`);
      const { city } = await fetchCityApiData(page);
      const view = `lang=${lang}&c=${city.center.join(',')}&z=11.5`;
      await openApp(page, app.url, `?${view}&layers=choropleth,heatmap`);
      const box = await mapBox(page);
      const { image, fileName } = await exportMap(page, `map-export-${lang}`);
      expect(fileName).toMatch(/^shahrnama-map-city-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.png$/);

      const mapHeight = Math.round(box.height * dpr);
      expect(image.width).toBe(Math.round(box.width * dpr));
      const band = image.height - mapHeight;
      // A title and two lines of text, at the device pixel ratio.
      expect(band).toBeGreaterThan(60 * dpr);
      expect(band).toBeLessThan(200 * dpr);
      expect(darkPixels(rows(image, 0, band))).toBeGreaterThan(500 * dpr * dpr);

      const map = rows(image, band, image.height);
      const stats = pixelStats(map);
      expect(stats.distinctColours, JSON.stringify(stats)).toBeGreaterThan(200);
      expect(stats.dominantShare, JSON.stringify(stats)).toBeLessThan(0.8);
      // The legend box lies at the bottom: the top half of the map is the map alone.
      const top = rows(map, 0, Math.floor(map.height / 2));

      await openApp(page, app.url, `?${view}&layers=`);
      const basemapOnly = await exportMap(page, `map-export-${lang}-basemap`);
      expect(basemapOnly.image.width).toBe(image.width);
      const bareBand = basemapOnly.image.height - mapHeight;
      const bareTop = rows(rows(basemapOnly.image, bareBand, basemapOnly.image.height), 0, top.height);
      expect(blueGreenShare(top)).toBeGreaterThan(blueGreenShare(bareTop) + 0.05);
    });
  }

  it('asked for while the map moves to a district just chosen, is the view it comes to', async () => {
    const { page } = await browser.open();
    await openApp(page, app.url, '?lang=en');
    const { districts } = await fetchCityApiData(page);
    const district = districts.features[1]!.properties;
    await page.getByTestId('district-list').getByRole('button', { name: district.name.en }).click();
    // As soon as a person could press the button: the map is on its way to the district.
    await page.waitForTimeout(150);
    const during = await exportMap(page, 'map-export-during-move');
    await page.waitForTimeout(1500);
    const after = await exportMap(page, 'map-export-after-move');
    expect(during.fileName).toBe(after.fileName);
    expect(changedShare(during.image, after.image)).toBeLessThan(0.01);
  });
});

/**
 * The council briefing printed to A4 by Chromium with the page's own print CSS (its `@page` rule, margin
 * boxes and breaks — no header or footer of the test's), and the presenter moved by keys. The figures
 * looked for in the PDF are read from the page, not written here.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SCREENS_DIR, waitForReady } from './support/browser';
import { decodePng, pixelStats } from './support/png';
import { useBrowser, useDistServer } from './support/suite';

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
/** The text pdftotext gives, comparable across scripts: ASCII digits, no bidi marks, no digit grouping. */
function plain(text: string): string {
  return text
    .replace(/[۰-۹]/g, (d) => String(PERSIAN_DIGITS.indexOf(d)))
    .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/(\d)[,٬](?=\d)/g, '$1')
    .replace(/\s+/g, ' ');
}

function pdfText(file: string, page?: number): string {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  return plain(execFileSync('/usr/bin/pdftotext', [...range, file, '-']).toString('utf8'));
}

/** Distinct colours of a PDF page that are not greys: text is black on white, the map is in colour. */
function coloursOnPage(file: string, page: number): number {
  const prefix = path.join(path.dirname(file), `page-${page}`);
  execFileSync('/usr/bin/pdftoppm', [
    '-f',
    String(page),
    '-l',
    String(page),
    '-r',
    '50',
    '-png',
    '-singlefile',
    file,
    prefix,
  ]);
  const { data } = decodePng(readFileSync(`${prefix}.png`));
  const colours = new Set<number>();
  for (let i = 0; i < data.length; i += 4) {
    const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
    if (Math.max(r, g, b) - Math.min(r, g, b) > 12) colours.add((r << 16) | (g << 8) | b);
  }
  return colours.size;
}

async function printBriefing(page: Page, lang: 'fa' | 'en') {
  const sections = await page
    .locator('[data-testid=briefing-section]')
    .evaluateAll((all) =>
      all.map((s) => ({ id: s.getAttribute('data-section')!, newPage: s.getAttribute('data-new-page') === 'true' })),
    );
  const started = performance.now();
  const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
  const printMs = performance.now() - started;
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'briefing-')), `briefing-${lang}.pdf`);
  writeFileSync(file, pdf);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('/usr/bin/pdfinfo', [file]).toString())![1]);
  console.log(`briefing (${lang}): ${pages} pages printed in ${Math.round(printMs)} ms`);
  return { file, pages, sections };
}

describe('the council briefing', () => {
  const browser = useBrowser();
  const app = useDistServer();

  for (const lang of ['fa', 'en'] as const) {
    it(`prints a district's briefing to A4 in ${lang === 'fa' ? 'Persian' : 'English'}`, async () => {
      const { page } = await browser.open();
      await page.goto(new URL(`briefing/?d=2&lang=${lang}`, app.url).href);
      await waitForReady(page);
      await page.getByTestId('map-snapshot').waitFor();
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(lang === 'fa' ? 'rtl' : 'ltr');
      const area = (await page.getByTestId('briefing-area').innerText()).trim();
      const requests = Number(await page.getByTestId('briefing-requests').getAttribute('data-value'));
      expect(requests).toBeGreaterThan(0);

      const { file, pages, sections } = await printBriefing(page, lang);
      // A page for each section that starts one (the headline shares the cover's), as long as each fits.
      const starts = sections.filter((s, k) => k === 0 || s.newPage);
      expect(pages).toBe(starts.length);
      // The demo city has every capability: ten sections, the cover and the headline on one page.
      expect(pages).toBe(9);

      const text = pdfText(file);
      expect(text).toContain(plain(area));
      expect(text).toContain(String(requests));
      for (let n = 1; n <= pages; n++) {
        const own = pdfText(file, n);
        // Right to left, pdftotext may give the numbers of "n / pages" in either order.
        const number = new RegExp(`(^|\\D)(${n} ?/ ?${pages}|${pages} ?/ ?${n})(\\D|$)`);
        expect(own, `page ${n}`).toMatch(number);
      }
      // The data's as-of time is in every page's margin (its clock time survives any reordering of words).
      const asOf = /\d{1,2}:\d{2}/.exec(plain(await page.getByTestId('briefing-as-of').innerText()))![0];
      expect(text.split(asOf).length - 1).toBeGreaterThanOrEqual(pages);

      const mapPage = starts.findIndex((s) => s.id === 'map') + 1;
      expect(coloursOnPage(file, mapPage)).toBeGreaterThan(200);
      expect(coloursOnPage(file, 1)).toBeLessThan(coloursOnPage(file, mapPage));
      // The controls are the screen's only.
      expect(text).not.toContain(plain(await page.getByTestId('briefing-print').innerText()));
    });
  }
});

/**
 * The elements of the slide shown, itself first, whose content is taller than their box: cut or scrolled.
 * Both heights are whole pixels rounded on their own, so a box of fractional height may read one short.
 * Inside a chart's `<svg>` there are no CSS boxes to overflow: the chart is checked as its `<svg>`.
 */
function overflowingOnSlide(page: Page) {
  return page.getByTestId('slide').evaluate((slide) =>
    [slide, ...slide.querySelectorAll('*')]
      .filter((el) => el instanceof HTMLElement || el instanceof SVGSVGElement)
      .filter((el) => el.scrollHeight > el.clientHeight + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} ${el.scrollHeight} > ${el.clientHeight}`),
  );
}

describe("the briefing's map as a PNG", () => {
  const browser = useBrowser();
  const app = useDistServer();

  it('downloads the picture under its title band, with the file named as the desk names it, on screen only', async () => {
    const { page } = await browser.open({ viewport: { width: 1440, height: 900 } });
    await page.goto(new URL('briefing/?d=2&lang=en', app.url).href);
    await waitForReady(page);
    const picture = page.getByTestId('map-snapshot');
    const width = Number(await picture.getAttribute('width'));
    const height = Number(await picture.getAttribute('height'));
    const started = performance.now();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-map').click()]);
    const bytes = readFileSync((await download.path())!);
    // A copy beside the screenshots, to look at.
    mkdirSync(SCREENS_DIR, { recursive: true });
    writeFileSync(path.join(SCREENS_DIR, 'briefing-map-export-en.png'), bytes);
    const ms = Math.round(performance.now() - started);
    expect(download.suggestedFilename()).toMatch(/^shahrnama-map-[\w-]+-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.png$/);
    const image = decodePng(bytes);
    console.log(`briefing map PNG: ${image.width} × ${image.height}, ${bytes.length} bytes in ${ms} ms`);
    // The picture at the pixels it was taken at, a title band of a title and two lines above it.
    expect(image.width).toBe(width);
    const band = image.height - height;
    expect(band).toBeGreaterThan(60);
    expect(band).toBeLessThan(200);
    const map = { width, height, data: image.data.subarray(band * width * 4) };
    const stats = pixelStats(map);
    expect(stats.distinctColours, JSON.stringify(stats)).toBeGreaterThan(200);
    expect(stats.dominantShare, JSON.stringify(stats)).toBeLessThan(0.8);

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('export-map').isVisible()).toBe(false);
  });
});

describe('the presenter', () => {
  const browser = useBrowser();
  const app = useDistServer();

  for (const lang of ['fa', 'en'] as const) {
    it(`fits every slide on a 1920 × 1080 projector in ${lang === 'fa' ? 'Persian' : 'English'}`, async () => {
      const { page } = await browser.open({ viewport: { width: 1920, height: 1080 } });
      await page.goto(new URL(`present/?d=2&lang=${lang}`, app.url).href);
      await waitForReady(page);
      const count = await page.locator('.presenter__slide').count();
      // One slide a section: the demo city has all ten.
      expect(count).toBe(10);
      for (let n = 1; n <= count; n++) {
        if (n > 1) await page.keyboard.press('PageDown');
        expect(await page.getByTestId('slide').getAttribute('data-slide')).toBe(String(n));
        expect(await overflowingOnSlide(page), `slide ${n}`).toEqual([]);
        const section = await page.getByTestId('slide').getAttribute('data-section');
        if (section === 'requestsProblems') {
          // The demo district has more groups than a slide shows: the rest are counted, not cut.
          const shown = await page.getByTestId('briefing-groups').locator('tbody tr').count();
          const more = Number(await page.getByTestId('briefing-more').getAttribute('data-more'));
          expect(shown).toBe(8);
          expect(more).toBeGreaterThan(0);
        }
      }
    });
  }

  it('moves slides with the keys a clicker sends, the counter and the URL following, and a reload keeps the slide', async () => {
    const { page } = await browser.open({ viewport: { width: 1920, height: 1080 } });
    await page.goto(new URL('present/?d=2', app.url).href);
    await waitForReady(page);
    const slide = async () => Number(await page.getByTestId('slide').getAttribute('data-slide'));
    const urlSlide = () => new URL(page.url()).searchParams.get('slide');
    const counter = async () => plain(await page.getByTestId('slide-counter').innerText());
    expect(await slide()).toBe(1);
    expect(await page.getByTestId('slide-counter').innerText()).toMatch(/^[۰-۹]+ \/ [۰-۹]+$/);
    expect(await counter()).toBe('1 / 10');
    const entries = await page.evaluate(() => window.history.length);

    await page.keyboard.press('PageDown');
    expect(await slide()).toBe(2);
    expect(urlSlide()).toBe('2');
    // Right to left, the next slide is to the left.
    await page.keyboard.press('ArrowLeft');
    expect(await slide()).toBe(3);
    expect(await page.getByTestId('slide').getAttribute('data-section')).toBe('map');
    await page.keyboard.press('End');
    expect(await counter()).toBe('10 / 10');
    await page.keyboard.press('PageDown');
    expect(await slide()).toBe(10);
    await page.keyboard.press('Home');
    expect(await slide()).toBe(1);
    await page.keyboard.press('PageUp');
    expect(await slide()).toBe(1);
    await page.keyboard.press(' ');
    await page.keyboard.press(' ');
    expect(await counter()).toBe('3 / 10');
    expect(urlSlide()).toBe('3');
    // The slide replaced the address rather than pushed one: Back leaves the presentation.
    expect(await page.evaluate(() => window.history.length)).toBe(entries);

    await page.reload();
    await waitForReady(page);
    expect(await slide()).toBe(3);
    expect(await counter()).toBe('3 / 10');
    expect(new URL(page.url()).searchParams.get('d')).toBe('2');

    // The link back to the briefing keeps the selection.
    await page.getByTestId('page-link-briefing').click();
    await page.waitForURL(/\/briefing\/\?/);
    expect(new URL(page.url()).searchParams.get('d')).toBe('2');
  });
});

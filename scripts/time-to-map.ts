/**
 * Time to a drawn map in headless Chromium, on the production build and the embedded demo city: from
 * navigation start to the basemap drawn and to the data layers drawn (the app's performance marks), the
 * median of several cold page loads. Run `npm run build` first.
 *
 *   node --import tsx scripts/time-to-map.ts [runs] [query]      e.g. 5 '?scale=1m'
 */
import { launchBrowser, openSession, waitForReady } from '../tests/e2e/support/browser';
import { startStaticServer } from '../tests/e2e/support/static-server';

const runs = Number(process.argv[2] ?? 5);
const query = process.argv[3] ?? '';
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;

async function main() {
  const server = await startStaticServer();
  const browser = await launchBrowser();
  const basemap: number[] = [];
  const data: number[] = [];
  try {
    for (let run = 0; run < runs; run++) {
      const session = await openSession(browser, { viewport: { width: 1440, height: 900 } });
      await session.page.goto(new URL(`index.html${query}`, server.url).href);
      await waitForReady(session.page);
      const marks = await session.page.evaluate(() =>
        Object.fromEntries(performance.getEntriesByType('mark').map((m) => [m.name, m.startTime])),
      );
      basemap.push(marks['shahrnama:basemap-drawn'] ?? NaN);
      data.push(marks['shahrnama:data-drawn'] ?? NaN);
      await session.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const ms = (values: number[]) => values.map((v) => Math.round(v)).join(', ');
  console.log(`basemap drawn: median ${Math.round(median(basemap))} ms (${ms(basemap)})`);
  console.log(`data drawn:    median ${Math.round(median(data))} ms (${ms(data)})`);
}

await main();

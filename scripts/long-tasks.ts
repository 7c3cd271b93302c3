/**
 * Main-thread long tasks while a filter changes, with a million requests loaded in headless Chromium: opens
 * the built app with `?scale=1m`, changes the category group and reports every task over 50 ms
 * (PerformanceObserver 'longtask') and the time to the new figures. Run `npm run build` first.
 *
 *   node --import tsx scripts/long-tasks.ts [query]      default '?scale=1m'
 */
import { launchBrowser, openSession, waitForReady } from '../tests/e2e/support/browser';
import { measureGroupChange } from '../tests/e2e/support/long-tasks';
import { startStaticServer } from '../tests/e2e/support/static-server';

const query = process.argv[2] ?? '?scale=1m';

async function main() {
  const server = await startStaticServer();
  const browser = await launchBrowser();
  try {
    const { page, close } = await openSession(browser, { viewport: { width: 1440, height: 900 } });
    await page.goto(new URL(`index.html${query}`, server.url).href, { timeout: 300_000 });
    await waitForReady(page, 300_000);
    const { updateMs, longTasks } = await measureGroupChange(page);
    console.log(`figures updated ${updateMs} ms after the change`);
    console.log(
      `long tasks (> 50 ms): ${longTasks.length}${longTasks.length ? `, longest ${Math.max(...longTasks)} ms: ${longTasks.join(', ')}` : ''}`,
    );
    await close();
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();

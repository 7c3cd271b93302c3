/**
 * Main-thread long tasks while a filter changes, with a million requests loaded in headless Chromium: opens
 * the built app with `?scale=1m`, changes the category group, waits until the KPI strip shows the new
 * figures, and reports every task over 50 ms (PerformanceObserver 'longtask') and the time to the update.
 * Run `npm run build` first.
 *
 *   node --import tsx scripts/long-tasks.ts [query]      default '?scale=1m'
 */
import { launchBrowser, openSession, waitForReady } from '../tests/e2e/support/browser';
import { startStaticServer } from '../tests/e2e/support/static-server';

const query = process.argv[2] ?? '?scale=1m';

async function main() {
  const server = await startStaticServer();
  const browser = await launchBrowser();
  try {
    const { page, close } = await openSession(browser, { viewport: { width: 1440, height: 900 } });
    await page.goto(new URL(`index.html${query}`, server.url).href, { timeout: 300_000 });
    await waitForReady(page, 300_000);
    const before = await page.getByTestId('kpi-requests').getAttribute('data-value');
    await page.evaluate(() => {
      const tasks: number[] = [];
      new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration))).observe({
        type: 'longtask',
      });
      (window as unknown as { longTasks: number[] }).longTasks = tasks;
    });
    const group = page.getByTestId('group-select');
    const second = await group.locator('option').nth(1).getAttribute('value');
    const started = await page.evaluate(() => performance.now());
    await group.selectOption(second!);
    await page.waitForFunction(
      (old) => document.querySelector('[data-testid=kpi-requests]')?.getAttribute('data-value') !== old,
      before,
      { timeout: 120_000 },
    );
    // Let the map draw the new layers before reading the tasks.
    await page.waitForTimeout(3000);
    const { tasks, updatedAt } = await page.evaluate(() => ({
      tasks: (window as unknown as { longTasks: number[] }).longTasks,
      updatedAt: performance.now(),
    }));
    console.log(`figures updated within ${Math.round(updatedAt - started - 3000)} ms of the change`);
    console.log(
      `long tasks (> 50 ms): ${tasks.length}${tasks.length ? `, longest ${Math.round(Math.max(...tasks))} ms, ${tasks.map(Math.round).join(', ')}` : ''}`,
    );
    await close();
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();

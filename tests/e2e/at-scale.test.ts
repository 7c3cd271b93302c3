/**
 * The demo city at a million requests (`?scale=1m`): it loads, and a filter change updates the figures while
 * the main thread's long tasks are counted (PerformanceObserver 'longtask'). The measured figures are written
 * to tests/artifacts/long-tasks-1m.json. The target — no task over 50 ms — is met in most runs on a
 * quiet machine but not in all (see docs/performance.md); this check holds the ground gained with room for a
 * busy CI machine: no task over 250 ms (recharts updating three charts at once took 100–150 ms), figures
 * within 15 s, and the charts, which update one per task after the figures, end on the new figures.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { waitForReady } from './support/browser';
import { measureGroupChange } from './support/long-tasks';
import { REPO_ROOT } from './support/static-server';
import { useBrowser, useDistServer } from './support/suite';

const REPORT = path.join(REPO_ROOT, 'tests', 'artifacts', 'long-tasks-1m.json');

describe('a million requests', () => {
  const browser = useBrowser();
  const app = useDistServer();

  it('loads, and a category change updates figures and charts with no main-thread task over 250 ms', async () => {
    const { page } = await browser.open();
    await page.goto(new URL('index.html?scale=1m&lang=en', app.url).href, { timeout: 300_000 });
    await waitForReady(page, 300_000);
    const timing = await measureGroupChange(page);
    await mkdir(path.dirname(REPORT), { recursive: true });
    await writeFile(REPORT, `${JSON.stringify({ measuredAt: new Date().toISOString(), ...timing }, null, 2)}\n`);
    console.log(`1M: figures ${timing.updateMs} ms after the change; long tasks ${JSON.stringify(timing.longTasks)}`);

    // More requests this year than the demo city's normal size has in a whole year (150,000).
    expect(timing.before).toBeGreaterThan(150_000);
    // One category group is a part of all requests.
    expect(timing.after).toBeGreaterThan(0);
    expect(timing.after).toBeLessThan(timing.before);
    expect(timing.updateMs).toBeLessThan(15_000);
    expect(Math.max(0, ...timing.longTasks)).toBeLessThan(250);
    // Each weekly bar is titled with its count; the weeks of the period add up to the new total.
    await expect.poll(() => weeklyBarsTotal(page), { timeout: 10_000 }).toBe(timing.after);
  }, 420_000);
});

/** The sum of the counts in the weekly chart's bar titles ("Week of …: 1,234 requests"). */
async function weeklyBarsTotal(page: Page): Promise<number> {
  const titles = await page.locator('[data-testid=chart-time] rect > title').allTextContents();
  return titles.reduce((sum, title) => sum + Number(/: ([\d,]+) /.exec(title)?.[1]?.replaceAll(',', '') ?? NaN), 0);
}

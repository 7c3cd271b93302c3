/**
 * Main-thread long tasks while a filter changes: waits until the page is quiet (the load's own after-work —
 * collecting its garbage, the map's first frames — would otherwise be counted against the change), installs
 * a PerformanceObserver ('longtask'), changes the category group, waits until the KPI strip shows the new figures and the map has had time to draw, and
 * returns every task over 50 ms and the time to the new figures. Used by the end-to-end check and by
 * `scripts/long-tasks.ts`.
 */
import type { Page } from 'playwright-core';

export interface FilterChangeTiming {
  /** Milliseconds from the change to the new figures in the KPI strip. */
  updateMs: number;
  /** Durations of the main-thread tasks over 50 ms, in milliseconds, in order. */
  longTasks: number[];
  before: number;
  after: number;
}

/** Time left after the figures change for the map to draw the new layers before the tasks are read. */
const SETTLE_MS = 3000;
/** The page is quiet when no task over 50 ms has run for this long… */
const QUIET_MS = 1000;
/** …or, on a machine that never gets there, after this long. */
const QUIET_LIMIT_MS = 15_000;

/** Resolves once no main-thread task over 50 ms has run for QUIET_MS (at most QUIET_LIMIT_MS). */
async function waitUntilQuiet(page: Page): Promise<void> {
  await page.evaluate(
    ({ quiet, limit }) =>
      // No named functions in here: the test runner's transform would name them with a helper the page lacks.
      new Promise<void>((resolve) => {
        const started = performance.now();
        let lastLong = started;
        const observer = new PerformanceObserver(() => (lastLong = performance.now()));
        observer.observe({ type: 'longtask' });
        const poll = setInterval(() => {
          const now = performance.now();
          if (now - lastLong < quiet && now - started < limit) return;
          clearInterval(poll);
          observer.disconnect();
          resolve();
        }, 100);
      }),
    { quiet: QUIET_MS, limit: QUIET_LIMIT_MS },
  );
}

export async function measureGroupChange(page: Page, timeout = 120_000): Promise<FilterChangeTiming> {
  await waitUntilQuiet(page);
  const tile = page.getByTestId('kpi-requests');
  const before = Number(await tile.getAttribute('data-value'));
  const group = page.getByTestId('group-select');
  const second = await group.locator('option').nth(1).getAttribute('value');
  // The observer and the watch for the new figures are set up in the page before the change, so the
  // measuring itself adds no work while the change is handled.
  await page.evaluate((old) => {
    const w = window as unknown as { longTasks: number[]; figuresAt: Promise<number> };
    w.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => w.longTasks.push(e.duration))).observe({
      type: 'longtask',
    });
    w.figuresAt = new Promise((resolve) => {
      const strip = document.querySelector('[data-testid=kpi-requests]')!;
      new MutationObserver((_, observer) => {
        if (strip.getAttribute('data-value') === String(old)) return;
        observer.disconnect();
        resolve(performance.now());
      }).observe(strip, { attributes: true, attributeFilter: ['data-value'] });
    });
  }, before);
  const started = await page.evaluate(() => performance.now());
  await group.selectOption(second!);
  const figuresAt = await page.evaluate(
    (ms) =>
      Promise.race([
        (window as unknown as { figuresAt: Promise<number> }).figuresAt,
        new Promise<number>((_, reject) => setTimeout(() => reject(new Error('the figures did not change')), ms)),
      ]),
    timeout,
  );
  await page.waitForTimeout(SETTLE_MS);
  const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks);
  const after = Number(await tile.getAttribute('data-value'));
  return { updateMs: Math.round(figuresAt - started), longTasks: longTasks.map(Math.round), before, after };
}

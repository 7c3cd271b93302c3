/**
 * The file import at a million rows, in headless Chromium against the built app: a NYC-like CSV of 1M
 * rows (scripts/nyc-like-csv.ts, written first when missing) is chosen with the file button, the dialog is
 * answered (New York's zone), and the script reports the time from Load to the dashboard ready (figures
 * and map drawn), the part of it the file-import worker took, every main-thread task over 50 ms
 * (PerformanceObserver 'longtask'), the IndexedDB space used, and the same for a reload, which loads the
 * stored table. Run `npm run build` (or `npx vite build`) first.
 *
 *   node --import tsx scripts/files-1m.ts [csv]     default tests/artifacts/nyc-like-1m.csv
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser, openSession, waitForReady } from '../tests/e2e/support/browser';
import { kpi, openApp } from '../tests/e2e/support/app';
import { REPO_ROOT, startStaticServer } from '../tests/e2e/support/static-server';
import { writeNycLikeCsv } from './nyc-like-csv';

const csv = process.argv[2] ?? path.join(REPO_ROOT, 'tests', 'artifacts', 'nyc-like-1m.csv');
const LONG = 10 * 60_000;

interface Watch {
  longTasks: { start: number; duration: number }[];
  t0: number;
  storedAt: number;
  readyAt: Promise<number>;
}

/** Every long task from the start of the page, kept on window (installed before the app's scripts). */
const RECORD_LONG_TASKS = `
  window.__longTasks = [];
  new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__longTasks.push({ start: e.startTime, duration: e.duration }))).observe({ type: 'longtask', buffered: true });
`;

/** "3 over 50 ms, longest 120 ms (60 at +1200, …)", start times after `origin`. */
const summary = (tasks: { start: number; duration: number }[], origin = 0) => {
  const d = tasks.map((t) => Math.round(t.duration));
  const each = tasks.map((t) => `${Math.round(t.duration)} at +${Math.round(t.start - origin)}`);
  return d.length ? `${d.length} over 50 ms, longest ${Math.max(...d)} ms (${each.join(', ')})` : 'none over 50 ms';
};

async function main() {
  if (!existsSync(csv)) {
    console.log(`writing ${csv}…`);
    await writeNycLikeCsv(1_000_000, csv);
  }
  const server = await startStaticServer();
  const browser = await launchBrowser();
  try {
    const { page, close } = await openSession(browser, { viewport: { width: 1440, height: 900 } });
    await page.addInitScript(RECORD_LONG_TASKS);
    await openApp(page, server.url, '?lang=en');
    await page.getByTestId('file-input').setInputFiles(csv);
    await page.getByTestId('mapping-dialog').waitFor({ timeout: LONG });
    await page.getByTestId('mapping-timezone').selectOption('America/New_York');
    await page.evaluate(() => {
      const w = window as unknown as Watch & { __longTasks: Watch['longTasks'] };
      w.t0 = performance.now();
      w.storedAt = NaN;
      w.readyAt = new Promise((resolve) => {
        new MutationObserver((_, observer) => {
          if (Number.isNaN(w.storedAt) && document.querySelector('[data-testid=dataset-name]')) {
            w.storedAt = performance.now();
          }
          if (!Number.isNaN(w.storedAt) && document.querySelector('[data-testid=app][data-state=ready]')) {
            observer.disconnect();
            resolve(performance.now());
          }
        }).observe(document.body, {
          subtree: true,
          childList: true,
          attributes: true,
          attributeFilter: ['data-state'],
        });
      });
    });
    await page.getByTestId('mapping-load').click();
    const timing = await page.evaluate(async () => {
      const w = window as unknown as Watch & { __longTasks: Watch['longTasks'] };
      const readyAt = await w.readyAt;
      // The map's first frames after "ready" belong to the load too.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      const marks = performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('shahrnama:') && m.startTime >= w.t0)
        .map((m) => `${m.name.slice(10)} +${Math.round(m.startTime - w.t0)}`);
      return {
        marks,
        duringImport: w.__longTasks
          .filter((t) => t.start >= w.t0 && t.start < w.storedAt)
          .map((t) => ({ ...t, start: t.start - w.t0 })),
        importMs: Math.round(w.storedAt - w.t0),
        readyMs: Math.round(readyAt - w.t0),
        longTasks: w.__longTasks.filter((t) => t.start >= w.t0).map((t) => ({ ...t, start: t.start - w.t0 })),
        storage: (await navigator.storage.estimate()).usage ?? 0,
      };
    });
    const kept = await kpi(page, 'kpi-requests');
    const setAside = await page.getByTestId('data-quality').getAttribute('data-set-aside');
    console.log(
      `load ${path.basename(csv)}: ready ${timing.readyMs} ms after Load (file-import worker: ${timing.importMs} ms)`,
    );
    console.log(`  requests shown ${kept}, set aside ${setAside}`);
    console.log(`  marks (ms after Load): ${timing.marks.join(', ')}`);
    console.log(
      `  main-thread long tasks: ${summary(timing.longTasks)}; while the worker read the file: ${summary(timing.duringImport)}`,
    );
    console.log(`  IndexedDB and other storage: ${(timing.storage / 1e6).toFixed(0)} MB`);

    await page.reload();
    await waitForReady(page, LONG);
    const reload = await page.evaluate(async () => {
      const readyMs = Math.round(performance.now());
      const marks = performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('shahrnama:'))
        .map((m) => `${m.name.slice(10)} ${Math.round(m.startTime)}`);
      await new Promise((resolve) => setTimeout(resolve, 3000));
      return { readyMs, marks, longTasks: (window as unknown as { __longTasks: Watch['longTasks'] }).__longTasks };
    });
    console.log(`reload: ready ${reload.readyMs} ms after navigation; long tasks: ${summary(reload.longTasks)}`);
    console.log(`  marks (ms after navigation): ${reload.marks.join(', ')}`);
    await page.getByTestId('dataset-clear').click();
    await close();
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();

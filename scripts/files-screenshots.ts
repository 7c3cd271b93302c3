/**
 * Screenshots of the file import for review, Persian and English at 1440×900 and 3840×2160: the page as a
 * drop zone (files dragged over it), the mapping dialog of New York City's real 311 sample (read from
 * ../shared/fixtures, never copied into the project) and the dashboard showing it. Serves `dist/`, so build
 * first.
 *
 *   node --import tsx scripts/files-screenshots.ts
 *
 * Writes tests/artifacts/screens/files-<lang>-<width>x<height>-<view>.png.
 */
import type { Page } from 'playwright-core';
import { waitForReady } from '../tests/e2e/support/browser';
import { kpi, openApp, waitForMapToSettle } from '../tests/e2e/support/app';
import { NYC_SAMPLE } from './nyc-like-csv';
import { runScreens } from './screen-run';

/** A drag of a file over the page, held there (no drop): the page shows what it takes. */
async function dragOver(page: Page) {
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File(['a,b\n'], 'requests.csv', { type: 'text/csv' }));
    for (const type of ['dragenter', 'dragover']) {
      document.body.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }
  });
  await page.getByTestId('drop-zone').waitFor();
}

runScreens('files', async ({ page, lang, size, server, shot }) => {
  // A 4K page in software GL, on shared cores, takes its time to capture.
  page.setDefaultTimeout(120_000);
  await openApp(page, server.url, lang === 'en' ? '?lang=en' : '');
  await dragOver(page);
  await shot('drop-zone');
  await page.evaluate(() => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([''], 'requests.csv'));
    document.body.dispatchEvent(new DragEvent('dragleave', { dataTransfer: transfer, bubbles: true }));
  });
  await page.getByTestId('drop-zone').waitFor({ state: 'detached' });

  await page.getByTestId('file-input').setInputFiles(NYC_SAMPLE);
  await page.getByTestId('mapping-dialog').waitFor();
  await page.getByTestId('mapping-timezone').selectOption('America/New_York');
  await shot('mapping-dialog');
  await page.getByTestId('mapping-load').click();
  await page.getByTestId('dataset-name').waitFor({ timeout: 60_000 });
  await page.waitForFunction(() => !document.querySelector('[data-testid=loading]'), null, { timeout: 120_000 });
  await waitForReady(page);
  await waitForMapToSettle(page);
  await page.waitForTimeout(800);
  console.log(`${lang} ${size.width}: ${await kpi(page, 'kpi-requests')} requests shown`);
  await shot('nyc-city');
  await page.getByTestId('dataset-clear').click();
});

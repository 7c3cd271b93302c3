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
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, openSession, SCREENS_DIR, waitForReady } from '../tests/e2e/support/browser';
import { kpi, openApp, waitForMapToSettle } from '../tests/e2e/support/app';
import { REPO_ROOT, startStaticServer } from '../tests/e2e/support/static-server';
import { NYC_SAMPLE } from './nyc-like-csv';

const SIZES = [
  { width: 1440, height: 900 },
  { width: 3840, height: 2160 },
] as const;
const LANGUAGES = ['fa', 'en'] as const;

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

async function main() {
  await mkdir(SCREENS_DIR, { recursive: true });
  const server = await startStaticServer();
  const browser = await launchBrowser();
  const written: string[] = [];
  try {
    for (const size of SIZES) {
      for (const lang of LANGUAGES) {
        const session = await openSession(browser, { viewport: size, deviceScaleFactor: 1 });
        // A 4K page in software GL, on shared cores, takes its time to capture.
        session.page.setDefaultTimeout(120_000);
        const { page } = session;
        const shot = async (view: string) => {
          const file = path.join(SCREENS_DIR, `files-${lang}-${size.width}x${size.height}-${view}.png`);
          await page.screenshot({ path: file });
          written.push(file);
        };
        try {
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
          await page.waitForFunction(() => !document.querySelector('[data-testid=loading]'), null, {
            timeout: 120_000,
          });
          await waitForReady(page);
          await waitForMapToSettle(page);
          await page.waitForTimeout(800);
          console.log(`${lang} ${size.width}: ${await kpi(page, 'kpi-requests')} requests shown`);
          await shot('nyc-city');
          await page.getByTestId('dataset-clear').click();
          session.assertClean();
        } finally {
          await session.close();
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  for (const file of written) console.log(path.relative(REPO_ROOT, file));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

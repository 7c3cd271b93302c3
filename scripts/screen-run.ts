/**
 * What every screenshot script shares: `dist/` served on localhost, one clean browser session per screen
 * size and language (Persian and English at 1440×900 and 3840×2160, device scale 1), each checked to have
 * logged no error and asked nothing of another host, and the files written listed at the end. A script only
 * says what to look at.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser, openSession, SCREENS_DIR } from '../tests/e2e/support/browser';
import {
  DIST_DIR,
  REPO_ROOT,
  startStaticServer,
  type StaticServer,
  type StaticServerOptions,
} from '../tests/e2e/support/static-server';

export const SCREEN_SIZES = [
  { width: 1440, height: 900 },
  { width: 3840, height: 2160 },
] as const;
export interface ScreenSize {
  width: number;
  height: number;
}
export const SCREEN_LANGUAGES = ['fa', 'en'] as const;

export interface Screen {
  page: Page;
  lang: (typeof SCREEN_LANGUAGES)[number];
  size: ScreenSize;
  server: StaticServer;
  /**
   * Screenshots the page (or the `clip` of it) as tests/artifacts/screens/<prefix>-<lang>-<w>x<h>-<view>.png;
   * its path.
   */
  shot: (view: string, clip?: { x: number; y: number; width: number; height: number }) => Promise<string>;
  /** Lists another file the script wrote. */
  wrote: (file: string) => void;
}

/** Runs `each` on every screen, then prints the files written; a failure sets the exit code. */
export function runScreens(
  prefix: string,
  each: (screen: Screen) => Promise<void>,
  options: { sizes?: readonly ScreenSize[]; server?: StaticServerOptions } = {},
): void {
  shootAll(prefix, each, options.sizes ?? SCREEN_SIZES, options.server ?? {}).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}

async function shootAll(
  prefix: string,
  each: (screen: Screen) => Promise<void>,
  sizes: readonly ScreenSize[],
  serverOptions: StaticServerOptions,
) {
  if (!existsSync(path.join(DIST_DIR, 'index.html'))) {
    throw new Error(`${DIST_DIR}/index.html is missing: run \`npm run build\` first`);
  }
  await mkdir(SCREENS_DIR, { recursive: true });
  const server = await startStaticServer(serverOptions);
  const browser = await launchBrowser();
  const written: string[] = [];
  try {
    for (const size of sizes) {
      for (const lang of SCREEN_LANGUAGES) {
        const session = await openSession(browser, { viewport: size, deviceScaleFactor: 1 });
        try {
          const { page } = session;
          const shot: Screen['shot'] = async (view, clip) => {
            const file = path.join(SCREENS_DIR, `${prefix}-${lang}-${size.width}x${size.height}-${view}.png`);
            await page.screenshot({ path: file, ...(clip ? { clip } : {}) });
            written.push(file);
            return file;
          };
          await each({ page, lang, size, server, shot, wrote: (file) => written.push(file) });
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

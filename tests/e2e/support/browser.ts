/**
 * Chromium for the end-to-end tests and the screenshot script: the system's Chromium with software WebGL,
 * and pages that record every request URL and every console or page error, so a test can insist that
 * nothing left localhost and nothing went wrong.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { REPO_ROOT } from './static-server';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENS_DIR = path.join(REPO_ROOT, 'tests', 'artifacts', 'screens');

/** Software WebGL2 (SwiftShader) so the map draws headless; no background traffic of Chromium's own. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--use-angle=swiftshader',
      '--enable-unsafe-swiftshader',
      '--ignore-gpu-blocklist',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-dev-shm-usage',
    ],
  });
}

const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/** True for URLs that stay on this machine; data:, blob: and the like never touch the network. */
export function isLocalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!['http:', 'https:', 'ws:', 'wss:', 'ftp:'].includes(parsed.protocol)) return true;
  return LOCAL_HOSTS.has(parsed.hostname);
}

export interface SessionOptions {
  viewport?: { width: number; height: number };
  deviceScaleFactor?: number;
  /**
   * Console errors a test expects and tolerates, each with its reason. Nothing is allowed by default;
   * a test that provokes a failure (e.g. the API down) lists the exact messages it provokes.
   */
  expectedConsoleErrors?: { pattern: RegExp; reason: string }[];
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** Every URL requested by the page, its workers and its service worker. */
  requests: string[];
  consoleErrors: string[];
  pageErrors: string[];
  /** Requests that went to another host than localhost. */
  foreignRequests(): string[];
  /** Console errors not listed in expectedConsoleErrors. */
  unexpectedConsoleErrors(): string[];
  /** Throws when a request left localhost or an unexpected error was logged. */
  assertClean(): void;
  close(): Promise<void>;
}

export async function openSession(browser: Browser, options: SessionOptions = {}): Promise<Session> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1440, height: 900 },
    deviceScaleFactor: options.deviceScaleFactor ?? 1,
    serviceWorkers: 'allow',
    acceptDownloads: true,
    // The browser's own locale and zone must not matter: the app formats in the UI language and the
    // city's time zone. A zone far from the city's makes a mistake there visible.
    locale: 'en-US',
    timezoneId: 'America/Los_Angeles',
  });
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  context.on('console', (message) => {
    if (message.type() === 'error') {
      const where = message.location();
      consoleErrors.push(`${message.text()}${where.url ? ` (${where.url}:${where.lineNumber})` : ''}`);
    }
  });
  context.on('weberror', (error) => {
    const thrown = error.error();
    pageErrors.push(`${thrown.name}: ${thrown.message}${thrown.stack ? `\n${thrown.stack}` : ''}`);
  });
  const page = await context.newPage();
  const expected = options.expectedConsoleErrors ?? [];
  const session: Session = {
    context,
    page,
    requests,
    consoleErrors,
    pageErrors,
    foreignRequests: () => requests.filter((url) => !isLocalUrl(url)),
    unexpectedConsoleErrors: () => consoleErrors.filter((text) => !expected.some((e) => e.pattern.test(text))),
    assertClean: () => {
      const problems = [
        ...session.foreignRequests().map((url) => `request left localhost: ${url}`),
        ...session.unexpectedConsoleErrors().map((text) => `console error: ${text}`),
        ...pageErrors.map((text) => `page error: ${text}`),
      ];
      if (problems.length > 0) throw new Error(`The page was not clean:\n  ${problems.join('\n  ')}`);
    },
    close: () => context.close(),
  };
  return session;
}

/**
 * Waits until the dashboard says it is ready (figures computed, map drawn). Fails early, with the message
 * shown, when the app reports an error instead.
 */
export async function waitForReady(page: Page, timeout = 90_000): Promise<void> {
  const app = page.locator('[data-testid=app]:is([data-state=ready], [data-state=error])');
  await app.waitFor({ timeout });
  if ((await app.getAttribute('data-state')) === 'error') {
    const message = await page
      .locator('[data-testid=api-error]')
      .first()
      .innerText()
      .catch(() => '(no message)');
    throw new Error(`The app reported an error instead of getting ready: ${message}`);
  }
}

/** Waits for the app to leave "ready" and come back (after a reload of figures, say). */
export async function waitForState(page: Page, state: 'loading' | 'ready' | 'error', timeout = 90_000) {
  await page.locator(`[data-testid=app][data-state=${state}]`).waitFor({ timeout });
}

/**
 * A screenshot of the map alone: the panels floating over it are hidden for the moment of the shot, so
 * every pixel comes from the map's canvases. Clipping the page is used rather than an element screenshot,
 * which waits for a continuously redrawn WebGL element to become "stable".
 */
export async function screenshotMap(page: Page): Promise<Buffer> {
  const box = await page.getByTestId('map').boundingBox();
  if (!box || box.width === 0 || box.height === 0) throw new Error('the map element has no size');
  const style = await page.addStyleTag({
    // Only the buttons: deck.gl's overlay canvas is itself a MapLibre control and must stay visible.
    content: '.overlay, .maplibregl-ctrl-group, .map-tooltip { visibility: hidden !important; }',
  });
  try {
    return await page.screenshot({ clip: box });
  } finally {
    await style.evaluate((element) => (element as HTMLElement).remove());
  }
}

/** Saves a screenshot under tests/artifacts/screens/ and returns its path. */
export async function saveScreenshot(page: Page, name: string, fullPage = false): Promise<string> {
  await mkdir(SCREENS_DIR, { recursive: true });
  const file = path.join(SCREENS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}

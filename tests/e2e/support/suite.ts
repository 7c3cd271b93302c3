/**
 * Vitest wiring shared by the end-to-end files: one Chromium per file, and after every test each page it
 * opened is closed and checked — a request that left localhost or a console error fails the test — and a
 * static server of the production build.
 */
import { afterAll, afterEach, beforeAll } from 'vitest';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser, openSession, type Session, type SessionOptions } from './browser';
import { DIST_DIR, startStaticServer, type StaticServer, type StaticServerOptions } from './static-server';

export function useBrowser() {
  let browser: Browser | null = null;
  let sessions: Session[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    const finished = sessions;
    sessions = [];
    await Promise.all(finished.map((s) => s.close().catch(() => undefined)));
    for (const session of finished) session.assertClean();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    async open(options?: SessionOptions): Promise<Session> {
      if (!browser) throw new Error('the browser is not running (beforeAll failed?)');
      const session = await openSession(browser, options);
      sessions.push(session);
      return session;
    },
  };
}

/** Serves the production build for the file's tests; the build must exist (`npm run build`). */
export function useDistServer(options: StaticServerOptions = {}) {
  let server: StaticServer | null = null;
  beforeAll(async () => {
    const index = path.join(options.root ?? DIST_DIR, 'index.html');
    if (!existsSync(index)) throw new Error(`${index} is missing: run \`npm run build\` before the e2e tests`);
    server = await startStaticServer(options);
  });
  afterAll(async () => {
    await server?.close();
  });
  return {
    get url(): string {
      if (!server) throw new Error('the static server is not running (beforeAll failed?)');
      return server.url;
    },
    get server(): StaticServer {
      if (!server) throw new Error('the static server is not running (beforeAll failed?)');
      return server;
    },
  };
}

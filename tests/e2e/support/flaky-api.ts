/**
 * The built app beside a real HTTP server of the exported demo API that can be made to fail on demand:
 * answer 500 to the paths `fail` matches, or never answer those `hang` matches, until they are set to null.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll } from 'vitest';
import { exportDemoApi, type ExportedApi } from './demo-export';
import { startStaticServer, type StaticServer } from './static-server';

/** Chromium logs every failed resource load as a console error; the tests that use this cause them on purpose. */
export const HTTP_500 = {
  pattern: /^Failed to load resource: the server responded with a status of 500/,
  reason: 'the test makes the API answer 500 on purpose',
};

export interface FlakyApp {
  server: StaticServer;
  /** The paths that were failed or hung, in order. */
  hits: string[];
  fail: (paths: RegExp | null) => void;
  hang: (paths: RegExp | null) => void;
}

export async function startFlakyApp(api: ExportedApi, config: Record<string, unknown> = {}): Promise<FlakyApp> {
  let failing: RegExp | null = null;
  let hanging: RegExp | null = null;
  const hits: string[] = [];
  const server = await startStaticServer({
    config: { apiBaseUrl: '/api/v1', demo: false, defaultLanguage: 'fa', refreshIntervalSeconds: 300, ...config },
    mounts: [{ urlPath: '/api/v1', dir: api.dir }],
    intercept: (_request: IncomingMessage, response: ServerResponse, pathname: string) => {
      if (hanging?.test(pathname)) {
        hits.push(pathname);
        return true;
      }
      if (!failing?.test(pathname)) return false;
      hits.push(pathname);
      response.writeHead(500, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ code: 'unavailable', message: 'database maintenance' }));
      return true;
    },
  });
  return {
    server,
    hits,
    fail: (paths) => (failing = paths),
    hang: (paths) => (hanging = paths),
  };
}

/**
 * For a test file: the demo API exported once, and flaky apps beside it started by each test; all of them
 * closed, and the export removed, after the file's tests.
 */
export function useFlakyApps() {
  let api: ExportedApi | null = null;
  const running: StaticServer[] = [];
  beforeAll(async () => {
    api = await exportDemoApi();
  });
  afterAll(async () => {
    await Promise.all(running.map((s) => s.close()));
    await api?.remove();
  });
  return {
    async start(config: Record<string, unknown> = {}): Promise<FlakyApp> {
      if (!api) throw new Error('the demo API was not exported (beforeAll failed?)');
      const app = await startFlakyApp(api, config);
      running.push(app.server);
      return app;
    },
    /** The exported API's folder, for a test that serves it another way. */
    get apiDir(): string {
      if (!api) throw new Error('the demo API was not exported (beforeAll failed?)');
      return api.dir;
    },
    /** Keeps another server of the test's to close with the rest. */
    track(server: StaticServer) {
      running.push(server);
    },
  };
}

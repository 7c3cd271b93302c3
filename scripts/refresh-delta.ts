/**
 * What a refresh costs with `updated_after` against a full reload, on the demo city (150,000 requests by
 * default): the bytes of the answer and the time from asking to the figures' table being ready, both
 * through the Shahrnama API source and the worker's load path run in this thread. The demo runs live at
 * one request every 5 s; the change is what five minutes of it hold (60 new requests, 30 closed, and the
 * two minutes of overlap).
 *
 *   node --import tsx scripts/refresh-delta.ts [--count=150000] [--format=arrow|json]
 */
import { performance } from 'node:perf_hooks';
import { createApiClient } from '../src/api/client';
import { AppConfig } from '../src/api/schemas';
import { apiSource } from '../src/features/city/api-source';
import { InProcessLoader } from '../src/workers/in-process-loader';
import { createDemoServer } from '../mocks/node';

const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=', 2)));
const count = Number(args.count ?? 150_000);
const format = args.format === 'json' ? 'json' : 'arrow';
const BASE = 'http://bench.test/api/v1';
const NOW = new Date('2025-06-15T08:00:00Z');
let clockMs = NOW.getTime();
const server = createDemoServer({
  basePath: BASE,
  now: NOW,
  requestCount: count,
  live: { everySeconds: 5, clock: () => clockMs },
});
let bytes = 0;
server.events.on('response:mocked', ({ response }) => {
  void response
    .clone()
    .arrayBuffer()
    .then((b) => (bytes += b.byteLength));
});
server.listen({ onUnhandledRequest: 'error' });

const config = AppConfig.parse({ apiBaseUrl: BASE, demo: false, requestsFormat: format });
const source = apiSource(createApiClient(BASE), config);
const city = await source.loadCity();
let loader = new InProcessLoader();

/** A refresh into `loader`: a change when the source loaded it before, a full load into a new one. */
async function measure(label: string) {
  await new Promise((r) => setTimeout(r, 50));
  bytes = 0;
  const start = performance.now();
  const loaded = await source.loadRequests(loader, city, {});
  const ms = performance.now() - start;
  await new Promise((r) => setTimeout(r, 50));
  console.log(
    `${label.padEnd(28)} ${String(loaded.count).padStart(8)} rows ${(bytes / 1e6).toFixed(3).padStart(8)} MB ${ms.toFixed(0).padStart(6)} ms`,
  );
}

// The demo's own work (generating the year, encoding its bodies) is done before the clock starts.
server.city.arrow({ start: null, end: null, services: null, status: null, district: null, updatedAfter: null });
// A new worker (loader) gets a full load: the source merges changes only into the worker it loaded.
for (const run of ['warm-up', '1', '2']) {
  loader = new InProcessLoader();
  await measure(`full load (${format}, ${run})`);
}
for (let i = 1; i <= 3; i++) {
  clockMs += 5 * 60_000;
  await measure(`change after 5 min (${format})`);
}
server.close();

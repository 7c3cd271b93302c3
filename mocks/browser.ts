/** The demo API in the browser: a service worker answers the app's API requests from the demo city. */
import { setupWorker } from 'msw/browser';
import type { GeneratedRequests, GenerateRequestsOptions } from './city/requests';
import type { LiveRate } from './city/live';
import { DEFAULT_REQUEST_COUNT, DEFAULT_SEED, createDemoCity } from './demo-city';
import { createHandlers } from './handlers';

/** The year of requests, generated in a worker. */
function generateInWorker(options: GenerateRequestsOptions): Promise<GeneratedRequests> {
  const worker = new Worker(new URL('./generate-requests.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<GeneratedRequests>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<GeneratedRequests>) => resolve(event.data);
    worker.onerror = (event) => reject(new Error(event.message || 'demo request generation failed'));
    worker.postMessage(options);
  }).finally(() => worker.terminate());
}

/**
 * Starts the demo API at `basePath` (a path or an absolute URL), with a year ending now; with `live`, the
 * city keeps changing from then on.
 */
export async function startDemoApi({
  basePath,
  requestCount,
  live,
}: {
  basePath: string;
  requestCount?: number;
  live?: LiveRate;
}) {
  const now = new Date();
  const count = requestCount ?? DEFAULT_REQUEST_COUNT;
  const requests = generateInWorker({ seed: DEFAULT_SEED, now, count });
  const serviceWorker = setupWorker(
    ...createHandlers(createDemoCity({ now, requestCount: count, requests: await requests, live }), basePath),
  );
  await withUpdateFailuresHandled(() =>
    serviceWorker.start({
      serviceWorker: { url: new URL('mockServiceWorker.js', document.baseURI).pathname },
      onUnhandledRequest: 'bypass',
      quiet: true,
    }),
  );
  return serviceWorker;
}

/**
 * msw's worker unregisters itself when the last page it serves unloads, so a page of the app that starts
 * during a navigation can find a registration that is gone a moment later. msw (2.15) then calls
 * `update()` on it without waiting for the answer, and the rejection ("Not found") would surface as an
 * uncaught error. A failed update leaves the page with the worker that already controls it, so while msw
 * starts, an update's failure is only a warning.
 */
async function withUpdateFailuresHandled<T>(start: () => Promise<T>): Promise<T> {
  const prototype = ServiceWorkerRegistration.prototype;
  const update = prototype.update;
  prototype.update = function (this: ServiceWorkerRegistration) {
    const pending = update.call(this);
    pending.catch((error: unknown) => console.warn('demo API: the service worker was not updated', error));
    return pending;
  };
  try {
    return await start();
  } finally {
    prototype.update = update;
  }
}

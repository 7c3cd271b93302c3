/** The demo API in the browser: a service worker answers the app's API requests from the demo city. */
import { setupWorker } from 'msw/browser';
import { createDemoCity } from './demo-city';
import { createHandlers } from './handlers';

/** Starts the demo API at `basePath` (a path or an absolute URL), with a year ending now. */
export async function startDemoApi({ basePath, requestCount }: { basePath: string; requestCount?: number }) {
  const city = createDemoCity({ now: new Date(), ...(requestCount === undefined ? {} : { requestCount }) });
  const worker = setupWorker(...createHandlers(city, basePath));
  await worker.start({
    serviceWorker: { url: new URL('mockServiceWorker.js', document.baseURI).pathname },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  return worker;
}

/**
 * Start-up: read config.json (so the built app can be pointed at another API without a rebuild), start the
 * embedded demo city when asked, then render. The dashboard's code loads while that happens. A failure on
 * the way is said on the page, never left as the boot text.
 */
import { createRoot } from 'react-dom/client';
import 'vazirmatn/Vazirmatn-Variable-font-face.css';
import '../ui/styles.css';
import { loadConfig } from '../api/config';
import { asError } from '../ui/error-boundary';
import { StartupFailure } from './startup-failure';

/**
 * `?live=5`: the demo city gets a new request every 5 seconds (and closes an open one every other), from
 * the moment the page loaded; without it the demo stays as it loaded, so its figures can be checked.
 */
function liveRate(value: string | null): { everySeconds: number } | undefined {
  const everySeconds = Number(value);
  return value !== null && everySeconds > 0 ? { everySeconds } : undefined;
}

async function start() {
  const root = createRoot(document.getElementById('root')!);
  const app = import('./app');
  // Awaited only once config.json is read: should that fail first, this load failing too is no unhandled rejection.
  app.catch(() => undefined);
  try {
    let config = await loadConfig(new URL('config.json', document.baseURI).href);
    // A relative apiBaseUrl is relative to the page, wherever the app is served from.
    const apiBaseUrl = new URL(`${config.apiBaseUrl.replace(/\/$/, '')}/`, document.baseURI).href.slice(0, -1);
    config = { ...config, apiBaseUrl };
    if (config.demo) {
      // The demo city is generated in the page and served by a service worker: no backend needed.
      const { startDemoApi } = await import('../../mocks/browser');
      const search = new URLSearchParams(window.location.search);
      await startDemoApi({
        basePath: apiBaseUrl,
        requestCount: search.get('scale') === '1m' ? 1_000_000 : undefined,
        live: liveRate(search.get('live')),
      });
    }
    const { App } = await app;
    root.render(<App config={config} />);
  } catch (error) {
    root.render(<StartupFailure error={asError(error)} />);
  }
}

void start();

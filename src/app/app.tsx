import { useCallback, useMemo, type ComponentType, type ReactNode } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createApiClient } from '../api/client';
import type { StoredDataset } from '../api/files/stored-dataset';
import type { AppConfig } from '../api/schemas';
import { apiSource } from '../features/city/api-source';
import type { CitySource } from '../features/city/city-source';
import { fileSource } from '../features/city/file-source';
import { open311Source } from '../features/city/open311-source';
import { datasetPeriod } from '../features/files/dataset-period';
import { FileTools } from '../features/files/file-tools';
import { useDatasetShown, useFileDatasetStore } from '../features/files/use-file-dataset';
import type { Language } from '../i18n/translate';
import { ErrorBoundary } from '../ui/error-boundary';
import { I18nContext, makeI18n } from '../ui/i18n-context';
import { RenderFailure } from '../ui/render-failure';
import { BriefingPage } from './briefing-page';
import { Dashboard } from './dashboard';
import { PresentPage } from './present-page';
import { ProgressPage } from './progress-page';
import { WallPage } from './wall-page';
import { routeOf, type Route } from './routes';
import { parseViewState, useViewState } from './url-state';

/** The page of this load: a page is a folder of the app (routes.ts), so it changes only with a new load. */
const ROUTE = routeOf(window.location.href, document.baseURI);

/** Every page is drawn from the same props: the configuration, the city's source and its tools. */
type PageProps = { config: AppConfig; source: CitySource; tools?: ReactNode };
const PAGES: Partial<Record<Route, ComponentType<PageProps>>> = {
  desk: Dashboard,
  progress: ProgressPage,
  wall: WallPage,
  briefing: BriefingPage,
  present: PresentPage,
};
const Page = PAGES[ROUTE] ?? Dashboard;

/** A new data set opens on its own city: no area, map view or category of the previous one carries over. */
const FRESH_VIEW = { district: null, neighbourhood: null, center: null, zoom: null, group: null } as const;

export function App({ config }: { config: AppConfig }) {
  const [, update] = useViewState(config.defaultLanguage);
  const onLoaded = useCallback((d: StoredDataset) => update({ ...FRESH_VIEW, ...datasetPeriod(d) }), [update]);
  const onCleared = useCallback(() => update({ ...FRESH_VIEW, period: 'this_year', from: null, to: null }), [update]);
  const files = useFileDatasetStore({ onLoaded, onCleared });
  const { restored, dataset } = useDatasetShown(files);
  // The city's own source: an Open311 endpoint when config.json names one, else the Shahrnama API.
  const configured = useMemo(
    () =>
      config.source
        ? open311Source(config, config.source, { pageUrl: document.baseURI })
        : apiSource(createApiClient(config.apiBaseUrl, { timeoutMs: config.requestTimeoutSeconds * 1000 }), config),
    [config],
  );
  // A data set dropped on the page (kept until cleared) is shown instead.
  const source = useMemo(
    () => (dataset ? fileSource(dataset, files.readTable, config.problems) : configured),
    [dataset, files, configured, config.problems],
  );
  // The tools redraw themselves at each progress message; the dashboard only when the data set changes.
  const tools = useMemo(() => <FileTools files={files} />, [files]);
  // Each source has its own cache and (by the key) its own dashboard and request worker: the worker holds
  // one source's requests, so figures cached for another would be answered from the wrong table.
  const queryClient = useMemo(
    () =>
      new QueryClient({
        defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false, staleTime: 5 * 60_000 } },
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new cache for each source
    [source],
  );
  // The stored data set is looked up first (a few milliseconds), so a reload does not show the API's city on the way.
  if (!restored) return null;
  return (
    <QueryClientProvider client={queryClient}>
      <ErrorBoundary
        fallback={(error) => (
          <DashboardFailure
            error={error}
            language={parseViewState(window.location.search, config.defaultLanguage).lang}
          />
        )}
      >
        <Page key={source.label} config={config} source={source} tools={tools} />
      </ErrorBoundary>
    </QueryClientProvider>
  );
}

/** The whole dashboard failed to draw: the message fills the page, in the link's language, with a reload. */
function DashboardFailure({ error, language }: { error: Error; language: Language }) {
  const i18n = makeI18n(language);
  return (
    <I18nContext.Provider value={i18n}>
      <div className="app" data-testid="app" data-state="error" lang={language} dir={i18n.dir}>
        <RenderFailure part="dashboard" error={error} onRetry={() => window.location.reload()} />
      </div>
    </I18nContext.Provider>
  );
}

import { useMemo } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createApiClient } from '../api/client';
import { apiSource } from '../features/city/api-source';
import { open311Source } from '../features/city/open311-source';
import type { AppConfig } from '../api/schemas';
import type { Language } from '../i18n/translate';
import { ErrorBoundary } from '../ui/error-boundary';
import { I18nContext, makeI18n } from '../ui/i18n-context';
import { RenderFailure } from '../ui/render-failure';
import { Dashboard } from './dashboard';
import { parseViewState } from './url-state';

export function App({ config }: { config: AppConfig }) {
  const queryClient = useMemo(
    () =>
      new QueryClient({
        defaultOptions: { queries: { retry: 1, refetchOnWindowFocus: false, staleTime: 5 * 60_000 } },
      }),
    [],
  );
  const source = useMemo(
    () =>
      config.source
        ? open311Source(config, config.source, { pageUrl: document.baseURI })
        : apiSource(createApiClient(config.apiBaseUrl), config),
    [config],
  );
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
        <Dashboard config={config} source={source} />
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

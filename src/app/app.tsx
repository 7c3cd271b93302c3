import { useMemo } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createApiClient } from '../api/client';
import { apiSource } from '../features/city/api-source';
import { open311Source } from '../features/city/open311-source';
import type { AppConfig } from '../api/schemas';
import { Dashboard } from './dashboard';

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
      <Dashboard config={config} source={source} />
    </QueryClientProvider>
  );
}

import { useCallback, useMemo } from 'react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createApiClient } from '../api/client';
import type { StoredDataset } from '../api/files/stored-dataset';
import { apiSource } from '../features/city/api-source';
import { fileSource } from '../features/city/file-source';
import { datasetPeriod } from '../features/files/dataset-period';
import { FileTools } from '../features/files/file-tools';
import { useDatasetShown, useFileDatasetStore } from '../features/files/use-file-dataset';
import type { AppConfig } from '../api/schemas';
import { Dashboard } from './dashboard';
import { useViewState } from './url-state';

/** A new data set opens on its own city: no area, map view or category of the previous one carries over. */
const FRESH_VIEW = { district: null, neighbourhood: null, center: null, zoom: null, group: null } as const;

export function App({ config }: { config: AppConfig }) {
  const [, update] = useViewState(config.defaultLanguage);
  const onLoaded = useCallback((d: StoredDataset) => update({ ...FRESH_VIEW, ...datasetPeriod(d) }), [update]);
  const onCleared = useCallback(() => update({ ...FRESH_VIEW, period: 'this_year', from: null, to: null }), [update]);
  const files = useFileDatasetStore({ onLoaded, onCleared });
  const { restored, dataset } = useDatasetShown(files);
  const api = useMemo(() => apiSource(createApiClient(config.apiBaseUrl), config), [config]);
  // A data set dropped on the page (kept until cleared) is shown instead of the city's API.
  const source = useMemo(() => (dataset ? fileSource(dataset, files.readTable) : api), [dataset, files, api]);
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
      <Dashboard key={source.label} config={config} source={source} tools={tools} />
    </QueryClientProvider>
  );
}

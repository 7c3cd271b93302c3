/**
 * The city and its requests, as every page of the app holds them: the reference data, the request worker
 * loaded (and reloaded on the refresh interval), and what the page says when a load fails — the last good
 * data kept on screen and said to be stale, the failure itself only when there is nothing to show.
 */
import { useMemo } from 'react';
import type { AppConfig } from '../api/schemas';
import { withAddedServices, type CitySource } from '../features/city/city-source';
import { useCityData } from '../features/city/use-city-data';
import { useLoadedRequests, useRequestWorker } from '../features/requests/use-request-worker';
import { useNow } from './use-now';

export function useCityRequests(config: AppConfig, source: CitySource) {
  const cityData = useCityData(source, config.refreshIntervalSeconds);
  const worker = useRequestWorker();
  const loaded = useLoadedRequests(source, worker, cityData.data, config.refreshIntervalSeconds);
  const added = loaded.data?.addedServices;
  const city = useMemo(() => cityData.data && withAddedServices(cityData.data, added ?? []), [cityData.data, added]);
  const now = useNow(60);
  const error = cityData.error ?? (loaded.data ? null : loaded.error);
  const stale = loaded.data && loaded.error ? { since: loaded.dataUpdatedAt / 1000, error: loaded.error } : null;
  const retrying = cityData.fetching || loaded.isFetching;
  const retry = () => {
    cityData.retry();
    // A load that hangs is cancelled and started again.
    if (loaded.error || loaded.isFetching) void loaded.refetch();
  };
  // When the requests shown were read: what a printed page says its figures are as of.
  const loadedAt = loaded.data ? loaded.dataUpdatedAt / 1000 : null;
  return { city, worker, loaded: loaded.data, loadedAt, now, error, stale, retrying, retry } as const;
}

export type CityRequests = ReturnType<typeof useCityRequests>;

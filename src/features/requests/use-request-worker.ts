/**
 * Loads the requests from the city's source into the request worker, which reads, validates and assigns
 * them to districts; then answers every filter change with figures for the map, the KPI strip and the
 * panel from one pass over the same rows.
 */
import { startTransition, useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { nextLoadDelayMs } from '../../domain/retry-delay';
import { timerDelay } from '../../domain/timer-delay';
import { RequestWorkerClient } from '../../workers/request-worker-client';
import type { FilterSpec, Loaded, QueryResult } from '../../workers/request-protocol';
import type { CityData, CitySource, LoadProgress } from '../city/city-source';

export function useRequestWorker() {
  const [worker] = useState(() => new RequestWorkerClient());
  useEffect(() => () => worker.terminate(), [worker]);
  return worker;
}

/** Loads the requests into the worker once the areas are known, and again on the refresh interval. */
export function useLoadedRequests(
  source: CitySource,
  worker: RequestWorkerClient,
  city: CityData | null,
  refreshSeconds: number,
) {
  const [progress, setProgress] = useState<LoadProgress | null>(null);
  const query = useQuery<Loaded>({
    queryKey: ['requests', source.label],
    enabled: city !== null,
    // A wall display stays current by itself: the requests are reloaded on the configured interval (capped
    // at what a browser timer holds: config.json's schema allows a week, well below it), and after a failed
    // load sooner, backing off, so it recovers by itself within one interval of the server's return.
    refetchInterval: (query) =>
      nextLoadDelayMs(query.state.fetchFailureCount, timerDelay(refreshSeconds), Math.random()),
    refetchIntervalInBackground: true,
    retry: false,
    queryFn: ({ signal }) => source.loadRequests(worker, city!, { signal, onProgress: setProgress }),
  });
  return { ...query, progress };
}

/** Figures for the current filters; the previous figures stay on screen while new ones are computed. */
export function useRequestFigures(
  worker: RequestWorkerClient,
  loaded: Loaded | undefined,
  cityFilter: FilterSpec,
  areaFilter: FilterSpec | null,
  now: number,
  /** The hexbin layer is on: count its bins too. */
  withHexBins: boolean,
  /** The page is the council briefing: count its figures too. */
  withBriefing = false,
) {
  const [result, setResult] = useState<QueryResult | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const key = JSON.stringify([cityFilter, areaFilter, now, withHexBins, withBriefing]);
  useEffect(() => {
    if (!loaded) return;
    let current = true;
    const [city, area, at, hexBins, briefing] = JSON.parse(key) as [
      FilterSpec,
      FilterSpec | null,
      number,
      boolean,
      boolean,
    ];
    worker.query({ city, area, now: at, hexBins, briefing }).then(
      // A transition: rendering the new figures yields to input instead of blocking the page.
      (next) => current && next && startTransition(() => setResult(next)),
      (e: Error) => current && setError(e),
    );
    return () => {
      current = false;
    };
  }, [worker, loaded, key]);
  return { result, error };
}

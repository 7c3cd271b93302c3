/**
 * Loads a year of requests in the columnar form and hands it to the request worker, which decodes,
 * validates and assigns it to districts; then answers every filter change with figures for the map,
 * the KPI strip and the panel from one pass over the same rows.
 */
import { startTransition, useEffect, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { ApiClient } from '../../api/client';
import { RequestWorkerClient } from '../../workers/request-worker-client';
import type { FilterSpec, Loaded, QueryResult } from '../../workers/request-protocol';
import type { CityData } from '../city/use-city-data';

export function useRequestWorker() {
  const [worker] = useState(() => new RequestWorkerClient());
  useEffect(() => () => worker.terminate(), [worker]);
  return worker;
}

/** Fetches the columnar requests and loads them into the worker once the areas are known. */
export function useLoadedRequests(
  client: ApiClient,
  worker: RequestWorkerClient,
  city: CityData | null,
  refreshSeconds: number,
) {
  return useQuery<Loaded>({
    queryKey: ['requests', 'columnar'],
    enabled: city !== null,
    // A wall display stays current by itself: the year of requests is reloaded on the configured interval.
    refetchInterval: refreshSeconds * 1000,
    refetchIntervalInBackground: true,
    queryFn: async ({ signal }) => {
      const buffer = await client.requestsColumnarBuffer({}, { signal });
      return worker.load({
        buffer,
        services: city!.services.map((s) => ({
          code: s.service_code,
          group: s.group,
          slaHours: s.sla_hours,
          jurisdiction: s.jurisdiction,
        })),
        districts: city!.districts.features.map((f) => f.geometry),
        neighbourhoods: city!.neighbourhoods.features.map((f) => f.geometry),
        cityCentre: city!.city.center,
        neighbourhoodDistrict: city!.neighbourhoods.features.map((f) =>
          city!.districts.features.findIndex((d) => d.properties.id === f.properties.district_id),
        ),
      });
    },
  });
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
) {
  const [result, setResult] = useState<QueryResult | null>(null);
  const [error, setError] = useState<Error | null>(null);
  const key = JSON.stringify([cityFilter, areaFilter, now, withHexBins]);
  useEffect(() => {
    if (!loaded) return;
    let current = true;
    const [city, area, at, hexBins] = JSON.parse(key) as [FilterSpec, FilterSpec | null, number, boolean];
    worker.query({ city, area, now: at, hexBins }).then(
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

/** The city's reference data — outline, areas, categories, basemap — loaded once and cached. */
import { useMemo } from 'react';
import { useQueries } from '@tanstack/react-query';
import type { ApiClient } from '../../api/client';

export function useCityData(client: ApiClient) {
  const results = useQueries({
    queries: [
      { queryKey: ['city'], queryFn: ({ signal }) => client.city({ signal }) },
      { queryKey: ['districts'], queryFn: ({ signal }) => client.districts({ signal }) },
      { queryKey: ['neighbourhoods'], queryFn: ({ signal }) => client.neighbourhoods({ signal }) },
      { queryKey: ['services'], queryFn: ({ signal }) => client.services({ signal }) },
      { queryKey: ['basemap', 'roads'], queryFn: ({ signal }) => client.basemapRoads({ signal }) },
      { queryKey: ['basemap', 'water'], queryFn: ({ signal }) => client.basemapWater({ signal }) },
    ],
  });
  const [city, districts, neighbourhoods, services, roads, water] = results;
  const error = results.find((r) => r.error)?.error ?? null;
  const [c, d, n, s, r, w] = [city.data, districts.data, neighbourhoods.data, services.data, roads.data, water.data];
  const data = useMemo(
    () =>
      c && d && n && s && r && w ? { city: c, districts: d, neighbourhoods: n, services: s, roads: r, water: w } : null,
    [c, d, n, s, r, w],
  );
  const retry = () => results.forEach((r) => r.error && void r.refetch());
  const fetching = results.some((r) => r.isFetching);
  return { data, error, retry, fetching };
}

export type CityData = NonNullable<ReturnType<typeof useCityData>['data']>;

/** The city's reference data — outline, areas, categories, basemap — loaded once from its source and cached. */
import { useQuery } from '@tanstack/react-query';
import type { CitySource } from './city-source';

export function useCityData(source: CitySource) {
  const query = useQuery({ queryKey: ['city', source.label], queryFn: ({ signal }) => source.loadCity(signal) });
  return {
    data: query.data ?? null,
    error: query.error,
    retry: () => void query.refetch(),
    fetching: query.isFetching,
  };
}

export type { CityData } from './city-source';

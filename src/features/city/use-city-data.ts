/** The city's reference data — outline, areas, categories, basemap — loaded once from its source and cached. */
import { useQuery } from '@tanstack/react-query';
import { nextLoadDelayMs } from '../../domain/retry-delay';
import { timerDelay } from '../../domain/timer-delay';
import type { CitySource } from './city-source';

/**
 * A city that could not be read is read again by itself, backing off up to the refresh interval: a screen
 * opened while the API was down comes up once it is back, with no one to press Retry.
 */
export function useCityData(source: CitySource, refreshSeconds: number) {
  const query = useQuery({
    queryKey: ['city', source.label],
    queryFn: ({ signal }) => source.loadCity(signal),
    refetchInterval: (q) =>
      q.state.status === 'error'
        ? nextLoadDelayMs(q.state.fetchFailureCount, timerDelay(refreshSeconds), Math.random())
        : false,
    refetchIntervalInBackground: true,
    retry: false,
  });
  return {
    data: query.data ?? null,
    error: query.error,
    retry: () => void query.refetch(),
    fetching: query.isFetching,
  };
}

export type { CityData } from './city-source';

/**
 * The city's fiber network, read while its layer is on: the segments, why there are none when there are
 * none (loading, a city without fiber data, an answer that failed), and their length by district.
 */
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { DistrictCollection } from '../../api/schemas';
import type { CitySource } from '../city/city-source';
import { fiberByDistrict } from './fiber-by-district';

export function useFiber(source: CitySource, districts: DistrictCollection, enabled: boolean) {
  const query = useQuery({
    queryKey: ['fiber', source.label],
    enabled,
    queryFn: ({ signal }) => source.fiberSegments(signal),
  });
  const segments = query.data ?? null;
  const lengths = useMemo(() => (segments ? fiberByDistrict(segments, districts) : null), [segments, districts]);
  const status = query.error ? 'failed' : query.data === null ? 'absent' : query.data ? 'ready' : 'loading';
  return { segments, status, lengths } as const;
}

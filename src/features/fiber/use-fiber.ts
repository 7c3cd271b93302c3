/**
 * The city's fiber network, read while its layer is on: why there is none when there is none (loading, a
 * city without fiber data, an answer that failed), the network measured once per answer, and its figures
 * at `now`.
 */
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { DistrictCollection } from '../../api/schemas';
import type { CityCalendar } from '../../domain/fiber/months';
import type { CitySource } from '../city/city-source';
import { fiberFigures, fiberModel } from './fiber-model';

export interface FiberClock {
  now: number;
  calendar: CityCalendar;
  timeZone: string;
}

export function useFiber(source: CitySource, districts: DistrictCollection, enabled: boolean, clock: FiberClock) {
  const query = useQuery({
    queryKey: ['fiber', source.label],
    enabled,
    queryFn: ({ signal }) => source.fiberSegments(signal),
  });
  const { now, calendar, timeZone } = clock;
  const segments = query.data ?? null;
  // The statuses are as of the answer: a segment said to be under construction had begun by then.
  const asOf = Math.floor(query.dataUpdatedAt / 1000);
  const model = useMemo(
    () => (segments ? fiberModel(segments, districts, timeZone, asOf) : null),
    [segments, districts, timeZone, asOf],
  );
  const figures = useMemo(
    () => (model ? fiberFigures(model, now, calendar, timeZone) : null),
    [model, now, calendar, timeZone],
  );
  const status = query.error ? 'failed' : query.data === null ? 'absent' : query.data ? 'ready' : 'loading';
  return { status, model, figures } as const;
}

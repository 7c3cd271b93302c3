/**
 * The city's e-services, read once per source: the figures of the period for the map and for the panel's
 * scope (city or district), the rollout at `now`, and why there are none when there are none (loading, a
 * city without e-service data, an answer that could not be read).
 */
import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import type { DistrictCollection } from '../../api/schemas';
import type { Language } from '../../i18n/translate';
import type { CitySource } from '../city/city-source';
import { eserviceAreas, eserviceMonths, rolloutView, scopeEServices } from './eservice-view';

export interface EServiceInputs {
  source: CitySource;
  districts: DistrictCollection;
  period: { from: number; to: number };
  timeZone: string;
  now: number;
  /** The panel's district, or null for the city. */
  districtId: string | null;
  language: Language;
}

export function useEServices({ source, districts, period, timeZone, now, districtId, language }: EServiceInputs) {
  const query = useQuery({
    queryKey: ['eservices', source.label],
    queryFn: ({ signal }) => source.eservices(signal),
  });
  const data = query.data ?? null;
  const { from, to } = period;
  const months = useMemo(
    () => (data ? eserviceMonths(data, { from, to }, timeZone) : null),
    [data, from, to, timeZone],
  );
  const areas = useMemo(
    () => (data && months ? eserviceAreas(data, districts, months, language) : null),
    [data, districts, months, language],
  );
  const scope = useMemo(
    () => (data && months ? scopeEServices(data, months, districtId) : null),
    [data, months, districtId],
  );
  const rollout = useMemo(() => (data ? rolloutView(data, now, timeZone) : null), [data, now, timeZone]);
  const status = query.error ? 'failed' : query.data === null ? 'absent' : query.data ? 'ready' : 'loading';
  return { status, months, areas, scope, rollout } as const;
}

export type EServices = ReturnType<typeof useEServices>;

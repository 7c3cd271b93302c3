/** The CSV of what the panel shows, written by the worker and named by its scope, days and filter. */
import { useCallback } from 'react';
import { exportFileName } from '../../domain/csv-export';
import type { FilterSpec } from '../../workers/request-protocol';
import type { RequestWorkerClient } from '../../workers/request-worker-client';
import type { CityData } from '../city/city-source';

export function useScopeExport(
  worker: RequestWorkerClient,
  city: CityData,
  filter: FilterSpec,
  naming: { area: string | null; group: string | null; status: string; timeZone: string },
) {
  const key = JSON.stringify([filter, naming]);
  return useCallback(
    async (what: 'requests' | 'problems') => {
      const [spec, name] = JSON.parse(key) as [FilterSpec, typeof naming];
      const text = await worker.exportCsv({
        what,
        filter: spec,
        districtIds: city.districts.features.map((f) => f.properties.id),
        neighbourhoodIds: city.neighbourhoods.features.map((f) => f.properties.id),
      });
      return { text, fileName: exportFileName(what, { ...name, from: spec.from, to: spec.to }) };
    },
    [worker, city, key],
  );
}

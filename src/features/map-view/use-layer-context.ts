/**
 * What the map's layers draw, from the load and the current figures: every drawable request with the GPU
 * range of the city filter (which follows a filter change at once), the choropleth's areas and classes and the
 * hexbins (which follow the worker's figures).
 */
import { useMemo } from 'react';
import type { DistrictCollection, NeighbourhoodCollection } from '../../api/schemas';
import { quantileBreaks } from '../../domain/choropleth';
import type { Language } from '../../i18n/translate';
import type { EServiceAreas, LayerContext } from '../../map/layers/layer-kit';
import { requestFilterRange } from '../../map/layers/request-filter-range';
import { CHOROPLETH_RAMP } from '../../map/palette';
import type { FilterSpec, Loaded, QueryResult } from '../../workers/request-protocol';
import { choroplethAreas } from './choropleth-areas';

export interface LayerInputs {
  loaded: Loaded | undefined;
  result: QueryResult | null;
  cityFilter: FilterSpec;
  districts: DistrictCollection;
  neighbourhoods: NeighbourhoodCollection;
  /** The district whose neighbourhoods the choropleth shows, or null for the districts. */
  districtId: string | null;
  neighbourhoodId: string | null;
  /** The programmes' layers; a map of requests alone (the wall's, the briefing's) has none to feed. */
  fiberView?: LayerContext['fiberView'];
  fiberStatus?: LayerContext['fiberStatus'];
  eservices?: EServiceAreas | null;
  eservicesStatus?: LayerContext['eservicesStatus'];
  language: Language;
  zoom: number;
  uiScale: number;
}

export function useLayerContext(inputs: LayerInputs): LayerContext {
  const { loaded, result, cityFilter, districts, neighbourhoods, districtId, language } = inputs;
  const { areas, measure } = useMemo(
    () =>
      result
        ? choroplethAreas(result.city, districts, neighbourhoods, districtId, language)
        : { areas: [], measure: 'rate' as const },
    [result, districts, neighbourhoods, districtId, language],
  );
  const breaks = useMemo(
    () =>
      quantileBreaks(
        areas.map((a) => a.value),
        CHOROPLETH_RAMP.length,
      ),
    [areas],
  );
  const { from, to, status, serviceCodes } = cityFilter;
  const requestFilter = useMemo(
    () => (loaded ? requestFilterRange({ from, to, status, serviceCodes }, loaded.drawable, loaded.serviceCodes) : []),
    [loaded, from, to, status, serviceCodes],
  );
  return useMemo(
    () => ({
      requests: loaded?.drawable ?? null,
      requestFilter,
      hasFigures: result !== null,
      hexBins: result?.hexBins ?? null,
      countBy: result?.city.countBy ?? cityFilter.countBy,
      areas,
      choroplethMeasure: measure,
      breaks,
      selectedAreaId: inputs.neighbourhoodId,
      fiberView: inputs.fiberView ?? null,
      fiberStatus: inputs.fiberStatus ?? 'absent',
      eservices: inputs.eservices ?? null,
      eservicesStatus: inputs.eservicesStatus ?? 'absent',
      language,
      zoom: inputs.zoom,
      uiScale: inputs.uiScale,
    }),
    [
      loaded,
      requestFilter,
      result,
      cityFilter.countBy,
      areas,
      measure,
      breaks,
      inputs.neighbourhoodId,
      inputs.fiberView,
      inputs.fiberStatus,
      inputs.eservices,
      inputs.eservicesStatus,
      language,
      inputs.zoom,
      inputs.uiScale,
    ],
  );
}

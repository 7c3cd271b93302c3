/**
 * The map's style: the city's own style when config.json names one, otherwise the embedded basemap drawn
 * from the city's geometry, with its names in the UI's language and the neighbourhoods of the district drilled
 * into named at any zoom.
 */
import { useMemo } from 'react';
import type { StyleSpecification } from 'maplibre-gl';
import type { Language } from '../../i18n/translate';
import { basemapStyle } from '../../map/basemap-style';
import { labelPoints } from '../../map/label-points';
import { neighbourhoodLabelZoom } from '../../map/label-zoom';
import type { CityData } from '../city/use-city-data';

const NO_FEATURES: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

export function useBasemapStyle(
  city: CityData,
  language: Language,
  uiScale: number,
  selectedDistrictId: string | null,
  basemapStyleUrl: string | undefined,
): StyleSpecification | string {
  // Label points once per city and language, not at every drill-in: MapLibre then finds every source of the
  // new style equal to the old one and changes only the label layers' filters.
  const districtLabels = useMemo(() => labelPoints(city.districts, language), [city.districts, language]);
  const neighbourhoodLabels = useMemo(
    () => labelPoints(city.neighbourhoods, language),
    [city.neighbourhoods, language],
  );
  const neighbourhoodZoom = useMemo(
    () =>
      neighbourhoodLabelZoom(
        city.neighbourhoods.features.map((f) => f.geometry),
        uiScale,
      ),
    [city.neighbourhoods, uiScale],
  );
  return useMemo(
    () =>
      basemapStyleUrl ??
      basemapStyle(
        {
          districts: city.districts as GeoJSON.FeatureCollection,
          // A city without an embedded basemap still gets its districts drawn.
          roads: (city.roads ?? NO_FEATURES) as GeoJSON.FeatureCollection,
          water: (city.water ?? NO_FEATURES) as GeoJSON.FeatureCollection,
          districtLabels,
          neighbourhoodLabels,
        },
        language,
        { neighbourhoodZoom, selectedDistrictId },
        uiScale,
      ),
    [
      basemapStyleUrl,
      city,
      districtLabels,
      neighbourhoodLabels,
      language,
      neighbourhoodZoom,
      selectedDistrictId,
      uiScale,
    ],
  );
}

/**
 * The map's style: the city's own style when config.json names one that can be read, otherwise the embedded
 * basemap drawn from the city's geometry, with its names in the UI's language and the neighbourhoods of the
 * district drilled into named at any zoom. A city style that fails leaves a note and the embedded basemap.
 */
import { useMemo } from 'react';
import type { StyleSpecification } from 'maplibre-gl';
import type { CityNote } from '../../api/city-info';
import type { Language } from '../../i18n/translate';
import { basemapStyle } from '../../map/basemap-style';
import { BASEMAP, type BasemapPalette } from '../../map/palette';
import { labelPoints } from '../../map/label-points';
import { neighbourhoodLabelZoom } from '../../map/label-zoom';
import type { CityData } from '../city/use-city-data';
import { useCityStyle } from './use-city-style';

const NO_FEATURES: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

export function useMapStyle(
  city: CityData,
  language: Language,
  uiScale: number,
  selectedDistrictId: string | null,
  basemapStyleUrl: string | undefined,
  /** The embedded basemap's colours: a control room's wall is dark. */
  palette: BasemapPalette = BASEMAP,
): { style: StyleSpecification | null; notes: CityNote[] } {
  const cityStyle = useCityStyle(basemapStyleUrl);
  const embedded = useEmbeddedStyle(city, language, uiScale, selectedDistrictId, palette);
  // While the city's style is read the map waits, rather than draw the embedded one and switch.
  const style = cityStyle.style ?? (cityStyle.pending ? null : embedded);
  return useMemo(() => ({ style, notes: cityStyle.notes }), [style, cityStyle.notes]);
}

function useEmbeddedStyle(
  city: CityData,
  language: Language,
  uiScale: number,
  selectedDistrictId: string | null,
  palette: BasemapPalette,
): StyleSpecification {
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
        palette,
      ),
    [city, districtLabels, neighbourhoodLabels, language, neighbourhoodZoom, selectedDistrictId, uiScale, palette],
  );
}

/** The areas the choropleth draws at the current level, with counts from the worker's one pass. */
import type { DistrictCollection, NeighbourhoodCollection } from '../../api/schemas';
import { ratePerThousand } from '../../domain/choropleth';
import type { Language } from '../../i18n/translate';
import type { ChoroplethArea } from '../../map/layers/layer-kit';
import type { ScopeFigures } from '../../workers/request-protocol';

/** Districts of the city, or the neighbourhoods of one district when `districtId` is set. */
export function choroplethAreas(
  figures: ScopeFigures,
  districts: DistrictCollection,
  neighbourhoods: NeighbourhoodCollection,
  districtId: string | null,
  language: Language,
): ChoroplethArea[] {
  if (districtId === null) {
    return districts.features.map((f, i) => area(f.properties, f.geometry, figures.byDistrict[i] ?? 0, language));
  }
  return neighbourhoods.features.flatMap((f, i) =>
    f.properties.district_id === districtId
      ? [area(f.properties, f.geometry, figures.byNeighbourhood[i] ?? 0, language)]
      : [],
  );
}

function area(
  properties: { id: string; name: { fa: string; en: string }; population: number },
  geometry: ChoroplethArea['geometry'],
  count: number,
  language: Language,
): ChoroplethArea {
  return {
    id: properties.id,
    name: properties.name[language],
    geometry,
    count,
    population: properties.population,
    rate: ratePerThousand(count, properties.population),
  };
}

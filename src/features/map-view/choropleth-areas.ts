/** The areas the choropleth draws at the current level, with counts from the worker's one pass. */
import type { DistrictCollection, NeighbourhoodCollection } from '../../api/schemas';
import { ratePerThousand } from '../../domain/choropleth';
import type { Language } from '../../i18n/translate';
import type { ChoroplethArea, ChoroplethMeasure } from '../../map/layers/layer-kit';
import type { ScopeFigures } from '../../workers/request-protocol';

/**
 * Districts of the city, or the neighbourhoods of one district when `districtId` is set, and what the
 * choropleth colours: rates when every area has a population, counts otherwise (rates of some areas and
 * counts of others would not compare).
 */
export function choroplethAreas(
  figures: ScopeFigures,
  districts: DistrictCollection,
  neighbourhoods: NeighbourhoodCollection,
  districtId: string | null,
  language: Language,
): { areas: ChoroplethArea[]; measure: ChoroplethMeasure } {
  const areas =
    districtId === null
      ? districts.features.map((f, i) => area(f.properties, f.geometry, figures.byDistrict[i] ?? 0, language))
      : neighbourhoods.features.flatMap((f, i) =>
          f.properties.district_id === districtId
            ? [area(f.properties, f.geometry, figures.byNeighbourhood[i] ?? 0, language)]
            : [],
        );
  const measure: ChoroplethMeasure = areas.every((a) => a.population !== null) ? 'rate' : 'count';
  return { areas: areas.map((a) => ({ ...a, value: measure === 'rate' ? a.rate : a.count })), measure };
}

function area(
  properties: { id: string; name: { fa: string; en: string }; population?: number | undefined },
  geometry: ChoroplethArea['geometry'],
  count: number,
  language: Language,
): Omit<ChoroplethArea, 'value'> {
  const population = properties.population ?? null;
  return {
    id: properties.id,
    name: properties.name[language],
    geometry,
    count,
    population,
    rate: ratePerThousand(count, population),
  };
}

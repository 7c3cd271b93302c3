/** The drilldown level the URL names, checked against the city's areas: unknown ids fall back to the city. */
import type { LocalizedName } from '../../api/schemas';
import type { CityData } from '../city/use-city-data';

export interface SelectedArea {
  id: string;
  /** Position in the districts / neighbourhoods collection (the worker's area index). */
  index: number;
  name: LocalizedName;
  /** Residents, or null when the city does not say. */
  population: number | null;
}

export interface Selection {
  district: SelectedArea | null;
  neighbourhood: SelectedArea | null;
}

export function selectionOf(ids: { district: string | null; neighbourhood: string | null }, city: CityData): Selection {
  const d = city.districts.features.findIndex((f) => f.properties.id === ids.district);
  if (d < 0) return { district: null, neighbourhood: null };
  const district = city.districts.features[d]!.properties;
  const n = city.neighbourhoods.features.findIndex(
    (f) => f.properties.id === ids.neighbourhood && f.properties.district_id === district.id,
  );
  const neighbourhood = n < 0 ? null : city.neighbourhoods.features[n]!.properties;
  return {
    district: { id: district.id, index: d, name: district.name, population: district.population ?? null },
    neighbourhood: neighbourhood
      ? { id: neighbourhood.id, index: n, name: neighbourhood.name, population: neighbourhood.population ?? null }
      : null,
  };
}

import type { Language } from '../../i18n/translate';
import type { CityData } from '../city/use-city-data';
import type { AreaChild } from './area-panel';
import type { Selection } from './selection';

/** The areas one level below the selection, with their request counts, for the panel's drill list. */
export function areaChildren(
  selection: Selection,
  city: CityData,
  figures: { byDistrict: Uint32Array; byNeighbourhood: Uint32Array } | null,
  language: Language,
): { title: 'panel.districts' | 'panel.neighbourhoods' | null; items: AreaChild[] } {
  if (selection.neighbourhood) return { title: null, items: [] };
  if (selection.district) {
    const districtId = selection.district.id;
    return {
      title: 'panel.neighbourhoods',
      items: city.neighbourhoods.features.flatMap((f, i) =>
        f.properties.district_id === districtId
          ? [child(f.properties, figures?.byNeighbourhood[i] ?? 0, language)]
          : [],
      ),
    };
  }
  return {
    title: 'panel.districts',
    items: city.districts.features.map((f, i) => child(f.properties, figures?.byDistrict[i] ?? 0, language)),
  };
}

function child(
  p: { id: string; name: { fa: string; en: string }; population?: number | undefined },
  requests: number,
  language: Language,
) {
  return { id: p.id, name: p.name[language], population: p.population ?? null, requests };
}

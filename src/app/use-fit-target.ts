import { useState } from 'react';
import { areaBBox, type BBox } from '../domain/geometry';
import type { CityData } from '../features/city/use-city-data';
import type { Selection } from '../features/districts/selection';

/**
 * Where the map should fly: to the selected area whenever the selection changes (a click, Escape, Back),
 * and to the whole city on a first load without a view in the URL — never over a shared link's own view.
 */
export function useFitTarget(selection: Selection, city: CityData, hasUrlView: boolean) {
  const key = selection.neighbourhood?.id ?? selection.district?.id ?? 'city';
  const [target, setTarget] = useState<{ key: string; area: string } | null>(
    hasUrlView ? null : { key: `initial:${key}`, area: key },
  );
  const [lastKey, setLastKey] = useState(key);
  if (key !== lastKey) {
    setLastKey(key);
    setTarget({ key: `${key}:${lastKey}`, area: key });
  }
  if (!target) return null;
  const geometry =
    city.neighbourhoods.features.find((f) => f.properties.id === target.area)?.geometry ??
    city.districts.features.find((f) => f.properties.id === target.area)?.geometry;
  const bbox: BBox = geometry ? areaBBox(geometry) : city.city.bbox;
  return { key: target.key, bbox };
}

import pointOnFeature from '@turf/point-on-feature';
import type { AreaGeometry, DistrictProperties, NeighbourhoodProperties } from '../api/schemas';
import type { Language } from '../i18n/translate';
import { labelText } from './label-text';

type AreaProperties = DistrictProperties | NeighbourhoodProperties;

/** What the basemap's label layers read: the label, and the ids the selection filters them by. */
export interface LabelProperties {
  id: string;
  /** The district a neighbourhood lies in; null for a district. */
  district_id: string | null;
  label: string;
}

/** One label point per area, inside it (a centroid can fall outside a concave district). */
export function labelPoints(
  areas: { features: readonly { properties: AreaProperties; geometry: AreaGeometry }[] },
  language: Language,
): GeoJSON.FeatureCollection<GeoJSON.Point, LabelProperties> {
  return {
    type: 'FeatureCollection',
    features: areas.features.map((f) => ({
      type: 'Feature',
      geometry: pointOnFeature(f.geometry as GeoJSON.Geometry).geometry,
      properties: {
        id: f.properties.id,
        district_id: 'district_id' in f.properties ? f.properties.district_id : null,
        label: labelText(f.properties.name, language),
      },
    })),
  };
}

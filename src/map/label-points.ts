import pointOnFeature from '@turf/point-on-feature';

/** One label point per area, inside it (a centroid can fall outside a concave district). */
export function labelPoints(
  areas: GeoJSON.FeatureCollection<GeoJSON.Polygon | GeoJSON.MultiPolygon, { name: { fa: string; en: string } }>,
): GeoJSON.FeatureCollection<GeoJSON.Point> {
  return {
    type: 'FeatureCollection',
    features: areas.features.map((f) => ({
      type: 'Feature',
      geometry: pointOnFeature(f).geometry,
      properties: { name_fa: f.properties.name.fa, name_en: f.properties.name.en },
    })),
  };
}

import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from 'maplibre-gl';
import { basemapStyle, type BasemapData } from './basemap-style';

const EMPTY = { type: 'FeatureCollection', features: [] } as const;
const DATA: BasemapData = {
  districts: EMPTY as unknown as GeoJSON.FeatureCollection,
  roads: EMPTY as unknown as GeoJSON.FeatureCollection,
  water: EMPTY as unknown as GeoJSON.FeatureCollection,
  districtLabels: { type: 'FeatureCollection', features: [] },
  neighbourhoodLabels: { type: 'FeatureCollection', features: [] },
};

function layer(style: ReturnType<typeof basemapStyle>, id: string): LayerSpecification {
  const found = style.layers.find((l) => l.id === id);
  if (!found) throw new Error(`no layer ${id}`);
  return found;
}

describe('basemapStyle labels', () => {
  it('hands district names over to neighbourhood names at the given zoom', () => {
    const style = basemapStyle(DATA, 'fa', { neighbourhoodZoom: 13.2, selectedDistrictId: null });
    expect(layer(style, 'district-label')).toMatchObject({ maxzoom: 13.2 });
    expect(layer(style, 'district-label')).not.toHaveProperty('filter');
    expect(layer(style, 'neighbourhood-label')).toMatchObject({ minzoom: 13.2 });
    // Nothing drilled into: no neighbourhood is named below the handover.
    expect(layer(style, 'selected-neighbourhood-label')).toMatchObject({ maxzoom: 13.2, filter: false });
  });

  it('names the neighbourhoods of the district drilled into below the handover, instead of the district', () => {
    const style = basemapStyle(DATA, 'fa', { neighbourhoodZoom: 13.2, selectedDistrictId: '4' });
    expect(layer(style, 'selected-neighbourhood-label')).toMatchObject({
      maxzoom: 13.2,
      filter: ['==', ['get', 'district_id'], '4'],
    });
    expect(layer(style, 'district-label')).toMatchObject({ filter: ['!=', ['get', 'id'], '4'] });
    // Placed first where labels collide: MapLibre places the topmost symbol layer first.
    const ids = style.layers.map((l) => l.id);
    expect(ids.at(-1)).toBe('selected-neighbourhood-label');
  });

  it('keeps the zooms in the range MapLibre accepts', () => {
    const none = basemapStyle(DATA, 'fa', { neighbourhoodZoom: Infinity, selectedDistrictId: null });
    expect(layer(none, 'neighbourhood-label')).toMatchObject({ minzoom: 24 });
    const huge = basemapStyle(DATA, 'fa', { neighbourhoodZoom: -2, selectedDistrictId: null });
    expect(layer(huge, 'neighbourhood-label')).toMatchObject({ minzoom: 0 });
  });

  it('reads the prepared label of each area, in the language the points were made in', () => {
    const style = basemapStyle(DATA, 'en', { neighbourhoodZoom: 13, selectedDistrictId: null });
    for (const id of ['district-label', 'neighbourhood-label', 'selected-neighbourhood-label']) {
      expect((layer(style, id) as { layout: Record<string, unknown> }).layout['text-field']).toEqual(['get', 'label']);
    }
  });
});

/**
 * The embedded offline basemap: a MapLibre style built from the city's own geometry (districts, roads,
 * water), so the app draws a real map with no tile server and no request to any other host. Labels use
 * Vazirmatn, which the page loads from its own bundle; MapLibre 6 shapes Persian and lays out mixed
 * directions itself (see label-text.ts and glyph-direction.ts for what it needs from us).
 */
import type { FilterSpecification, StyleSpecification } from 'maplibre-gl';
import type { Language } from '../i18n/translate';
import type { LabelProperties } from './label-points';
import { BASEMAP } from './palette';

type LabelPoints = GeoJSON.FeatureCollection<GeoJSON.Point, LabelProperties>;

export interface BasemapData {
  districts: GeoJSON.FeatureCollection;
  roads: GeoJSON.FeatureCollection;
  water: GeoJSON.FeatureCollection;
  /** One point per district, inside it (see label-points.ts). */
  districtLabels: LabelPoints;
  /** The same for neighbourhoods. */
  neighbourhoodLabels: LabelPoints;
}

/** Which area names the map shows, and where. */
export interface LabelOptions {
  /** From this zoom neighbourhood names replace district names (see label-zoom.ts). */
  neighbourhoodZoom: number;
  /**
   * The district drilled into, or null: its neighbourhoods are named at any zoom, so they read however
   * large the district is, and its own name (the panel's title) gives way to theirs.
   */
  selectedDistrictId: string | null;
}

/** The font of every text the map draws, its labels and an exported image's title and legends. */
export const MAP_FONT = 'Vazirmatn';
const FONT = [MAP_FONT];

/** The layers that name districts and neighbourhoods. */
export const AREA_LABEL_LAYERS = ['district-label', 'neighbourhood-label', 'selected-neighbourhood-label'] as const;
/** The zoom range MapLibre accepts for a layer. */
const MAX_LAYER_ZOOM = 24;

/** `scale` enlarges labels and lines with the interface (a wall display draws everything larger). */
export function basemapStyle(
  data: BasemapData,
  language: Language,
  labels: LabelOptions,
  scale = 1,
): StyleSpecification {
  const name = ['coalesce', ['get', `name_${language}`], ['get', 'name_fa']] as unknown as string;
  const label = ['get', 'label'] as unknown as string;
  const handover = Math.max(0, Math.min(labels.neighbourhoodZoom, MAX_LAYER_ZOOM));
  const selected = labels.selectedDistrictId;
  const areaLabelPaint = { 'text-color': BASEMAP.label, 'text-halo-color': BASEMAP.labelHalo };
  return {
    version: 8,
    sources: {
      districts: { type: 'geojson', data: data.districts },
      roads: { type: 'geojson', data: data.roads },
      water: { type: 'geojson', data: data.water },
      'district-labels': { type: 'geojson', data: data.districtLabels },
      'neighbourhood-labels': { type: 'geojson', data: data.neighbourhoodLabels },
    },
    layers: [
      { id: 'outside', type: 'background', paint: { 'background-color': BASEMAP.outside } },
      { id: 'land', type: 'fill', source: 'districts', paint: { 'fill-color': BASEMAP.land } },
      {
        id: 'water-area',
        type: 'fill',
        source: 'water',
        filter: ['==', ['geometry-type'], 'Polygon'],
        paint: { 'fill-color': BASEMAP.water },
      },
      {
        id: 'water-line',
        type: 'line',
        source: 'water',
        filter: ['==', ['geometry-type'], 'LineString'],
        paint: { 'line-color': BASEMAP.water, 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 2, 16, 12] },
      },
      {
        id: 'road-casing',
        type: 'line',
        source: 'roads',
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: {
          'line-color': BASEMAP.roadCasing,
          'line-width': ['interpolate', ['linear'], ['zoom'], 10, roadWidth(1), 16, roadWidth(9)],
        },
      },
      {
        id: 'road',
        type: 'line',
        source: 'roads',
        layout: { 'line-cap': 'round', 'line-join': 'round' },
        paint: {
          'line-color': BASEMAP.road,
          'line-width': ['interpolate', ['linear'], ['zoom'], 10, roadWidth(0.5), 16, roadWidth(7)],
        },
      },
      {
        id: 'district-border',
        type: 'line',
        source: 'districts',
        paint: { 'line-color': BASEMAP.districtBorder, 'line-width': 1.5 * scale, 'line-dasharray': [3, 2] },
      },
      {
        id: 'road-label',
        type: 'symbol',
        source: 'roads',
        minzoom: 13,
        filter: ['has', 'name_fa'],
        layout: {
          'symbol-placement': 'line',
          'text-field': name,
          'text-font': FONT,
          'text-size': 12 * scale,
        },
        paint: { 'text-color': BASEMAP.label, 'text-halo-color': BASEMAP.labelHalo, 'text-halo-width': 1.5 },
      },
      {
        id: 'district-label',
        type: 'symbol',
        source: 'district-labels',
        maxzoom: handover,
        ...(selected ? { filter: ['!=', ['get', 'id'], selected] as FilterSpecification } : {}),
        layout: { 'text-field': label, 'text-font': FONT, 'text-size': 15 * scale },
        paint: { ...areaLabelPaint, 'text-halo-width': 2 },
      },
      {
        id: 'neighbourhood-label',
        type: 'symbol',
        source: 'neighbourhood-labels',
        minzoom: handover,
        layout: { 'text-field': label, 'text-font': FONT, 'text-size': 12 * scale },
        paint: { ...areaLabelPaint, 'text-halo-width': 1.5 },
      },
      // Above the others, so that its names are placed first where labels collide.
      {
        id: 'selected-neighbourhood-label',
        type: 'symbol',
        source: 'neighbourhood-labels',
        maxzoom: handover,
        filter: selected ? ['==', ['get', 'district_id'], selected] : false,
        layout: { 'text-field': label, 'text-font': FONT, 'text-size': 12 * scale },
        paint: { ...areaLabelPaint, 'text-halo-width': 1.5 },
      },
    ],
  };
}

/** Road widths scale with the road's class: motorways wider than streets. */
function roadWidth(base: number) {
  return [
    '*',
    base,
    ['match', ['get', 'class'], 'motorway', 2, 'primary', 1.6, 'secondary', 1.2, 0.7],
  ] as unknown as number;
}

/** The district / neighbourhood choropleth and the fiber network. */
import { GeoJsonLayer } from '@deck.gl/layers';
import { classify } from '../../domain/choropleth';
import { CHOROPLETH_RAMP, hexToRgb, type Rgb } from '../palette';
import { FIBER_LEGEND_ITEMS, fiberLayers } from './fiber-layers';
import { atStreetLevel, type ChoroplethArea, type LayerDefinition } from './layer-kit';

const RAMP: Rgb[] = CHOROPLETH_RAMP.map(hexToRgb);

export const CHOROPLETH_LAYER: LayerDefinition = {
  id: 'choropleth',
  title: 'layers.choropleth',
  legendTitle: (ctx) =>
    ctx.choroplethMeasure === 'rate' ? `legend.choropleth.${ctx.countBy}` : `legend.choropleth.count.${ctx.countBy}`,
  legend: (ctx) => ({ kind: 'classes', colours: CHOROPLETH_RAMP.slice(0, ctx.breaks.length + 1), breaks: ctx.breaks }),
  create: (ctx) => {
    const byId = new Map(ctx.areas.map((area) => [area.id, area]));
    const value = (f: { properties: AreaProps }) => byId.get(f.properties.id)?.value ?? 0;
    return [
      new GeoJsonLayer<AreaProps>({
        id: 'areas-choropleth',
        data: areaFeatures(ctx.areas) as never,
        filled: true,
        stroked: true,
        pickable: true,
        // At street zoom the single requests are the subject: the areas fade to a tint behind them.
        opacity: atStreetLevel(ctx) ? 0.35 : 1,
        getFillColor: (f: { properties: AreaProps }) => [...RAMP[classify(value(f), ctx.breaks)]!, 120],
        getLineColor: (f: { properties: AreaProps }) =>
          f.properties.id === ctx.selectedAreaId ? [20, 24, 28, 255] : [90, 96, 104, 200],
        getLineWidth: (f: { properties: AreaProps }) => (f.properties.id === ctx.selectedAreaId ? 3 : 1),
        lineWidthUnits: 'pixels',
        updateTriggers: {
          getFillColor: [ctx.areas, ctx.breaks],
          getLineColor: [ctx.selectedAreaId],
          getLineWidth: [ctx.selectedAreaId],
        },
      }),
    ];
  },
};

/** An area as the choropleth draws it: its shape and id; figures are looked up by id at each draw. */
interface AreaProps {
  id: string;
}

export interface AreaFeature {
  type: 'Feature';
  geometry: ChoroplethArea['geometry'];
  properties: AreaProps;
}

const featuresByAreaSet = new Map<string, AreaFeature[]>();

/**
 * One feature list per set of areas (the districts, or one district's neighbourhoods): deck.gl compares data
 * by reference, so a filter change recolours the areas instead of parsing and tessellating them again.
 */
function areaFeatures(areas: ChoroplethArea[]): AreaFeature[] {
  const key = areas.map((area) => area.id).join(' ');
  let features = featuresByAreaSet.get(key);
  if (!features) {
    features = areas.map((area) => ({ type: 'Feature', geometry: area.geometry, properties: { id: area.id } }));
    featuresByAreaSet.set(key, features);
  }
  return features;
}

export const FIBER_LAYER: LayerDefinition = {
  id: 'fiber',
  title: 'layers.fiber',
  legendTitle: () => 'legend.fiber',
  legend: () => ({ kind: 'categories', items: FIBER_LEGEND_ITEMS }),
  // A city without fiber data, or an answer that could not be read, says so in the legend: never an empty
  // layer without a word.
  legendNote: (ctx) =>
    ctx.fiberStatus === 'absent'
      ? { key: 'legend.fiber.absent', params: {} }
      : ctx.fiberStatus === 'failed'
        ? { key: 'legend.fiber.failed', params: {} }
        : null,
  create: (ctx) => (ctx.fiberView ? fiberLayers(ctx.fiberView, ctx.uiScale) : []),
};

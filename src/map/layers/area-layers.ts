/** The district / neighbourhood choropleth and the fiber network. */
import { GeoJsonLayer } from '@deck.gl/layers';
import { classify } from '../../domain/choropleth';
import { SEGMENT_STATUSES } from '../../domain/vocabulary';
import { CHOROPLETH_RAMP, SEGMENT_COLOURS, hexToRgb, type Rgb } from '../palette';
import { STREET_ZOOM, type ChoroplethArea, type LayerDefinition } from './layer-kit';

const RAMP: Rgb[] = CHOROPLETH_RAMP.map(hexToRgb);

export const CHOROPLETH_LAYER: LayerDefinition = {
  id: 'choropleth',
  title: 'layers.choropleth',
  legendTitle: (ctx) => `legend.choropleth.${ctx.countBy}`,
  legend: (ctx) => ({ kind: 'classes', colours: CHOROPLETH_RAMP.slice(0, ctx.breaks.length + 1), breaks: ctx.breaks }),
  create: (ctx) => [
    new GeoJsonLayer<ChoroplethArea>({
      id: 'areas-choropleth',
      data: ctx.areas.map((area) => ({ type: 'Feature', geometry: area.geometry, properties: area })) as never,
      filled: true,
      stroked: true,
      pickable: true,
      // At street zoom the single requests are the subject: the areas fade to a tint behind them.
      opacity: ctx.zoom >= STREET_ZOOM ? 0.35 : 1,
      getFillColor: (f: { properties: ChoroplethArea }) => [...RAMP[classify(f.properties.rate, ctx.breaks)]!, 120],
      getLineColor: (f: { properties: ChoroplethArea }) =>
        f.properties.id === ctx.selectedAreaId ? [20, 24, 28, 255] : [90, 96, 104, 200],
      getLineWidth: (f: { properties: ChoroplethArea }) => (f.properties.id === ctx.selectedAreaId ? 3 : 1),
      lineWidthUnits: 'pixels',
      updateTriggers: {
        getFillColor: [ctx.areas, ctx.breaks],
        getLineColor: [ctx.selectedAreaId],
        getLineWidth: [ctx.selectedAreaId],
      },
    }),
  ],
};

export const FIBER_LAYER: LayerDefinition = {
  id: 'fiber',
  title: 'layers.fiber',
  legendTitle: () => 'legend.fiber',
  legend: () => ({
    kind: 'categories',
    items: SEGMENT_STATUSES.map((status) => ({
      colour: SEGMENT_COLOURS[status],
      label: `fiber.${status}` as const,
      dashed: status === 'planned',
    })),
  }),
  create: (ctx) =>
    ctx.fiber
      ? [
          new GeoJsonLayer({
            id: 'fiber-segments',
            data: ctx.fiber as never,
            stroked: true,
            filled: false,
            lineWidthUnits: 'pixels',
            getLineWidth: (f: { properties: { status: keyof typeof SEGMENT_COLOURS } }) =>
              f.properties.status === 'completed' ? 3 : 2,
            getLineColor: (f: { properties: { status: keyof typeof SEGMENT_COLOURS } }) => [
              ...hexToRgb(SEGMENT_COLOURS[f.properties.status]),
              f.properties.status === 'planned' ? 150 : 230,
            ],
            pickable: true,
          }),
        ]
      : [],
};

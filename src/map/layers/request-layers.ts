/**
 * The request density layers: heatmap, hexbins and single requests. All three draw the same filtered rows
 * (RequestView), so what they show is exactly what the KPIs count.
 */
import { HeatmapLayer, HexagonLayer } from '@deck.gl/aggregation-layers';
import { ScatterplotLayer } from '@deck.gl/layers';
import { FIRST_CLOSED_STAGE } from '../../domain/vocabulary';
import { HEATMAP_RAMP, HEXBIN_RAMP, STATUS_COLOURS, hexToRgb } from '../palette';
import type { RequestView } from '../../workers/request-protocol';
import { STREET_ZOOM, type LayerContext, type LayerDefinition } from './layer-kit';

const HEX_RADIUS_M = 150;

/**
 * deck.gl compares `data` by reference: one data object per view (not one per zoom step) keeps a million
 * positions from being uploaded and aggregated again whenever the map moves.
 */
interface BinaryRequests {
  length: number;
  attributes: {
    getPosition: { value: Float32Array; size: 2 };
    getFillColor?: { value: Uint8Array; size: 3; normalized: true };
  };
}

const positionsByView = new WeakMap<RequestView, BinaryRequests>();

function binaryPositions(ctx: LayerContext): BinaryRequests {
  const view = ctx.view!;
  let data = positionsByView.get(view);
  if (!data) {
    data = { length: view.count, attributes: { getPosition: { value: view.positions, size: 2 } } };
    positionsByView.set(view, data);
  }
  return data;
}

export const HEATMAP_LAYER: LayerDefinition = {
  id: 'heatmap',
  title: 'layers.heatmap',
  legendTitle: 'legend.heatmap',
  legend: () => ({ kind: 'ramp', colours: HEATMAP_RAMP, low: 'legend.low', high: 'legend.high' }),
  create: (ctx) =>
    ctx.view
      ? [
          new HeatmapLayer({
            id: 'requests-heatmap',
            data: binaryPositions(ctx),
            radiusPixels: 28,
            intensity: 1,
            // Only real concentrations are coloured, so the choropleth stays readable underneath.
            threshold: 0.15,
            colorRange: HEATMAP_RAMP.map(hexToRgb),
            opacity: 0.7,
            aggregation: 'SUM',
          }),
        ]
      : [],
};

export const HEXBIN_LAYER: LayerDefinition = {
  id: 'hexbin',
  title: 'layers.hexbin',
  legendTitle: 'legend.hexbin',
  legend: () => ({ kind: 'ramp', colours: HEXBIN_RAMP, low: 'legend.low', high: 'legend.high' }),
  create: (ctx) =>
    ctx.view
      ? [
          new HexagonLayer({
            id: 'requests-hexbin',
            // HexagonLayer's CPU aggregation ignores binary attributes (nothing is drawn), so positions are
            // read through an accessor by index, into deck's reusable target, without per-row objects.
            data: { length: ctx.view.count },
            getPosition: (_: unknown, { index, target }: { index: number; target: number[] }) => {
              target[0] = ctx.view!.positions[2 * index]!;
              target[1] = ctx.view!.positions[2 * index + 1]!;
              return target as [number, number];
            },
            radius: HEX_RADIUS_M,
            colorRange: HEXBIN_RAMP.map(hexToRgb),
            colorScaleType: 'quantile',
            opacity: 0.7,
            pickable: true,
            extruded: false,
          }),
        ]
      : [],
};

export const POINTS_LAYER: LayerDefinition = {
  id: 'points',
  title: 'layers.points',
  legendTitle: 'legend.points',
  legend: () => ({
    kind: 'categories',
    items: [
      { colour: STATUS_COLOURS.open, label: 'status.open' },
      { colour: STATUS_COLOURS.closed, label: 'status.closed' },
    ],
  }),
  legendNote: (ctx) =>
    ctx.zoom < STREET_ZOOM ? { key: 'legend.points.zoomHint', params: { zoom: STREET_ZOOM } } : null,
  create: (ctx) => {
    if (!ctx.view || ctx.zoom < STREET_ZOOM) return [];
    return [
      new ScatterplotLayer({
        id: 'requests-points',
        data: pointsData(ctx.view),
        radiusUnits: 'pixels',
        getRadius: 4,
        stroked: true,
        getLineColor: [255, 255, 255],
        lineWidthUnits: 'pixels',
        getLineWidth: 1,
        pickable: true,
      }),
    ];
  },
};

const pointsByView = new WeakMap<RequestView, BinaryRequests>();

/** Positions and the open or closed colour of each request, built once per view. */
function pointsData(view: RequestView): BinaryRequests {
  let data = pointsByView.get(view);
  if (!data) {
    const open = hexToRgb(STATUS_COLOURS.open);
    const closed = hexToRgb(STATUS_COLOURS.closed);
    const colours = new Uint8Array(view.count * 3);
    for (let i = 0; i < view.count; i++) colours.set(view.stage[i]! >= FIRST_CLOSED_STAGE ? closed : open, i * 3);
    data = {
      length: view.count,
      attributes: {
        getPosition: { value: view.positions, size: 2 },
        getFillColor: { value: colours, size: 3, normalized: true },
      },
    };
    pointsByView.set(view, data);
  }
  return data;
}

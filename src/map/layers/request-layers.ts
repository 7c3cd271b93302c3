/**
 * The request density layers: heatmap, hexbins and single requests. The heatmap and the single requests draw
 * every request inside the city, uploaded once per load, and filter them on the GPU with the range of the
 * figures' filter (see request-filter-range.ts), so what they show is exactly what the KPIs count and a filter
 * change uploads nothing. Hexbins come counted from the worker, under the same filter.
 */
import { DataFilterExtension } from '@deck.gl/extensions';
import { ColumnLayer, ScatterplotLayer } from '@deck.gl/layers';
import { classify, quantileBreaks } from '../../domain/choropleth';
import { FIRST_CLOSED_STAGE } from '../../domain/vocabulary';
import { HEATMAP_RAMP, HEXBIN_RAMP, STATUS_COLOURS, hexToRgb } from '../palette';
import type { DrawableRequests, HexBins } from '../../workers/request-protocol';
import { FilteredHeatmapLayer } from './filtered-heatmap-layer';
import { perObject, showsSingleRequests, streetZoom, type LayerContext, type LayerDefinition } from './layer-kit';

/**
 * One array, not one per render: the heatmap rebuilds its colour texture whenever `colorRange` is new. Its
 * lowest colour is transparent, so that ordinary density fades into the choropleth instead of veiling it.
 */
const HEATMAP_COLOURS = HEATMAP_RAMP.map((hex, i): [number, number, number, number] => [
  ...hexToRgb(hex),
  i === 0 ? 0 : 255,
]);
/** One instance for every layer: deck.gl compares extensions by reference and recompiles shaders otherwise. */
const GPU_FILTER = [new DataFilterExtension({ filterSize: 3 })];

/**
 * deck.gl compares `data` by reference: one data object per load keeps a million positions from being
 * uploaded again when the map moves or a filter changes.
 */
interface BinaryRequests {
  length: number;
  attributes: {
    getPosition: { value: Float32Array; size: 2 };
    getFilterValue: { value: Float32Array; size: 3 };
    getFillColor?: { value: Uint8Array; size: 3; normalized: true };
  };
}

const binaryPositions = perObject((requests: DrawableRequests): BinaryRequests => ({
  length: requests.count,
  attributes: {
    getPosition: { value: requests.positions, size: 2 },
    getFilterValue: { value: requests.filterValues, size: 3 },
  },
}));

/** The props every request layer shares: its data and the GPU filter. */
function filtered(ctx: LayerContext, data: BinaryRequests) {
  return { data, extensions: GPU_FILTER, filterRange: ctx.requestFilter };
}

export const HEATMAP_LAYER: LayerDefinition = {
  id: 'heatmap',
  title: 'layers.heatmap',
  legendTitle: () => 'legend.heatmap',
  legend: () => ({ kind: 'ramp', colours: HEATMAP_RAMP, low: 'legend.low', high: 'legend.high' }),
  create: (ctx) =>
    ctx.requests
      ? [
          new FilteredHeatmapLayer({
            id: 'requests-heatmap',
            ...filtered(ctx, binaryPositions(ctx.requests)),
            radiusPixels: 28,
            intensity: 1,
            // No threshold: the layer scales its colours to the density on screen (heatmap-domain.ts), so
            // only real concentrations are coloured and the choropleth stays readable underneath.
            colorRange: HEATMAP_COLOURS,
            opacity: 0.7,
            aggregation: 'SUM',
          }),
        ]
      : [],
};

export const HEXBIN_LAYER: LayerDefinition = {
  id: 'hexbin',
  title: 'layers.hexbin',
  legendTitle: (ctx) => `legend.hexbin.${ctx.countBy}`,
  legend: () => ({ kind: 'ramp', colours: HEXBIN_RAMP, low: 'legend.low', high: 'legend.high' }),
  // Binned in the worker (each request's bin is found once per load), so only the filled bins come here.
  create: (ctx) =>
    ctx.hexBins
      ? [
          new ColumnLayer({
            id: 'requests-hexbin',
            data: hexBinData(ctx.hexBins),
            // Six corners from angle 0: the worker's flat-topped hexagons, radius centre to corner.
            diskResolution: 6,
            radius: ctx.hexBins.radius,
            extruded: false,
            opacity: 0.7,
            pickable: true,
          }),
        ]
      : [],
};

interface BinaryHexBins {
  length: number;
  counts: Uint32Array;
  attributes: {
    getPosition: { value: Float32Array; size: 2 };
    getFillColor: { value: Uint8Array; size: 3; normalized: true };
  };
}

/** Centres and colours of the filled bins, coloured by quantile class of their counts. */
const hexBinData = perObject((bins: HexBins): BinaryHexBins => {
  const ramp = HEXBIN_RAMP.map(hexToRgb);
  const breaks = quantileBreaks(Array.from(bins.counts), ramp.length);
  const colours = new Uint8Array(bins.counts.length * 3);
  bins.counts.forEach((count, i) => colours.set(ramp[classify(count, breaks)]!, i * 3));
  return {
    length: bins.counts.length,
    counts: bins.counts,
    attributes: {
      getPosition: { value: bins.positions, size: 2 },
      getFillColor: { value: colours, size: 3, normalized: true },
    },
  };
});

export const POINTS_LAYER: LayerDefinition = {
  id: 'points',
  title: 'layers.points',
  legendTitle: () => 'legend.points',
  legend: () => ({
    kind: 'categories',
    items: [
      { colour: STATUS_COLOURS.open, label: 'status.open' },
      { colour: STATUS_COLOURS.closed, label: 'status.closed' },
    ],
  }),
  legendNote: (ctx) =>
    showsSingleRequests(ctx)
      ? null
      : { key: 'legend.points.zoomHint', params: { zoom: Math.round(streetZoom(ctx.uiScale) * 10) / 10 } },
  create: (ctx) => {
    if (!ctx.requests || !showsSingleRequests(ctx)) return [];
    return [
      new ScatterplotLayer({
        id: 'requests-points',
        ...filtered(ctx, pointsData(ctx.requests)),
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

/** Positions, filter values and the open or closed colour of each request, built once per load. */
const pointsData = perObject((requests: DrawableRequests): BinaryRequests => {
  const open = hexToRgb(STATUS_COLOURS.open);
  const closed = hexToRgb(STATUS_COLOURS.closed);
  const colours = new Uint8Array(requests.count * 3);
  for (let i = 0; i < requests.count; i++) {
    colours.set(requests.stage[i]! >= FIRST_CLOSED_STAGE ? closed : open, i * 3);
  }
  const { attributes } = binaryPositions(requests);
  return {
    length: requests.count,
    attributes: { ...attributes, getFillColor: { value: colours, size: 3, normalized: true } },
  };
});

/**
 * The online share of e-services by district: each district coloured by its share of the period's
 * transactions completed online, in round classes of percentage points; a district without transactions is
 * grey and the legend says it has no data. A city without e-services, or an answer that could not be read,
 * is said in the legend's note.
 */
import { GeoJsonLayer } from '@deck.gl/layers';
import { classify } from '../../domain/choropleth';
import { NO_DATA_COLOUR, SHARE_RAMP, hexToRgb, spreadRamp } from '../palette';
import type { LayerContext, LayerDefinition, ShareArea } from './layer-kit';

/** The colours of the layer's classes: one more than its bounds. */
export function shareColours(breaks: readonly number[]): string[] {
  return breaks.length === 0 ? [] : spreadRamp(SHARE_RAMP, breaks.length + 1);
}

/** A district's colour: its share's class, or the no-data grey. */
export function shareColour(share: number | null, breaks: readonly number[]): string {
  return share === null || breaks.length === 0 ? NO_DATA_COLOUR : shareColours(breaks)[classify(share, breaks)]!;
}

interface ShareFeature {
  type: 'Feature';
  geometry: ShareArea['geometry'];
  properties: ShareArea;
}

const featuresOf = (ctx: LayerContext): ShareFeature[] =>
  (ctx.eservices?.areas ?? []).map((area) => ({ type: 'Feature', geometry: area.geometry, properties: area }));

export const ESERVICES_LAYER: LayerDefinition = {
  id: 'eservices',
  title: 'layers.eservices',
  legendTitle: () => 'legend.eservices',
  legend: (ctx) => {
    const breaks = ctx.eservices?.breaks ?? [];
    const noData = ctx.eservices?.areas.some((a) => a.share === null) ?? false;
    return {
      kind: 'classes',
      colours: shareColours(breaks),
      breaks,
      percent: true,
      ...(noData ? { noData: { colour: NO_DATA_COLOUR, label: 'legend.eservices.noData' as const } } : {}),
    };
  },
  legendNote: (ctx) =>
    ctx.eservicesStatus === 'absent'
      ? { key: 'legend.eservices.absent', params: {} }
      : ctx.eservicesStatus === 'failed'
        ? { key: 'legend.eservices.failed', params: {} }
        : null,
  create: (ctx) => {
    const data = ctx.eservices;
    if (!data) return [];
    return [
      new GeoJsonLayer<ShareArea>({
        id: 'eservices-shares',
        data: featuresOf(ctx) as never,
        filled: true,
        stroked: true,
        pickable: true,
        getFillColor: (f: { properties: ShareArea }) => [
          ...hexToRgb(shareColour(f.properties.share, data.breaks)),
          170,
        ],
        getLineColor: [70, 60, 110, 220],
        getLineWidth: 1.5,
        lineWidthUnits: 'pixels',
        updateTriggers: { getFillColor: [data] },
      }),
    ];
  },
};

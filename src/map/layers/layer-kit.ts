/**
 * What every layer definition receives and returns. Layers are plain objects in a registry
 * (see layer-registry.ts); `create` is a pure factory of deck.gl layers.
 */
import type { Layer } from '@deck.gl/core';
import type { Language, MessageKey } from '../../i18n/translate';
import type { ShareCell } from '../../domain/eservices/online-share';
import type { AreaShape } from '../../domain/geometry';
import type { CountBy, DrawableRequests, HexBins } from '../../workers/request-protocol';
import type { FiberLayerView } from './fiber-layers';
import type { FilterRange } from './request-filter-range';
import type { LegendSpec } from '../../ui/legend';

/** Single requests are drawn from this zoom (street level) on a desktop; below it they are an unreadable blur. */
export const STREET_ZOOM = 14.5;

/**
 * The zoom street level starts at for an interface drawn `uiScale` times larger than on a desktop: a 4K wall
 * shows a district at a zoom one and a half steps higher with the same ground on screen, so it reaches street
 * level that much later.
 */
export function streetZoom(uiScale: number): number {
  return STREET_ZOOM + Math.log2(Math.max(1, uiScale));
}

/** True when the map shows street level (see streetZoom). */
export function atStreetLevel(ctx: Pick<LayerContext, 'zoom' | 'uiScale'>): boolean {
  return ctx.zoom >= streetZoom(ctx.uiScale);
}

/**
 * A data set this small (a file of a few dozen rows, a new city's first weeks) is drawn request by request at
 * any zoom: its heatmap is a few faint spots that the density scale rightly keeps below a concentration, and
 * a map that draws none of the requests the KPIs count reads as broken.
 */
export const FEW_REQUESTS = 2000;

/** True when single requests are drawn: at street level, or at any zoom for a small data set. */
export function showsSingleRequests(ctx: Pick<LayerContext, 'zoom' | 'uiScale' | 'requests'>): boolean {
  return atStreetLevel(ctx) || (ctx.requests !== null && ctx.requests.count <= FEW_REQUESTS);
}

/** True when the context holds the load and the worker's figures: its layers then draw the current data. */
export function holdsFigures(ctx: Pick<LayerContext, 'requests' | 'hasFigures'>): boolean {
  return ctx.requests !== null && ctx.hasFigures;
}

/**
 * `build` memoised per input object, compared by reference as deck.gl compares `data`: the binary data of one
 * load or one result is built once and keeps its identity, so deck.gl does not upload it again.
 */
export function perObject<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const built = new WeakMap<K, V>();
  return (key) => {
    let value = built.get(key);
    if (value === undefined) {
      value = build(key);
      built.set(key, value);
    }
    return value;
  };
}

export const LAYER_IDS = ['choropleth', 'heatmap', 'hexbin', 'points', 'fiber', 'eservices'] as const;
export type LayerId = (typeof LAYER_IDS)[number];

/** One area drawn in the choropleth, with the value already computed by the worker. */
export interface ChoroplethArea {
  id: string;
  name: string;
  geometry: AreaShape;
  count: number;
  /** Residents, or null when the city does not say. */
  population: number | null;
  /** Requests per 1,000 residents; NaN without a population. */
  rate: number;
  /** What the choropleth colours: the rate, or the count when some area of the level has no population. */
  value: number;
}

/** A district with its online share of e-service transactions over the period (null: no transaction). */
export interface ShareArea extends ShareCell {
  id: string;
  name: string;
  geometry: AreaShape;
}

/** What the e-service layer draws: every district, and the class bounds of its shares. */
export interface EServiceAreas {
  areas: ShareArea[];
  /** Upper bounds of the share classes, as fractions (see shareBreaks). */
  breaks: number[];
}

/** The choropleth colours rates per 1,000 residents when every area has a population, counts otherwise. */
export type ChoroplethMeasure = 'rate' | 'count';

export interface LayerContext {
  language: Language;
  zoom: number;
  /** How much larger than on a desktop the interface is drawn (see useUiScale). */
  uiScale: number;
  /** Every drawable request of the load, or null before the first load. */
  requests: DrawableRequests | null;
  /** The GPU filter of the request layers: the same requests the city's figures count. */
  requestFilter: FilterRange;
  /** Whether the worker's first figures have come: until then the areas are empty and only requests draw. */
  hasFigures: boolean;
  /** Hexagonal bins of the current figures, or null before the first result. */
  hexBins: HexBins | null;
  /** What the choropleth and the hexbins count: raw requests or distinct problems. */
  countBy: CountBy;
  areas: ChoroplethArea[];
  choroplethMeasure: ChoroplethMeasure;
  /** Class breaks of the choropleth (upper bounds), one fewer than its colours. */
  breaks: number[];
  selectedAreaId: string | null;
  /** The fiber network at the playback's instant, or null without one. */
  fiberView: FiberLayerView | null;
  /** Why `fiberView` is null, when it is: still loading, a city without fiber data, or an answer that failed. */
  fiberStatus: 'loading' | 'ready' | 'absent' | 'failed';
  /** The districts' online shares of e-services, or null while there are none to draw. */
  eservices: EServiceAreas | null;
  /** Why `eservices` is null, when it is, as for the fiber network. */
  eservicesStatus: 'loading' | 'ready' | 'absent' | 'failed';
}

export interface LayerDefinition {
  id: LayerId;
  title: MessageKey;
  legendTitle: (ctx: LayerContext) => MessageKey;
  legend(ctx: LayerContext): LegendSpec;
  /** A note under the legend, e.g. the zoom from which the layer shows. */
  legendNote?: (ctx: LayerContext) => { key: MessageKey; params: Record<string, number> } | null;
  create(ctx: LayerContext): Layer[];
}

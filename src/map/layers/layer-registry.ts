import type { Layer } from '@deck.gl/core';
import { CHOROPLETH_LAYER, FIBER_LAYER } from './area-layers';
import { ESERVICES_LAYER } from './eservice-layer';
import type { LayerContext, LayerDefinition, LayerId } from './layer-kit';
import { HEATMAP_LAYER, HEXBIN_LAYER, POINTS_LAYER } from './request-layers';

/** Every map layer, bottom to top. */
export const LAYER_REGISTRY: readonly LayerDefinition[] = [
  CHOROPLETH_LAYER,
  ESERVICES_LAYER,
  HEATMAP_LAYER,
  HEXBIN_LAYER,
  FIBER_LAYER,
  POINTS_LAYER,
];

export const DEFAULT_LAYERS: readonly LayerId[] = ['choropleth', 'heatmap', 'points'];

export function layerDefinition(id: LayerId): LayerDefinition {
  return LAYER_REGISTRY.find((layer) => layer.id === id)!;
}

/** The active layers' definitions, bottom to top. */
export function activeDefinitions(active: readonly LayerId[]): LayerDefinition[] {
  return LAYER_REGISTRY.filter((layer) => active.includes(layer.id));
}

/** The deck.gl layers of the active layers over `ctx`, bottom to top. */
export function createLayers(active: readonly LayerId[], ctx: LayerContext): Layer[] {
  return activeDefinitions(active).flatMap((layer) => layer.create(ctx));
}

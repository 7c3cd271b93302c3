/**
 * deck.gl's HeatmapLayer with DataFilterExtension. The extension's shader code reaches the heatmap's weights
 * pass (it is injected at the start and end of main), but its uniforms are only set on the layer's own models
 * at draw time — after the weights pass has run — so this layer hands them to the weights pass too. The
 * colour quad drawn from the weights has no filter values and must not be filtered, so, as HexagonLayer does
 * for its cells, the extension is not passed down to it. And HeatmapLayer treats any change of a prop it does
 * not know (the filter range) as new data: it re-measures the bounds of every point on the CPU and rebuilds
 * and relinks its weights shader. A filter change only needs the weights drawn again.
 *
 * Its colour scale is not deck.gl's (the densest texel of the weights, wherever it lies): it follows the
 * density of the requests that pass the filter on screen (heatmap-domain.ts), measured again whenever the
 * weights are drawn and once the view has come to rest.
 */
import { HeatmapLayer, type HeatmapLayerProps } from '@deck.gl/aggregation-layers';
import type { LayerContext, UpdateParameters } from '@deck.gl/core';
import type { DataFilterExtensionProps } from '@deck.gl/extensions';
import { densityDomain } from './heatmap-domain';
import type { FilterRange } from './request-filter-range';

type Props = HeatmapLayerProps & DataFilterExtensionProps;

/** The binary data this layer is given (request-layers.ts): positions and filter values per request. */
interface FilteredRequests {
  attributes: { getPosition: { value: Float32Array }; getFilterValue: { value: Float32Array } };
}

/** How long the view must rest before the scale follows it: a pan would otherwise recount at every frame. */
const DOMAIN_DEBOUNCE_MS = 300;

/**
 * How long after the view comes to rest the heatmap may still change: deck.gl draws the weights again after
 * its debounce (`debounceTimeout`, 500 ms by default) and the scale follows after its own.
 */
export const HEATMAP_SETTLE_MS = 500 + DOMAIN_DEBOUNCE_MS;

export class FilteredHeatmapLayer extends HeatmapLayer<unknown, DataFilterExtensionProps> {
  static layerName = 'FilteredHeatmapLayer';

  declare state: HeatmapLayer['state'] & {
    /** The scale measured when the weights were last drawn, or null when no request was on screen. */
    domain?: [number, number] | null;
    /** The zoom the weights were last drawn at. */
    weightsZoom?: number;
    domainTimer?: ReturnType<typeof setTimeout>;
  };

  override _updateWeightmap(): void {
    const { extensions, filterEnabled, filterRange, filterSoftRange, filterTransformSize, filterTransformColor } = this
      .props as Props;
    this.state.weightsTransform?.model.shaderInputs.setProps({
      dataFilter: {
        extensions,
        filterEnabled,
        filterRange,
        filterSoftRange,
        filterTransformSize,
        filterTransformColor,
      },
    });
    const domain = this._densityDomain();
    this.state.domain = domain;
    super._updateWeightmap();
    this.state.weightsZoom = this.context.viewport.zoom;
    if (domain) this.state.colorDomain = domain;
  }

  /**
   * deck.gl's own scale, the densest texel, is a pass over every texel of the weights (four million of them):
   * only needed when no request is on screen to measure.
   */
  override _updateMaxWeightValue(): void {
    if (!this.state.domain) super._updateMaxWeightValue();
  }

  override updateState(opts: UpdateParameters<this>): void {
    super.updateState(opts);
    // The weights are drawn again (and the domain with them) after a zoom and on leaving the area they cover,
    // not on every pan. Their values are densities per pixel at the zoom they were drawn at, so after a zoom
    // the domain waits for them: measured at the new zoom it would not match the old weights.
    if (opts.changeFlags.viewportChanged) {
      clearTimeout(this.state.domainTimer);
      this.state.domainTimer = setTimeout(() => {
        // Layers are made anew at every render; their state passes to the latest, which has the current props.
        const layer = this.internalState?.layer as FilteredHeatmapLayer | null | undefined;
        if (!layer || layer.context.viewport.zoom !== layer.state.weightsZoom) return;
        const colorDomain = layer._densityDomain();
        // With nothing on screen to measure, the last scale stands (deck.gl's maximum was not measured).
        if (colorDomain) layer.setState({ domain: colorDomain, colorDomain });
      }, DOMAIN_DEBOUNCE_MS);
    }
  }

  override finalizeState(context: LayerContext): void {
    clearTimeout(this.state.domainTimer);
    super.finalizeState(context);
  }

  /** The domain for the requests on screen, in the weights texture's units; null when none is there. */
  private _densityDomain(): [number, number] | null {
    const { viewport } = this.context;
    const { radiusPixels, intensity } = this.props;
    const { data, filterRange } = this.props as Props;
    const { attributes } = data as unknown as FilteredRequests;
    const [west, north] = viewport.unproject([0, 0]) as [number, number];
    const [east, south] = viewport.unproject([viewport.width, viewport.height]) as [number, number];
    const domain = densityDomain(
      attributes.getPosition.value,
      attributes.getFilterValue.value,
      filterRange as FilterRange,
      { west, south, east, north, width: viewport.width, height: viewport.height },
      radiusPixels,
    );
    // The colour shader multiplies the weights by the intensity before comparing them with the domain.
    const scale = this.state.weightsScale * intensity;
    return domain && [domain[0] * scale, domain[1] * scale];
  }

  override _getChangeFlags(opts: UpdateParameters<this>): ReturnType<HeatmapLayer['_getChangeFlags']> {
    const flags = super._getChangeFlags(opts);
    const sameData = !opts.changeFlags.dataChanged && !opts.changeFlags.extensionsChanged && !this.isAttributeChanged();
    if (flags.dataChanged && sameData) {
      flags.dataChanged = false;
      this.setState({ isWeightMapDirty: true });
    }
    return flags;
  }

  override getSubLayerProps(sublayerProps?: Parameters<HeatmapLayer['getSubLayerProps']>[0]) {
    return { ...super.getSubLayerProps(sublayerProps), extensions: [] };
  }
}

/**
 * deck.gl's HeatmapLayer with DataFilterExtension. The extension's shader code reaches the heatmap's weights
 * pass (it is injected at the start and end of main), but its uniforms are only set on the layer's own models
 * at draw time — after the weights pass has run — so this layer hands them to the weights pass too. The
 * colour quad drawn from the weights has no filter values and must not be filtered, so, as HexagonLayer does
 * for its cells, the extension is not passed down to it. And HeatmapLayer treats any change of a prop it does
 * not know (the filter range) as new data: it re-measures the bounds of every point on the CPU and rebuilds
 * and relinks its weights shader. A filter change only needs the weights drawn again.
 */
import { HeatmapLayer, type HeatmapLayerProps } from '@deck.gl/aggregation-layers';
import type { UpdateParameters } from '@deck.gl/core';
import type { DataFilterExtensionProps } from '@deck.gl/extensions';

type Props = HeatmapLayerProps & DataFilterExtensionProps;

export class FilteredHeatmapLayer extends HeatmapLayer<unknown, DataFilterExtensionProps> {
  static layerName = 'FilteredHeatmapLayer';

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
    super._updateWeightmap();
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

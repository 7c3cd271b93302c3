/** The legends of the active layers, as the layer panel shows them and an exported map image draws them. */
import type { LayerContext, LayerId } from '../../map/layers/layer-kit';
import { activeDefinitions } from '../../map/layers/layer-registry';
import type { Format } from '../../ui/format';
import type { I18n } from '../../ui/i18n-context';
import type { LegendSpec } from '../../ui/legend';

export interface LayerLegend {
  id: LayerId;
  title: string;
  spec: LegendSpec;
  note: string | null;
}

/** The topmost layer's legend first, as a reader looks down the layer stack. */
export function layerLegends(
  active: readonly LayerId[],
  ctx: LayerContext,
  t: I18n['t'],
  format: Format,
): LayerLegend[] {
  return activeDefinitions(active)
    .reverse()
    .map((layer) => {
      const note = layer.legendNote?.(ctx);
      return {
        id: layer.id,
        title: t(layer.legendTitle(ctx)),
        spec: layer.legend(ctx),
        note: note ? t(note.key, formatParams(note.params, format)) : null,
      };
    });
}

/** Legend figures: rates and counts to a tenth at most. */
export function legendNumber(format: Format): (n: number, options?: Intl.NumberFormatOptions) => string {
  return (n, options) => format.number(n, { maximumFractionDigits: 1, ...options });
}

function formatParams(params: Record<string, number>, format: Format): Record<string, string> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, format.number(v)]));
}

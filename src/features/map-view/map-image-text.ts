/** What an exported map image says about itself: where, which period, which layers, as of when, and their legends. */
import type { LayerContext, LayerId } from '../../map/layers/layer-kit';
import { activeDefinitions } from '../../map/layers/layer-registry';
import type { MapImageText } from '../../map/map-image-layout';
import type { Format } from '../../ui/format';
import type { I18n } from '../../ui/i18n-context';
import { legendEntries } from '../../ui/legend-entries';
import { layerLegends, legendNumber } from './layer-legends';

export interface MapImageScope {
  /** The city, then the district and the neighbourhood shown, in the UI language. */
  places: string[];
  /** The period's label in the city's calendar (period.label(format)). */
  period: string;
  /** When the data on the map was read (epoch seconds). */
  asOf: number;
}

export function mapImageText(
  scope: MapImageScope,
  active: readonly LayerId[],
  ctx: LayerContext,
  { t }: Pick<I18n, 't'>,
  format: Format,
): MapImageText {
  const names = activeDefinitions(active).map((layer) => t(layer.title));
  return {
    title: scope.places.join(' — '),
    lines: [
      `${scope.period} · ${t('mapImage.asOf', { time: format.dateTime(scope.asOf) })}`,
      ...(names.length > 0 ? [t('mapImage.layers', { names: format.list(names) })] : []),
    ],
    legends: layerLegends(active, ctx, t, format).map((legend) => ({
      title: legend.title,
      entries: legendEntries(legend.spec, t, legendNumber(format)),
      note: legend.note,
    })),
  };
}

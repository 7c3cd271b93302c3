import type { ReactNode } from 'react';
import type { LayerContext, LayerId } from '../../map/layers/layer-kit';
import { LAYER_REGISTRY } from '../../map/layers/layer-registry';
import type { Format } from '../../ui/format';
import { useI18n } from '../../ui/i18n-context';
import { Legend } from '../../ui/legend';
import { layerLegends, legendNumber } from './layer-legends';

/** Layer switches, a legend for every visible layer, and what can be done with the map (`actions`). */
export function LayerPanel(props: {
  active: LayerId[];
  context: LayerContext;
  onToggle: (id: LayerId, on: boolean) => void;
  format: Format;
  actions?: ReactNode;
}) {
  const { t } = useI18n();
  return (
    <section className="layer-panel" aria-label={t('layers.title')} data-testid="layer-panel">
      <h2>{t('layers.title')}</h2>
      <ul className="layer-panel__switches">
        {LAYER_REGISTRY.map((layer) => (
          <li key={layer.id}>
            <label>
              <input
                type="checkbox"
                data-testid={`layer-${layer.id}`}
                checked={props.active.includes(layer.id)}
                onChange={(e) => props.onToggle(layer.id, e.target.checked)}
              />
              <span>{t(layer.title)}</span>
            </label>
          </li>
        ))}
      </ul>
      <div className="layer-panel__legends">
        {layerLegends(props.active, props.context, t, props.format).map((legend) => (
          <Legend
            key={legend.id}
            title={legend.title}
            spec={legend.spec}
            note={legend.note}
            formatNumber={legendNumber(props.format)}
          />
        ))}
      </div>
      {props.actions}
    </section>
  );
}

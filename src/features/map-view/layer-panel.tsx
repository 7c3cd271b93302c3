import type { LayerContext, LayerId } from '../../map/layers/layer-kit';
import { LAYER_REGISTRY } from '../../map/layers/layer-registry';
import type { Format } from '../../ui/format';
import { useI18n } from '../../ui/i18n-context';
import { Legend } from '../../ui/legend';

/** Layer switches, and a legend for every visible layer. */
export function LayerPanel(props: {
  active: LayerId[];
  context: LayerContext;
  onToggle: (id: LayerId, on: boolean) => void;
  format: Format;
}) {
  const { t } = useI18n();
  const visible = LAYER_REGISTRY.filter((layer) => props.active.includes(layer.id));
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
        {[...visible].reverse().map((layer) => {
          const note = layer.legendNote?.(props.context);
          return (
            <Legend
              key={layer.id}
              title={t(layer.legendTitle(props.context))}
              spec={layer.legend(props.context)}
              note={note ? t(note.key, formatParams(note.params, props.format)) : null}
              formatNumber={(n, options) => props.format.number(n, { maximumFractionDigits: 1, ...options })}
            />
          );
        })}
      </div>
    </section>
  );
}

function formatParams(params: Record<string, number>, format: Format): Record<string, string> {
  return Object.fromEntries(Object.entries(params).map(([k, v]) => [k, format.number(v)]));
}

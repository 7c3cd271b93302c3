import type { MessageKey } from '../i18n/translate';
import { useI18n } from './i18n-context';

/** What a layer's legend shows: a continuous ramp, classed colours with their breaks, or categories. */
export type LegendSpec =
  | { kind: 'ramp'; colours: readonly string[]; low: MessageKey; high: MessageKey }
  | { kind: 'categories'; items: { colour: string; label: MessageKey; dashed?: boolean; outline?: boolean }[] }
  | {
      kind: 'classes';
      colours: readonly string[];
      breaks: number[];
      /** The breaks are fractions, shown as percentages. */
      percent?: boolean;
      /** A class for areas without a value, after the others. */
      noData?: { colour: string; label: MessageKey };
    };

export function Legend({
  title,
  spec,
  note,
  formatNumber,
}: {
  title: string;
  spec: LegendSpec;
  note?: string | null;
  formatNumber: (n: number, options?: Intl.NumberFormatOptions) => string;
}) {
  const { t } = useI18n();
  return (
    <figure className="legend" data-testid="legend">
      <figcaption>{title}</figcaption>
      {spec.kind === 'ramp' ? (
        <>
          <div
            className="legend__ramp"
            style={{ background: `linear-gradient(to right, ${spec.colours.join(', ')})` }}
          />
          <div className="legend__ends">
            <span>{t(spec.low)}</span>
            <span>{t(spec.high)}</span>
          </div>
        </>
      ) : null}
      {spec.kind === 'classes' ? (
        <ol className="legend__classes">
          {spec.colours.map((colour, i) => (
            <li key={colour}>
              <span className="legend__swatch" style={{ background: colour }} />
              <span>{classLabel(spec.breaks, i, spec.percent ? (n) => formatNumber(n, PERCENT) : formatNumber)}</span>
            </li>
          ))}
          {spec.noData ? (
            <li data-testid="legend-no-data">
              <span className="legend__swatch" style={{ background: spec.noData.colour }} />
              <span>{t(spec.noData.label)}</span>
            </li>
          ) : null}
        </ol>
      ) : null}
      {spec.kind === 'categories' ? (
        <ul className="legend__categories">
          {spec.items.map((item) => (
            <li key={item.label}>
              <span
                className={`legend__swatch${item.dashed ? ' legend__swatch--dashed' : ''}${item.outline ? ' legend__swatch--outline' : ''}`}
                style={item.outline ? { borderColor: item.colour } : { background: item.colour }}
              />
              <span>{t(item.label)}</span>
            </li>
          ))}
        </ul>
      ) : null}
      {note ? <p className="legend__note">{note}</p> : null}
    </figure>
  );
}

const PERCENT: Intl.NumberFormatOptions = { style: 'percent', maximumFractionDigits: 1 };

/** "a – b" for class i of the breaks (upper bounds), open-ended at both extremes. */
function classLabel(breaks: number[], i: number, format: (n: number) => string): string {
  if (breaks.length === 0) return '';
  if (i === 0) return `< ${format(breaks[0]!)}`;
  if (i >= breaks.length) return `≥ ${format(breaks[breaks.length - 1]!)}`;
  return `${format(breaks[i - 1]!)} – ${format(breaks[i]!)}`;
}

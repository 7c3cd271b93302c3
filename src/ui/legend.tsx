import type { MessageKey } from '../i18n/translate';
import { useI18n } from './i18n-context';
import { legendEntries } from './legend-entries';

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
  const entries = legendEntries(spec, t, formatNumber);
  const List = entries.kind === 'classes' ? 'ol' : 'ul';
  return (
    <figure className="legend" data-testid="legend">
      <figcaption>{title}</figcaption>
      {entries.kind === 'ramp' ? (
        <>
          <div
            className="legend__ramp"
            style={{ background: `linear-gradient(to right, ${entries.colours.join(', ')})` }}
          />
          <div className="legend__ends">
            <span>{entries.low}</span>
            <span>{entries.high}</span>
          </div>
        </>
      ) : (
        <List className={`legend__${entries.kind}`}>
          {entries.swatches.map((item) => (
            <li key={`${item.colour}|${item.label}`} data-testid={item.noData ? 'legend-no-data' : undefined}>
              <span
                className={`legend__swatch${item.dashed ? ' legend__swatch--dashed' : ''}${item.outline ? ' legend__swatch--outline' : ''}`}
                style={item.outline ? { borderColor: item.colour } : { background: item.colour }}
              />
              <span>{item.label}</span>
            </li>
          ))}
        </List>
      )}
      {note ? <p className="legend__note">{note}</p> : null}
    </figure>
  );
}

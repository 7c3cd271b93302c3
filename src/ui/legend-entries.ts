/**
 * A legend's content as text: what the page's legend lists and what an exported map image draws, from the
 * same spec, so the two never disagree.
 */
import type { MessageKey } from '../i18n/translate';
import type { LegendSpec } from './legend';

export interface LegendSwatch {
  colour: string;
  label: string;
  dashed?: boolean;
  outline?: boolean;
  /** The class of areas without a value. */
  noData?: boolean;
}

export type LegendEntries =
  | { kind: 'ramp'; colours: readonly string[]; low: string; high: string }
  /** Classes are ordered (low to high), categories are not. */
  | { kind: 'classes' | 'categories'; swatches: LegendSwatch[] };

const PERCENT: Intl.NumberFormatOptions = { style: 'percent', maximumFractionDigits: 1 };

export function legendEntries(
  spec: LegendSpec,
  t: (key: MessageKey) => string,
  formatNumber: (n: number, options?: Intl.NumberFormatOptions) => string,
): LegendEntries {
  switch (spec.kind) {
    case 'ramp':
      return { kind: 'ramp', colours: spec.colours, low: t(spec.low), high: t(spec.high) };
    case 'categories':
      return { kind: 'categories', swatches: spec.items.map((item) => ({ ...item, label: t(item.label) })) };
    case 'classes': {
      const format = spec.percent ? (n: number) => formatNumber(n, PERCENT) : formatNumber;
      const swatches: LegendSwatch[] = spec.colours.map((colour, i) => ({
        colour,
        label: classLabel(spec.breaks, i, format),
      }));
      if (spec.noData) swatches.push({ colour: spec.noData.colour, label: t(spec.noData.label), noData: true });
      return { kind: 'classes', swatches };
    }
  }
}

/** "a – b" for class i of the breaks (upper bounds), open-ended at both extremes. */
function classLabel(breaks: number[], i: number, format: (n: number) => string): string {
  if (breaks.length === 0) return '';
  if (i === 0) return `< ${format(breaks[0]!)}`;
  if (i >= breaks.length) return `≥ ${format(breaks[breaks.length - 1]!)}`;
  return `${format(breaks[i - 1]!)} – ${format(breaks[i]!)}`;
}

/**
 * Plain SVG parts for recharts. When a chart's counts change, recharts' own parts cost most of a filter change's
 * main-thread time at a million requests: its tick wraps each label by measuring every word in the DOM (a
 * forced layout per label), and each bar is a component that asks the browser for the reduced-motion setting
 * and builds a rounded path as it mounts — bars are keyed by their value, so every bar mounts again — and
 * its Tooltip recomputes the whole chart's positions at each change (about 20 ms for a year of weekly bars
 * here). Ours never wrap, round or animate, and a bar's exact figure is its SVG title, which the browser shows
 * on hover.
 */
import type { CSSProperties } from 'react';
import { usePlotArea, useXAxisScale, useYAxisScale } from 'recharts';

/** What recharts hands a custom tick (the part we use). */
interface TickProps {
  x?: number;
  y?: number;
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
  verticalAnchor?: 'start' | 'middle' | 'end';
  payload?: { value: unknown };
  index?: number;
  tickFormatter?: (value: never, index: number) => string;
  className?: string;
  /** Font size and colour of the label. */
  textStyle: CSSProperties;
}

/** Baseline shift of recharts' Text for each vertical anchor, so labels sit where recharts would put them. */
const BASELINE_SHIFT = { start: '0.71em', middle: '0.355em', end: '0' } as const;

/** An axis label as one SVG text. */
export function PlainTick({
  x,
  y,
  textAnchor,
  verticalAnchor,
  payload,
  index,
  tickFormatter,
  className,
  textStyle,
}: TickProps) {
  const value = payload?.value;
  const label = tickFormatter ? tickFormatter(value as never, index ?? 0) : String(value ?? '');
  return (
    <text
      x={x}
      y={y}
      dy={BASELINE_SHIFT[verticalAnchor ?? 'middle']}
      textAnchor={textAnchor}
      className={className}
      style={textStyle}
    >
      {label}
    </text>
  );
}

/** Share of each bar's band left empty, half on either side. */
const BAND_GAP = 0.2;

interface ScaleBarsProps<T> {
  data: readonly T[];
  /** The bar's category: the value the category axis is keyed by (its dataKey). */
  category: (item: T) => string | number;
  value: (item: T) => number;
  /** Columns stand on the x axis (categories along x); rows grow from the y axis. */
  layout: 'columns' | 'rows';
  fill: string;
  /** What a bar stands for, in words: shown by the browser on hover and read by screen readers. */
  title?: (item: T) => string;
}

/**
 * A chart's bars, drawn from the chart's own scales as plain rectangles keyed by position, in place of
 * recharts' Bar: its bars are keyed by their values, so every change mounted each bar again (its title
 * too), and its geometry passes ran on every store update. Here a change only moves rectangles and
 * rewrites titles. The value axis must name the value's dataKey, since no Bar tells the chart its range.
 */
export function ScaleBars<T>({ data, category, value, layout, fill, title }: ScaleBarsProps<T>) {
  const x = useXAxisScale();
  const y = useYAxisScale();
  const plot = usePlotArea();
  if (!x || !y || !plot || data.length === 0) return null;
  const columns = layout === 'columns';
  const [along, across] = columns ? [x, y] : [y, x];
  const band = (columns ? plot.width : plot.height) / data.length;
  const base = across(0) ?? 0;
  return (
    <g>
      {data.map((item, i) => {
        const start = (along(category(item)) ?? 0) + (band * BAND_GAP) / 2;
        const end = across(value(item)) ?? base;
        const [low, length] = [Math.min(base, end), Math.abs(end - base)];
        const thickness = band * (1 - BAND_GAP);
        return (
          <rect
            key={i}
            x={columns ? start : low}
            y={columns ? low : start}
            width={columns ? thickness : length}
            height={columns ? length : thickness}
            fill={fill}
          >
            {title && <title>{title(item)}</title>}
          </rect>
        );
      })}
    </g>
  );
}

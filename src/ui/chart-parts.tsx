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

/** What recharts hands a custom bar shape (the part we use). */
interface BarShapeProps {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
  fill?: string;
  /** What the bar stands for, in words: shown by the browser on hover and read by screen readers. */
  title?: string;
}

/** A bar as one SVG rectangle (recharts gives negative heights for bars drawn downwards or leftwards). */
export function PlainBar({ x = 0, y = 0, width = 0, height = 0, fill, title }: BarShapeProps) {
  return (
    <rect
      x={Math.min(x, x + width)}
      y={Math.min(y, y + height)}
      width={Math.abs(width)}
      height={Math.abs(height)}
      fill={fill}
    >
      {title !== undefined && <title>{title}</title>}
    </rect>
  );
}

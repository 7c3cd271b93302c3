/**
 * A chart's box: as wide as its card on screen, or a fixed size where a page gives one (the briefing on
 * paper and on a projector). recharts' ResponsiveContainer measures its box after layout, and a print
 * layout is never measured, so a printed responsive chart comes out empty or at the screen's width.
 */
import { cloneElement, createContext, useContext, type ReactElement } from 'react';
import { ResponsiveContainer } from 'recharts';

export interface ChartSize {
  width: number;
  height: number;
}

/** The fixed size of the charts below; null (the default) draws them responsive. */
export const ChartSizeContext = createContext<ChartSize | null>(null);

export function ChartFrame({
  height,
  children,
}: {
  /** The height on screen; a fixed size replaces it. */
  height: number;
  children: ReactElement<{ width?: number; height?: number }>;
}) {
  const size = useContext(ChartSizeContext);
  if (size) return cloneElement(children, size);
  return (
    <ResponsiveContainer width="100%" height={height}>
      {children}
    </ResponsiveContainer>
  );
}

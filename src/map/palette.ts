/**
 * Colour-blind-safe palettes (ColorBrewer sequential ramps and the Okabe–Ito qualitative set), one per
 * layer kind so that layers drawn together never share a meaning for a colour.
 */
export type Rgb = [number, number, number];

export function hexToRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** ColorBrewer YlGnBu, light to dark: requests per 1,000 residents. */
export const CHOROPLETH_RAMP = ['#ffffcc', '#c7e9b4', '#7fcdbb', '#41b6c4', '#1d91c0', '#225ea8', '#0c2c84'];
/** ColorBrewer YlOrRd: heatmap density. */
export const HEATMAP_RAMP = ['#ffffb2', '#fed976', '#feb24c', '#fd8d3c', '#f03b20', '#bd0026'];
/** ColorBrewer RdPu: hexbin counts, distinct from the heatmap's. */
export const HEXBIN_RAMP = ['#feebe2', '#fcc5c0', '#fa9fb5', '#f768a1', '#c51b8a', '#7a0177'];
/**
 * ColorBrewer Purples: the online share of e-services, apart from the request choropleth's ramp. Its
 * lightest step is left out: over the basemap's land it reads as no fill, and the lowest share is the one
 * a manager must see.
 */
export const SHARE_RAMP = ['#dadaeb', '#bcbddc', '#9e9ac8', '#807dba', '#6a51a3', '#4a1486'];
/** A district without e-service transactions: grey, outside every ramp. */
export const NO_DATA_COLOUR = '#c4c4c4';

/** Okabe–Ito: open vs closed requests. */
export const STATUS_COLOURS = { open: '#D55E00', closed: '#0072B2' } as const;
/** Okabe–Ito: fiber segment status. */
export const SEGMENT_COLOURS = { completed: '#009E73', under_construction: '#E69F00', planned: '#8C8C8C' } as const;
/** Paul Tol's wine: the outline of a district whose fiber will likely finish after its target. */
export const FIBER_MISS_COLOUR = '#882255';

/** The basemap's own colours: quiet, so data layers carry the meaning. */
export const BASEMAP = {
  outside: '#e4e7ea',
  land: '#f7f6f2',
  water: '#a9cbe3',
  road: '#ffffff',
  roadCasing: '#d3d3cf',
  districtBorder: '#6b7178',
  neighbourhoodBorder: '#9aa0a6',
  label: '#3c4248',
  labelHalo: '#ffffff',
};
export type BasemapPalette = typeof BASEMAP;

/** The same map for a dark control room: the data layers' colours stand out on it as on the light one. */
export const BASEMAP_DARK: BasemapPalette = {
  outside: '#080b10',
  land: '#151b23',
  water: '#1d3a52',
  road: '#2c3440',
  roadCasing: '#1b2129',
  districtBorder: '#8a95a3',
  neighbourhoodBorder: '#56606c',
  label: '#dfe5ec',
  labelHalo: '#0b0f14',
};

/** The ring around followed requests: black reads on every ramp above. */
export const HIGHLIGHT_COLOUR = '#111111';

/**
 * `count` colours of a ramp spread from its lightest to its darkest, so two classes are told apart as well
 * as seven are; the whole ramp when it has no more colours than that.
 */
export function spreadRamp(ramp: readonly string[], count: number): string[] {
  if (count >= ramp.length) return [...ramp];
  if (count <= 1) return count === 1 ? [ramp[Math.floor(ramp.length / 2)]!] : [];
  return Array.from({ length: count }, (_, i) => ramp[Math.round((i * (ramp.length - 1)) / (count - 1))]!);
}

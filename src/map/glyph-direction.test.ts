import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { drawGlyphsLeftToRight } from './glyph-direction';

/** A style whose glyph manager makes rasterisers as TinySDF does: a context inheriting the page's direction. */
function fakeMap() {
  const made: { ctx: { direction: CanvasDirection } }[] = [];
  const glyphManager = {
    createRasterizer: () => {
      const rasterizer = { ctx: { direction: 'inherit' as CanvasDirection } };
      made.push(rasterizer);
      return rasterizer;
    },
  };
  const map = { style: { glyphManager } } as unknown as Pick<MapLibreMap, 'style'>;
  const create = () => map.style.glyphManager.createRasterizer({}, 3);
  return { map, made, create };
}

describe('drawGlyphsLeftToRight', () => {
  it('makes the rasterisers of the style draw left to right', () => {
    const { map, made, create } = fakeMap();
    drawGlyphsLeftToRight(map);
    create();
    create();
    expect(made.map((r) => r.ctx.direction)).toEqual(['ltr', 'ltr']);
  });

  it('wraps a style only once, however often it is called', () => {
    const { map, create } = fakeMap();
    drawGlyphsLeftToRight(map);
    const wrapped = map.style.glyphManager.createRasterizer;
    drawGlyphsLeftToRight(map);
    expect(map.style.glyphManager.createRasterizer).toBe(wrapped);
    expect(create()).toBeDefined();
  });

  it('does nothing before the map has a style', () => {
    expect(() => drawGlyphsLeftToRight({ style: undefined } as unknown as Pick<MapLibreMap, 'style'>)).not.toThrow();
  });
});

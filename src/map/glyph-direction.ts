/**
 * MapLibre lays a label out in visual order itself — it reorders right-to-left runs and mirrors their
 * brackets — and then draws each glyph on its own on an OffscreenCanvas. Chromium gives a canvas context made
 * on the page the page's direction at the moment it is made (`direction: inherit`), so on a right-to-left
 * page the browser mirrors a lone bracket a second time: "هاربر (بندر)" was drawn with its brackets reversed,
 * and so was "Harbor (Port) 3" after a switch from Persian to English, the glyphs having been drawn while
 * the page was right to left. Glyphs already in visual order are drawn left to right, on any page.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';

type GlyphManager = NonNullable<MapLibreMap['style']>['glyphManager'];

/** The part of a glyph rasteriser this reaches: TinySDF's drawing context, which its type leaves out. */
interface WithContext {
  ctx?: { direction: CanvasDirection };
}

const leftToRight = new WeakSet<GlyphManager>();

/**
 * Makes every glyph rasteriser of the map's current style draw left to right. Each style has its own glyph
 * manager, which makes its rasterisers lazily, when a label first needs a glyph: call this for every new
 * style, before its tiles are laid out (on `styledata`). Calling it again for the same style does nothing.
 */
export function drawGlyphsLeftToRight(map: Pick<MapLibreMap, 'style'>): void {
  const glyphs = map.style?.glyphManager;
  if (!glyphs || leftToRight.has(glyphs)) return;
  leftToRight.add(glyphs);
  const create = glyphs.createRasterizer;
  glyphs.createRasterizer = (options, padding) => {
    const rasterizer = create(options, padding);
    const { ctx } = rasterizer as WithContext;
    if (ctx) ctx.direction = 'ltr';
    return rasterizer;
  };
}

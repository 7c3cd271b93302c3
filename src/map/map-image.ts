/**
 * The map as an image: the basemap's canvas and deck.gl's overlay canvas copied while drawn, composited at
 * device pixels, and painted with a layout (map-image-layout.ts) onto one 2D canvas for a PNG.
 *
 * Neither WebGL canvas keeps its drawing buffer (`preserveDrawingBuffer` would cost every frame a copy), so
 * each is read in the task that drew it: MapLibre's in its `render` event, deck.gl's in its `onAfterRender`.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MapboxOverlay } from '@deck.gl/mapbox';
import { MAP_FONT } from './basemap-style';
import { imageFonts, mapImageLayout, type DrawOp, type MapImageLayout, type MapImageText } from './map-image-layout';
import { HEATMAP_SETTLE_MS } from './layers/filtered-heatmap-layer';

export interface MapPicture {
  /** The map and its data layers on a 2D canvas at device pixels. */
  canvas: HTMLCanvasElement;
  /** Device pixels per CSS pixel the map drew at. */
  pixelRatio: number;
}

export interface MapCamera {
  /** The map and its data layers as drawn in the next frame once the map is at rest. */
  capture(): Promise<MapPicture>;
  /** Called by the overlay's `onAfterRender`: its canvas holds a frame now and only until the task ends. */
  overlayDrawn(): void;
  /** Stops listening to the map. */
  remove(): void;
}

/** A capture that gets no frame within this (a hidden tab draws none) fails rather than hanging. */
const CAPTURE_TIMEOUT_MS = 10_000;

interface Pending {
  base: HTMLCanvasElement | null;
  overlay: HTMLCanvasElement | null;
  resolve: (picture: MapPicture) => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

export function mapCamera(map: MapLibreMap, overlay: MapboxOverlay): MapCamera {
  let pending: Pending | null = null;
  const finish = () => {
    if (!pending?.base || !pending.overlay) return;
    const { base, overlay: layer, resolve, timer } = pending;
    pending = null;
    clearTimeout(timer);
    resolve({ canvas: compositeCanvases(base, layer), pixelRatio: map.getPixelRatio() });
  };
  const onRender = () => {
    if (!pending || pending.base) return;
    pending.base = copyCanvas(map.getCanvas());
    finish();
  };
  // When the map last came to rest (never moved: long ago).
  let restedAt = -Infinity;
  const onMoveEnd = () => (restedAt = performance.now());
  map.on('render', onRender);
  map.on('moveend', onMoveEnd);
  return {
    async capture() {
      // Asked for during a move (the fit to a district just chosen, say), the picture is of the view the map
      // comes to, not a frame of the way there.
      if (map.isMoving()) {
        await new Promise((settled) => {
          map.once('moveend', settled);
          setTimeout(settled, CAPTURE_TIMEOUT_MS);
        });
      }
      // And once the map is at rest, the heatmap draws its weights and scale for the new view.
      const settling = restedAt + HEATMAP_SETTLE_MS - performance.now();
      if (settling > 0) await new Promise((settled) => setTimeout(settled, settling));
      return new Promise((resolve, reject) => {
        pending?.reject(new Error('a newer capture replaced this one'));
        if (pending) clearTimeout(pending.timer);
        const timer = setTimeout(() => {
          pending = null;
          reject(new Error('the map drew no frame to capture'));
        }, CAPTURE_TIMEOUT_MS);
        pending = { base: null, overlay: null, resolve, reject, timer };
        // A new layer filter is the one prop change that makes deck.gl draw again with nothing else changed;
        // it lets every layer through, as the default (none) does.
        overlay.setProps({ layerFilter: () => true });
        map.triggerRepaint();
      });
    },
    overlayDrawn() {
      const canvas = overlay.getCanvas();
      if (!pending || pending.overlay || !canvas) return;
      pending.overlay = copyCanvas(canvas);
      finish();
    },
    remove() {
      map.off('render', onRender);
      map.off('moveend', onMoveEnd);
      if (pending) {
        clearTimeout(pending.timer);
        pending.reject(new Error('the map was removed'));
        pending = null;
      }
    },
  };
}

function copyCanvas(source: HTMLCanvasElement): HTMLCanvasElement {
  const copy = document.createElement('canvas');
  copy.width = source.width;
  copy.height = source.height;
  copy.getContext('2d')!.drawImage(source, 0, 0);
  return copy;
}

/** The overlay over the basemap, at the basemap's pixel size (both follow the device pixel ratio). */
export function compositeCanvases(base: HTMLCanvasElement, overlay: HTMLCanvasElement): HTMLCanvasElement {
  const out = document.createElement('canvas');
  out.width = base.width;
  out.height = base.height;
  const ctx = out.getContext('2d')!;
  ctx.drawImage(base, 0, 0);
  ctx.drawImage(overlay, 0, 0, base.width, base.height);
  return out;
}

/**
 * The image of `layout` with the map picture in its place, at `scale` device pixels per CSS pixel. The
 * fonts must be loaded (see loadFonts): a canvas draws with a fallback font rather than wait.
 */
export function paintMapImage(
  layout: MapImageLayout,
  map: HTMLCanvasElement,
  scale: number,
  direction: 'rtl' | 'ltr',
): HTMLCanvasElement {
  const out = document.createElement('canvas');
  out.width = map.width;
  out.height = map.height + Math.round(layout.map.y * scale);
  const ctx = out.getContext('2d')!;
  ctx.drawImage(map, 0, out.height - map.height);
  ctx.scale(scale, scale);
  ctx.direction = direction;
  ctx.textAlign = 'start';
  ctx.textBaseline = 'alphabetic';
  for (const op of layout.ops) paintOp(ctx, op);
  return out;
}

function paintOp(ctx: CanvasRenderingContext2D, op: DrawOp): void {
  switch (op.kind) {
    case 'rect':
      ctx.fillStyle = op.fill;
      ctx.beginPath();
      ctx.roundRect(op.x, op.y, op.width, op.height, op.radius ?? 0);
      ctx.fill();
      return;
    case 'ramp': {
      const gradient = ctx.createLinearGradient(op.x, 0, op.x + op.width, 0);
      op.colours.forEach((colour, i) => gradient.addColorStop(i / Math.max(1, op.colours.length - 1), colour));
      ctx.fillStyle = gradient;
      ctx.fillRect(op.x, op.y, op.width, op.height);
      return;
    }
    case 'swatch':
      if (op.outline) {
        ctx.strokeStyle = op.colour;
        ctx.lineWidth = 2;
        ctx.setLineDash(op.dashed ? [4, 3] : []);
        ctx.strokeRect(op.x + 1, op.y + 1, op.width - 2, op.height - 2);
        ctx.setLineDash([]);
      } else {
        ctx.fillStyle = op.colour;
        ctx.fillRect(op.x, op.y, op.width, op.height);
        ctx.strokeStyle = 'rgb(0 0 0 / 15%)';
        ctx.lineWidth = 1;
        ctx.strokeRect(op.x + 0.5, op.y + 0.5, op.width - 1, op.height - 1);
      }
      return;
    case 'text':
      ctx.font = op.font;
      ctx.fillStyle = op.colour;
      ctx.fillText(op.text, op.x, op.y);
      return;
  }
}

/**
 * The PNG of a map picture under a title band and with its legends (see map-image-layout.ts): `picture` is
 * the live map's next frame (a camera's capture) or a picture already taken (a snapshot's).
 */
export async function mapImagePng(
  picture: () => Promise<MapPicture>,
  text: MapImageText,
  direction: 'rtl' | 'ltr',
): Promise<Blob> {
  await loadFonts(Object.values(imageFonts(MAP_FONT)), text.title);
  const { canvas, pixelRatio } = await picture();
  const layout = mapImageLayout({
    text,
    mapWidth: canvas.width / pixelRatio,
    mapHeight: canvas.height / pixelRatio,
    direction,
    fontFamily: MAP_FONT,
    measure: canvasMeasure(),
  });
  return canvasToPng(paintMapImage(layout, canvas, pixelRatio, direction));
}

/** Waits until the page's font faces for `fonts` are loaded, so the canvas draws with them. */
export async function loadFonts(fonts: readonly string[], sample: string): Promise<void> {
  await Promise.all(fonts.map((font) => document.fonts.load(font, sample)));
}

/** A canvas measurer for mapImageLayout. */
export function canvasMeasure(): (text: string, font: string) => number {
  const ctx = document.createElement('canvas').getContext('2d')!;
  return (text, font) => {
    ctx.font = font;
    return ctx.measureText(text).width;
  };
}

function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the image could not be encoded'))), 'image/png'),
  );
}

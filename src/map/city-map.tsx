/**
 * The one map instance: MapLibre draws the basemap, deck.gl draws the data in overlay mode (its own canvas
 * above the map — interleaved mode breaks MapLibre 6's labels).
 */
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { Map as MapLibreMap, NavigationControl, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import { MapboxOverlay } from '@deck.gl/mapbox';
import type { Layer, PickingInfo } from '@deck.gl/core';
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { BBox } from '../domain/geometry';
import { paddingClearOf, reframe, type Padding } from './fit-padding';
import { drawGlyphsLeftToRight } from './glyph-direction';
import { mapCamera, type MapCamera } from './map-image';
import { rememberUniformBlocks } from './uniform-blocks';

setWorkerUrl(maplibreWorkerUrl);

export interface MapView {
  center: [number, number];
  zoom: number;
}

export interface CityMapProps {
  mapStyle: StyleSpecification | string;
  initialView: MapView;
  layers: Layer[];
  /** When `key` changes, the map flies to fit `bbox`, clear of the panels marked `data-map-overlay` beside it. */
  fitTo: { key: string; bbox: BBox } | null;
  onViewChange: (view: MapView) => void;
  onPick: (info: PickingInfo) => void;
  tooltip: (info: PickingInfo) => string | null;
  onFirstDraw?: () => void;
  /** After deck.gl has drawn a list of layers with all their data loaded (once per list). */
  onLayersDrawn?: (layers: Layer[]) => void;
  /** The map's top corner on the reading end side, free of panels: zoom buttons go there. */
  controlsCorner: 'top-left' | 'top-right';
  /**
   * The page's reading direction. The panels over the map follow it, so when it changes the view moves with
   * them: what lay in the free part of the map stays there (see reframe).
   */
  direction: 'rtl' | 'ltr';
  /**
   * Symbol layers whose placed labels the map element lists in `data-labels` (JSON, the features' `id`
   * by layer) each time the map comes to rest: text drawn on a canvas can be read from the page no other way.
   */
  labelLayers?: readonly string[];
  /** Holds a camera of the map on screen while there is one (null before, after and between rebuilds). */
  camera?: RefObject<MapCamera | null>;
}

/** How long a lost WebGL context may take to come back before the map is built anew without it. */
export const CONTEXT_RESTORE_WAIT_MS = 1000;

/**
 * The map, built anew after a WebGL context loss: MapLibre restores its own drawing when the browser gives
 * the context back, but deck.gl's overlay (and any custom layer) never does, and a context that does not
 * come back within a second would leave the wall blank. A new map on a new canvas starts from the view and
 * layers of the moment (the view is in the URL), so nothing but the frames in between is lost.
 */
export function CityMap(props: CityMapProps) {
  const [generation, setGeneration] = useState(0);
  const rebuild = useCallback(() => setGeneration((g) => g + 1), []);
  return <CityMapInstance key={generation} {...props} generation={generation} onContextLost={rebuild} />;
}

function CityMapInstance(props: CityMapProps & { generation: number; onContextLost: () => void }) {
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<MapLibreMap | null>(null);
  const overlay = useRef<MapboxOverlay | null>(null);
  // Map and deck callbacks are registered once; they read the latest props through this ref.
  const latest = useRef(props);
  const reported = useRef<Layer[] | null>(null);
  // The room the panels left when the map loaded or last came to rest, for the view to follow them when they
  // move.
  const padding = useRef<Padding | null>(null);
  useLayoutEffect(() => {
    latest.current = props;
  });
  // The layers of the props, and those handed to this map's deck.gl (copies on a rebuilt map).
  const given = useRef<GivenLayers>({ props: [], deck: [] });

  useEffect(() => {
    const element = container.current!;
    const instance = new MapLibreMap({
      container: element,
      style: latest.current.mapStyle,
      center: latest.current.initialView.center,
      zoom: latest.current.initialView.zoom,
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      maxZoom: 18,
      minZoom: 9,
    });
    instance.touchZoomRotate.disableRotation();
    drawGlyphsLeftToRight(instance);
    instance.on('styledata', () => drawGlyphsLeftToRight(instance));
    // Set once the overlay exists; deck.gl calls onAfterRender only after it has drawn, by then it is set.
    let camera: MapCamera | null = null;
    const deck = new MapboxOverlay({
      interleaved: false,
      layers: give(given, latest.current.layers, latest.current.generation),
      onWebGLInitialized: rememberUniformBlocks,
      onAfterRender: () => {
        camera?.overlayDrawn();
        const { props: drawn, deck: forDeck } = given.current;
        if (drawn === reported.current || !forDeck.every((layer) => layer.isLoaded)) return;
        reported.current = drawn;
        latest.current.onLayersDrawn?.(drawn);
      },
      onClick: (info) => latest.current.onPick(info),
      getTooltip: (info) => {
        const text = latest.current.tooltip(info);
        return text ? { text, className: 'map-tooltip' } : null;
      },
    });
    instance.addControl(deck);
    camera = mapCamera(instance, deck);
    const cameraRef = latest.current.camera;
    if (cameraRef) cameraRef.current = camera;
    instance.once('load', () => (padding.current = clearOfOverlays(element)));
    instance.on('moveend', () => {
      padding.current = clearOfOverlays(element);
      const c = instance.getCenter();
      latest.current.onViewChange({ center: [c.lng, c.lat], zoom: instance.getZoom() });
    });
    instance.on('idle', () => listLabels(instance, element, latest.current.labelLayers ?? []));
    instance.once('idle', () => latest.current.onFirstDraw?.());
    map.current = instance;
    overlay.current = deck;
    let restoreTimer: ReturnType<typeof setTimeout> | undefined;
    // Each canvas reports its own loss and return: the map is rebuilt once.
    let rebuilt = false;
    const rebuild = () => {
      clearTimeout(restoreTimer);
      if (rebuilt) return;
      rebuilt = true;
      latest.current.onContextLost();
    };
    // Both canvases (MapLibre's and deck.gl's) lie inside the container; context events do not bubble, so
    // they are caught on the way down.
    const lost = (event: Event) => {
      // Asks the browser to give the context back; the map is rebuilt then, or after the wait.
      event.preventDefault();
      clearTimeout(restoreTimer);
      restoreTimer = setTimeout(rebuild, CONTEXT_RESTORE_WAIT_MS);
    };
    const restored = rebuild;
    element.addEventListener('webglcontextlost', lost, true);
    element.addEventListener('webglcontextrestored', restored, true);
    return () => {
      clearTimeout(restoreTimer);
      element.removeEventListener('webglcontextlost', lost, true);
      element.removeEventListener('webglcontextrestored', restored, true);
      camera?.remove();
      if (cameraRef?.current === camera) cameraRef.current = null;
      instance.remove();
      map.current = null;
      overlay.current = null;
    };
  }, []);

  useEffect(() => {
    const instance = map.current;
    if (!instance) return;
    const zoomButtons = new NavigationControl({ showCompass: false });
    instance.addControl(zoomButtons, props.controlsCorner);
    return () => {
      // On unmount the map is removed first (the effect above), and its controls with it.
      if (map.current === instance) instance.removeControl(zoomButtons);
    };
  }, [props.controlsCorner]);

  useEffect(() => {
    map.current?.setStyle(props.mapStyle, { diff: true });
  }, [props.mapStyle]);

  useEffect(() => {
    overlay.current?.setProps({ layers: give(given, props.layers, props.generation) });
  }, [props.layers, props.generation]);

  const lastDirection = useRef(props.direction);
  useEffect(() => {
    if (props.direction === lastDirection.current) return;
    lastDirection.current = props.direction;
    // The panels take their new sides with the page's `dir`, which the app sets after this effect has run:
    // measure them a frame later.
    const frame = requestAnimationFrame(() => {
      const instance = map.current;
      const before = padding.current;
      if (!instance || !before) return;
      const element = container.current!;
      const after = clearOfOverlays(element);
      const size = { width: element.clientWidth, height: element.clientHeight };
      const { from, to, zoomBy } = reframe(size, before, after);
      instance.easeTo({
        center: instance.unproject(from),
        zoom: instance.getZoom() + zoomBy,
        offset: [to[0] - size.width / 2, to[1] - size.height / 2],
        duration: 600,
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [props.direction]);

  const fitKey = props.fitTo?.key;
  // A rebuilt map opens on the view of the moment: fitting it again would move the view the user had.
  const fitted = useRef(props.generation > 0 ? fitKey : undefined);
  useEffect(() => {
    const target = latest.current.fitTo;
    if (!map.current || !target || fitted.current === fitKey) return;
    fitted.current = fitKey;
    const [w, s, e, n] = target.bbox;
    map.current.fitBounds(
      [
        [w, s],
        [e, n],
      ],
      { padding: clearOfOverlays(container.current!), duration: 600 },
    );
  }, [fitKey]);

  return <div ref={container} className="city-map" data-testid="map" data-generation={props.generation} />;
}

interface GivenLayers {
  props: Layer[];
  deck: Layer[];
}

/**
 * The layers for this map's deck.gl, noted in `given`: a layer holds the GPU state of the deck that drew it,
 * so a rebuilt map gets copies (same props and data, so nothing is recomputed but the upload), never the
 * lost deck's.
 */
function give(given: { current: GivenLayers }, layers: Layer[], generation: number): Layer[] {
  given.current = { props: layers, deck: generation === 0 ? layers : layers.map((layer) => layer.clone({})) };
  return given.current.deck;
}

/** Pixels kept free around a fitted area, beyond the panels. */
const FIT_MARGIN = 24;

/**
 * Padding that keeps a fitted area clear of the panels floating over the map: the elements beside the map
 * marked `data-map-overlay`, as laid out now.
 */
function clearOfOverlays(mapElement: HTMLElement): Padding {
  const overlays = mapElement.parentElement?.querySelectorAll('[data-map-overlay]') ?? [];
  return paddingClearOf(
    mapElement.getBoundingClientRect(),
    Array.from(overlays, (o) => o.getBoundingClientRect()),
    FIT_MARGIN,
  );
}

/** Writes the placed labels of `layers` into the map element's `data-labels` (see CityMapProps). */
function listLabels(instance: MapLibreMap, element: HTMLElement, layers: readonly string[]) {
  const present = layers.filter((id) => instance.getLayer(id));
  if (present.length === 0) return;
  const placed = Object.fromEntries(present.map((id) => [id, [] as string[]]));
  for (const feature of instance.queryRenderedFeatures({ layers: present })) {
    placed[feature.layer.id]?.push(String(feature.properties.id));
  }
  element.dataset.labels = JSON.stringify(placed);
}

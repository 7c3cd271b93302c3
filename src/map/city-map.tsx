/**
 * The one map instance: MapLibre draws the basemap, deck.gl draws the data in overlay mode (its own canvas
 * above the map — interleaved mode breaks MapLibre 6's labels).
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { Map as MapLibreMap, NavigationControl, setWorkerUrl, type StyleSpecification } from 'maplibre-gl';
import { MapboxOverlay } from '@deck.gl/mapbox';
import type { Layer, PickingInfo } from '@deck.gl/core';
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { BBox } from '../domain/geometry';
import { paddingClearOf, type Padding } from './fit-padding';
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
}

export function CityMap(props: CityMapProps) {
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<MapLibreMap | null>(null);
  const overlay = useRef<MapboxOverlay | null>(null);
  // Map and deck callbacks are registered once; they read the latest props through this ref.
  const latest = useRef(props);
  const reported = useRef<Layer[] | null>(null);
  useLayoutEffect(() => {
    latest.current = props;
  });

  useEffect(() => {
    const instance = new MapLibreMap({
      container: container.current!,
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
    const deck = new MapboxOverlay({
      interleaved: false,
      layers: latest.current.layers,
      onWebGLInitialized: rememberUniformBlocks,
      onAfterRender: () => {
        const drawn = latest.current.layers;
        if (drawn === reported.current || !drawn.every((layer) => layer.isLoaded)) return;
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
    instance.on('moveend', () => {
      const c = instance.getCenter();
      latest.current.onViewChange({ center: [c.lng, c.lat], zoom: instance.getZoom() });
    });
    instance.once('idle', () => latest.current.onFirstDraw?.());
    map.current = instance;
    overlay.current = deck;
    return () => {
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
    overlay.current?.setProps({ layers: props.layers });
  }, [props.layers]);

  const fitKey = props.fitTo?.key;
  useEffect(() => {
    const target = latest.current.fitTo;
    if (!map.current || !target) return;
    const [w, s, e, n] = target.bbox;
    map.current.fitBounds(
      [
        [w, s],
        [e, n],
      ],
      { padding: clearOfOverlays(container.current!), duration: 600 },
    );
  }, [fitKey]);

  return <div ref={container} className="city-map" data-testid="map" />;
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

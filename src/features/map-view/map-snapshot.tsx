/**
 * The map as a still picture, for a page that is printed: a map is drawn once, at a fixed size, off the
 * desk's own layers; as soon as the basemap and the data layers are on it, it is captured and replaced by the
 * picture, so print never meets a live WebGL canvas and no WebGL context stays open.
 *
 * The picture is shown on a 2D canvas, not an `<img>`: an image needs a blob: or data: URL, which the app's
 * Content-Security-Policy (`default-src 'self'`) refuses. `onCaptured` hands over the picture for an export.
 */
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { StyleSpecification } from 'maplibre-gl';
import type { BBox } from '../../domain/geometry';
import { CityMap } from '../../map/city-map';
import { fitView } from '../../map/fit-view';
import { holdsFigures, type LayerContext, type LayerId } from '../../map/layers/layer-kit';
import { createLayers } from '../../map/layers/layer-registry';
import type { MapCamera, MapPicture } from '../../map/map-image';
import { ErrorBoundary } from '../../ui/error-boundary';
import { useI18n } from '../../ui/i18n-context';

export interface MapSnapshotProps {
  /** The basemap, as the desk has it (useMapStyle). */
  mapStyle: StyleSpecification | string;
  /** What the layers draw, as the desk has it (useLayerContext); the picture waits for its figures. */
  context: LayerContext;
  activeLayers: readonly LayerId[];
  /** The area the picture frames. */
  bbox: BBox;
  /** The picture's size in CSS pixels; it is drawn at the device pixel ratio. Default 1600 × 1000. */
  size?: { width: number; height: number };
  /** What the picture shows, for a screen reader ("Map of district 2, requests per 1,000 residents"). */
  label: string;
  /** The picture is on the page; it, at device pixels. */
  onCaptured?: (picture: MapPicture) => void;
  /** The map could not be drawn (no WebGL, say); a message stands in its place. */
  onFailed?: (error: Error) => void;
}

const DEFAULT_SIZE = { width: 1600, height: 1000 };
/** Pixels kept free around the framed area. */
const FIT_PADDING = 24;

type State = { kind: 'drawing' } | { kind: 'captured'; picture: MapPicture } | { kind: 'failed' };

export function MapSnapshot(props: MapSnapshotProps) {
  const { t } = useI18n();
  const [state, setState] = useState<State>({ kind: 'drawing' });
  const size = props.size ?? DEFAULT_SIZE;
  const latest = useRef(props);
  useLayoutEffect(() => {
    latest.current = props;
  });
  const fail = (error: Error) => {
    setState({ kind: 'failed' });
    latest.current.onFailed?.(error);
  };
  // Narrowed by its container, the box keeps the picture's proportions rather than squeeze it.
  const style = { width: `${size.width}px`, aspectRatio: `${size.width} / ${size.height}` };
  return (
    <div className="map-snapshot" style={style}>
      {state.kind === 'drawing' ? (
        <ErrorBoundary fallback={() => null} onError={fail}>
          <LiveMap
            {...props}
            size={size}
            onPicture={(picture) => setState({ kind: 'captured', picture })}
            onFail={fail}
          />
        </ErrorBoundary>
      ) : state.kind === 'captured' ? (
        <Picture picture={state.picture} label={props.label} onCaptured={props.onCaptured} />
      ) : (
        <p className="map-snapshot__failed" role="alert" data-testid="map-snapshot-failed">
          {t('mapSnapshot.failed')}
        </p>
      )}
    </div>
  );
}

function LiveMap(
  props: MapSnapshotProps & {
    size: { width: number; height: number };
    onPicture: (picture: MapPicture) => void;
    onFail: (error: Error) => void;
  },
) {
  const { dir } = useI18n();
  const { context, activeLayers, bbox, size } = props;
  const layers = useMemo(() => createLayers(activeLayers, context), [activeLayers, context]);
  // The view is fixed when the map is made; a later bbox would need another map, and so another snapshot.
  const [initialView] = useState(() => fitView(bbox, size, FIT_PADDING));
  const camera = useRef<MapCamera | null>(null);
  const [basemapDrawn, setBasemapDrawn] = useState(false);
  const [dataDrawn, setDataDrawn] = useState(false);
  // The callbacks change with every render of the page; the capture is taken once.
  const done = useRef(props);
  useLayoutEffect(() => {
    done.current = props;
  });
  const ready = basemapDrawn && dataDrawn;
  useEffect(() => {
    if (!ready || !camera.current) return;
    let current = true;
    camera.current.capture().then(
      (picture) => current && done.current.onPicture(picture),
      (error: Error) => current && done.current.onFail(error),
    );
    return () => {
      current = false;
    };
  }, [ready]);
  return (
    <CityMap
      mapStyle={props.mapStyle}
      initialView={initialView}
      layers={layers}
      fitTo={null}
      camera={camera}
      controlsCorner={dir === 'rtl' ? 'top-left' : 'top-right'}
      direction={dir}
      tooltip={() => null}
      onPick={() => undefined}
      onViewChange={() => undefined}
      onFirstDraw={() => setBasemapDrawn(true)}
      onLayersDrawn={(drawn) => {
        if (drawn === layers && holdsFigures(context)) setDataDrawn(true);
      }}
    />
  );
}

/** The captured picture at its CSS size, drawn at the device pixels it was captured at. */
function Picture(props: { picture: MapPicture; label: string; onCaptured?: (picture: MapPicture) => void }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const { picture } = props;
  const onCaptured = useRef(props.onCaptured);
  useLayoutEffect(() => {
    canvas.current!.getContext('2d')!.drawImage(picture.canvas, 0, 0);
  }, [picture]);
  useEffect(() => {
    onCaptured.current?.(picture);
  }, [picture]);
  return (
    <canvas
      ref={canvas}
      className="map-snapshot__picture"
      data-testid="map-snapshot"
      role="img"
      aria-label={props.label}
      width={picture.canvas.width}
      height={picture.canvas.height}
    />
  );
}

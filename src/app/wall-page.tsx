/**
 * The control-room wall (`wall/`): full-screen scenes that rotate by themselves over the city's figures of
 * config.json's period, read from metres away, never touched. The same data layer, worker and features as
 * the desk; what is the wall's own is the rotation, the clock, the dark theme and the ways it keeps going
 * unattended: the last good data stays up marked with its time, a scene that fails is passed over and
 * counted, and the page reloads itself on a schedule at a scene boundary, from a cache of its last screen.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { AppConfig } from '../api/schemas';
import { outsidePeriod } from '../domain/period';
import type { CitySource } from '../features/city/city-source';
import type { CityData } from '../features/city/use-city-data';
import { RequestMap } from '../features/map-view/request-map';
import { OutOfPeriodNote } from '../features/requests/out-of-period-note';
import { useMapStyle } from '../features/map-view/use-basemap-style';
import { useLayerContext } from '../features/map-view/use-layer-context';
import { takeWallCache, type WallCache } from '../features/wall/wall-cache';
import { sceneAvailable, WallScene } from '../features/wall/wall-scene';
import { useScheduledReload } from '../features/wall/use-scheduled-reload';
import { WallFooter, WallFrame } from '../features/wall/wall-frame';
import { WallClock } from '../features/wall/wall-clock';
import { useSceneRotation } from '../features/wall/use-scene-rotation';
import { BASEMAP_DARK } from '../map/palette';
import { ErrorBoundary } from '../ui/error-boundary';
import { I18nContext, type I18n } from '../ui/i18n-context';
import { LoadingNotice } from '../ui/status-notice';
import { useUiScale } from '../ui/use-ui-scale';
import { describeError } from './describe-error';
import { useCityRequests, type CityRequests } from './use-city-requests';
import { useScopeFigures } from './use-scope-figures';
import { useProgrammes } from './use-programmes';
import { usePageView } from './use-page-view';
import type { ViewState } from './url-state';
import '../features/wall/wall.css';

export function WallPage({ config, source }: { config: AppConfig; source: CitySource }) {
  const { view, i18n } = usePageView(config.defaultLanguage, 'wall');
  // The screen kept before a scheduled reload, looked up first (a few milliseconds).
  const [cache, setCache] = useState<WallCache | null | undefined>(undefined);
  useEffect(() => {
    let current = true;
    void takeWallCache(source.label).then((kept) => current && setCache(kept));
    return () => {
      current = false;
    };
  }, [source.label]);
  return (
    <I18nContext.Provider value={i18n}>
      {cache === undefined ? null : <Wall config={config} source={source} view={view} cache={cache} i18n={i18n} />}
    </I18nContext.Provider>
  );
}

interface WallProps {
  config: AppConfig;
  source: CitySource;
  view: ViewState;
  cache: WallCache | null;
  i18n: I18n;
}

function Wall({ config, source, view, cache, i18n }: WallProps) {
  const live = useCityRequests(config, source);
  const city = live.city ?? cache?.city ?? null;
  if (!city) {
    return (
      <WallFrame state={live.error ? 'error' : 'loading'} title={i18n.t('app.title')}>
        {live.error ? (
          <p className="wall-empty" role="alert" data-testid="wall-error">
            {i18n.t('error.title')} — {describeError(live.error, i18n.t)} {i18n.t('stale.retrying')}
          </p>
        ) : (
          <LoadingNotice label={i18n.t('app.loading')} />
        )}
      </WallFrame>
    );
  }
  return <WallScreen config={config} source={source} view={view} cache={cache} i18n={i18n} city={city} live={live} />;
}

/** The wall's figures: its period over the whole city, every category, counted as the link says. */
function wallView(view: ViewState, config: AppConfig): ViewState {
  return {
    ...view,
    period: config.wall.period,
    from: null,
    to: null,
    district: null,
    neighbourhood: null,
    group: null,
    status: 'all',
    layers: ['heatmap'],
  };
}

function WallScreen({
  config,
  source,
  view,
  cache,
  i18n,
  city,
  live,
}: WallProps & { city: CityData; live: CityRequests }) {
  const { t, language } = i18n;
  const scenes = config.wall.scenes;
  const shownView = useMemo(() => wallView(view, config), [view, config]);
  const scope = useScopeFigures({
    city,
    loaded: live.loaded,
    worker: live.worker,
    view: shownView,
    now: live.now,
    language,
    noAgency: t('agency.none'),
  });
  const { timeZone, calendar, format } = scope;
  // Until the worker has loaded the requests again, the screen kept before the reload stands in for them.
  const fresh = Boolean(live.loaded && scope.result);
  const loaded = live.loaded ?? cache?.loaded;
  const result = scope.result ?? cache?.result ?? null;
  const { fiber, eservices: es } = useProgrammes({
    source,
    city,
    period: scope.period,
    now: live.now,
    districtId: null,
    language,
  });
  const fiberFigures = fiber.figures ?? cache?.fiber ?? null;
  const eservices = useMemo(
    () =>
      es.scope && es.rollout ? { scope: es.scope, rollout: es.rollout, areas: es.areas } : (cache?.eservices ?? null),
    [es.scope, es.rollout, es.areas, cache],
  );

  const [mapFailed, setMapFailed] = useState(false);
  const available = useCallback(
    (index: number) => sceneAvailable(scenes[index]!.scene, { result, mapFailed, fiber: fiberFigures, eservices }),
    [scenes, result, mapFailed, fiberFigures, eservices],
  );

  // The data's time: the last good load, or the kept screen's until the first load after a reload.
  const dataAsOf = live.loadedAt !== null ? live.loadedAt * 1000 : (cache?.dataAsOf ?? null);
  const reload = useScheduledReload({
    everyMinutes: config.wall.reloadEveryMinutes,
    screen: {
      source: source.label,
      dataAsOf,
      city,
      loaded: live.loaded ?? null,
      result: scope.result,
      fiber: fiber.figures,
      eservices,
    },
    release: () => live.worker.terminate(),
  });
  // The page is about to reload: the map and the worker go first, so the old page is quick to unload.
  const leaving = reload.leavingTo !== null;
  const rotation = useSceneRotation(scenes, available, cache?.scene ?? 0, reload.onBoundary);
  const scene = scenes[rotation.index]!.scene;

  const uiScale = useUiScale();
  const mapStyle = useMapStyle(city, language, uiScale, null, config.basemapStyleUrl, BASEMAP_DARK);
  const layerContext = useLayerContext({
    loaded,
    result,
    cityFilter: scope.cityFilter,
    districts: city.districts,
    neighbourhoods: city.neighbourhoods,
    districtId: null,
    neighbourhoodId: null,
    language,
    zoom: CITY_ZOOM,
    uiScale,
  });
  const [mapDrawn, setMapDrawn] = useState(false);
  // Fitted once the density panel is on screen, so the city is framed clear of it.
  const hasFigures = result !== null;
  const fitTo = useMemo(
    () => (hasFigures ? { key: 'city', bbox: city.city.bbox } : null),
    [hasFigures, city.city.bbox],
  );
  const onMapFailed = useCallback(() => {
    setMapFailed(true);
    scenes.forEach((s, i) => s.scene === 'density' && rotation.fail(i));
  }, [scenes, rotation]);

  // Scenes of capabilities the city publishes no data for: passed over, and said so.
  const absent = scenes
    .map((s) => s.scene)
    .filter((id, i, all) => all.indexOf(id) === i)
    .filter((id) => (id === 'fiber' && fiber.status === 'absent') || (id === 'eservices' && es.status === 'absent'));
  const stale = live.stale ?? (!fresh && cache ? { since: cache.dataAsOf / 1000, error: null } : null);
  return (
    <WallFrame
      state={result ? 'ready' : 'loading'}
      title={city.city.name[language]}
      sceneTitle={t(`wall.scene.${scene}`)}
      clock={<WallClock language={language} timeZone={timeZone} calendar={calendar} />}
      attributes={{
        'data-scene': scene,
        'data-scene-index': rotation.index,
        'data-rotations': rotation.rotations,
        'data-scene-failures': rotation.failures,
        'data-fresh': fresh,
        'data-map-drawn': mapDrawn,
        'data-stale': stale ? stale.since : undefined,
        // The scene the page is reloading into.
        'data-reload-to': reload.leavingTo !== null ? scenes[reload.leavingTo]!.scene : undefined,
      }}
      notice={
        loaded && loaded.count > 0 && outsidePeriod(loaded.range, scope.period) ? (
          <OutOfPeriodNote range={loaded.range} format={format} />
        ) : null
      }
      footer={
        <WallFooter
          dataAsOf={dataAsOf}
          stale={stale && { since: stale.since, reason: stale.error ? describeError(stale.error, t) : null }}
          now={live.now}
          absent={absent}
          skipped={rotation.failed.size}
          format={format}
          timeZone={timeZone}
        />
      }
    >
      {mapStyle.style && !mapFailed && !leaving ? (
        <ErrorBoundary fallback={() => null} onError={onMapFailed}>
          <RequestMap
            mapStyle={mapStyle.style}
            initialView={{ center: city.city.center, zoom: CITY_ZOOM }}
            activeLayers={shownView.layers}
            context={layerContext}
            serviceCodes={loaded?.serviceCodes ?? []}
            services={city.services}
            fitTo={fitTo}
            format={format}
            onViewChange={ignore}
            onSelectArea={ignore}
            onFirstDraw={ignore}
            highlight={null}
            onDataDrawn={() => setMapDrawn(true)}
          />
        </ErrorBoundary>
      ) : null}
      {result ? (
        <ErrorBoundary
          key={`${rotation.index}:${rotation.rotations}`}
          fallback={() => null}
          onError={() => rotation.fail(rotation.index)}
        >
          <div className={`wall-scene wall-scene--${scene}`} data-testid={`wall-scene-${scene}`}>
            <WallScene
              scene={scene}
              figures={{ result, fiber: fiberFigures, eservices }}
              city={city}
              names={scope.names}
              format={format}
              timeZone={timeZone}
            />
          </div>
        </ErrorBoundary>
      ) : (
        <LoadingNotice label={t('app.loadingRequests')} />
      )}
    </WallFrame>
  );
}

const ignore = () => undefined;

/** The map's zoom before it fits the city (any city: the fit follows at once). */
const CITY_ZOOM = 11.5;

/**
 * The desktop dashboard: composes the features from URL state. It holds no figures of its own — they come
 * from the request worker — and no view state of its own — that lives in the URL.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { AppConfig } from '../api/schemas';
import { outsidePeriod } from '../domain/period';
import { OutOfPeriodNote } from '../features/requests/out-of-period-note';
import { useDataPeriod } from '../features/requests/use-data-period';
import type { CitySource } from '../features/city/city-source';
import type { CityData } from '../features/city/use-city-data';
import { AreaPanel } from '../features/districts/area-panel';
import { FollowUpSection } from '../features/follow-up/follow-up-section';
import { focusBBox, type MapFocus } from '../features/follow-up/map-focus';
import { LayerPanel } from '../features/map-view/layer-panel';
import { MapExportButton } from '../features/map-view/map-export';
import { RequestMap } from '../features/map-view/request-map';
import { useMapStyle } from '../features/map-view/use-basemap-style';
import { useLayerContext } from '../features/map-view/use-layer-context';
import { DataQualityNote } from '../features/requests/data-quality-note';
import { FilterBar } from '../features/requests/filter-bar';
import { ExportButtons } from '../features/requests/export-buttons';
import { useScopeExport } from '../features/requests/use-scope-export';
import { useFiberRollout } from '../features/fiber/use-fiber-rollout';
import { FiberBlock } from '../features/fiber/fiber-block';
import { FiberLine } from '../features/fiber/fiber-line';
import { EServiceLine } from '../features/eservices/eservice-line';
import { EServicesSection } from '../features/eservices/eservices-section';
import { useEServices } from '../features/eservices/use-eservices';
import { KpiStrip } from '../features/requests/kpi-strip';
import type { MapCamera } from '../map/map-image';
import { Breadcrumbs } from '../ui/breadcrumbs';
import { useUiScale } from '../ui/use-ui-scale';
import { I18nContext, useI18n } from '../ui/i18n-context';
import { PartBoundary } from '../ui/render-failure';
import { ErrorNotice, LoadingNotice, StaleNotice } from '../ui/status-notice';
import { describeError } from './describe-error';
import { areaChildren } from '../features/districts/area-children';
import { areaCrumbs } from '../features/districts/area-crumbs';
import { useFitTarget } from './use-fit-target';
import { useCityRequests, type CityRequests } from './use-city-requests';
import { useScopeFigures } from './use-scope-figures';
import type { ViewState } from './url-state';
import { useStepBack } from './use-step-back';
import { Shell } from './shell';
import { usePageView } from './use-page-view';

/** The map's zoom before the user moves it (the whole city on a desktop screen). */
const CITY_ZOOM = 11.5;

export function Dashboard({ config, source, tools }: { config: AppConfig; source: CitySource; tools?: ReactNode }) {
  const { view, update, i18n } = usePageView(config.defaultLanguage, 'desk');
  const { city, worker, loaded, loadedAt, now, error, stale, retrying, retry } = useCityRequests(config, source);
  const [ready, setReady] = useState(false);

  return (
    <I18nContext.Provider value={i18n}>
      <div
        className="app"
        data-testid="app"
        data-state={error ? 'error' : ready ? 'ready' : 'loading'}
        data-stale={stale ? stale.since : undefined}
      >
        {city ? (
          <ReadyDashboard
            city={city}
            view={view}
            update={update}
            worker={worker}
            loaded={loaded}
            loadedAt={loadedAt ?? now}
            now={now}
            source={source}
            config={config}
            error={error}
            stale={stale}
            retry={retry}
            retrying={retrying}
            onReady={setReady}
            tools={tools}
          />
        ) : (
          <Shell view={view} update={update} tools={tools}>
            {error ? (
              <ErrorNotice
                title={i18n.t('error.title')}
                message={describeError(error, i18n.t)}
                retryLabel={i18n.t('error.retry')}
                onRetry={retry}
                busy={retrying}
              />
            ) : (
              <LoadingNotice label={i18n.t('app.loading')} />
            )}
          </Shell>
        )}
      </div>
    </I18nContext.Provider>
  );
}

interface ReadyProps {
  city: CityData;
  view: ViewState;
  update: (patch: Partial<ViewState>, mode?: 'push' | 'replace') => void;
  worker: CityRequests['worker'];
  loaded: CityRequests['loaded'];
  /** When the requests on screen were read (epoch seconds). */
  loadedAt: number;
  now: number;
  source: CitySource;
  config: AppConfig;
  error: Error | null;
  /** The last refresh failed: since when the data shown is the last good, and why. */
  stale: { since: number; error: Error } | null;
  retry: () => void;
  retrying: boolean;
  onReady: (ready: boolean) => void;
  tools: ReactNode;
}

function ReadyDashboard({
  city,
  view,
  update,
  worker,
  loaded,
  loadedAt,
  now,
  source,
  config,
  error,
  stale,
  retry,
  retrying,
  onReady,
  tools,
}: ReadyProps) {
  const { t, language } = useI18n();
  const { timeZone, calendar, format, selection, period, group, cityFilter, areaFilter, result, names } =
    useScopeFigures({ city, loaded, worker, view, now, language, noAgency: t('agency.none') });
  const districtId = selection.district?.id ?? null;
  const neighbourhoodId = selection.neighbourhood?.id ?? null;
  const changeFilters = useCallback((patch: Partial<ViewState>) => update(patch), [update]);
  const showDataRange = useDataPeriod({
    range: loaded?.range ?? null,
    periodGiven: view.periodGiven,
    calendar,
    timeZone,
    now,
    onChange: changeFilters,
  });
  const [mapDrawn, setMapDrawn] = useState(false);
  const [dataDrawn, setDataDrawn] = useState(false);
  // A map that could not be drawn (no WebGL, say) shows its message in place; the rest is ready without it.
  const [mapFailed, setMapFailed] = useState(false);
  const onMapError = useCallback((e: Error | null) => setMapFailed(e !== null), []);
  const fiberOn = view.layers.includes('fiber');
  const onFiberDay = useCallback((at: string | null) => update({ at }), [update]);
  const fiber = useFiberRollout(source, city.districts, fiberOn, { now, calendar, timeZone }, view.at, onFiberDay);
  const eservices = useEServices({ source, districts: city.districts, period, timeZone, now, districtId, language });
  const uiScale = useUiScale();
  // The map writes its view into the URL after every move, so the URL's zoom is the map's zoom.
  const zoom = view.zoom ?? CITY_ZOOM;
  const mapStyle = useMapStyle(city, language, uiScale, districtId, config.basemapStyleUrl);
  const notes = useMemo(() => [...city.notes, ...mapStyle.notes], [city.notes, mapStyle.notes]);

  const selectArea = useCallback(
    (id: string) => {
      const district = city.districts.features.find((f) => f.properties.id === id);
      if (district) update({ district: id, neighbourhood: null }, 'push');
      else update({ neighbourhood: id }, 'push');
    },
    [city, update],
  );
  const [focus, setFocus] = useState<MapFocus | null>(null);
  const stopFollowing = useCallback(() => setFocus(null), []);
  const goUp = useStepBack({ following: focus !== null, stopFollowing, districtId, neighbourhoodId, update });

  const areaFit = useFitTarget(selection, city, view.center !== null);
  const fitTo = focus ? { key: `focus:${focus.kind}:${focus.id}`, bbox: focusBBox(focus) } : areaFit;
  const districtNames = useMemo(() => city.districts.features.map((f) => f.properties.name), [city.districts]);
  const layerContext = useLayerContext({
    loaded,
    result,
    cityFilter,
    districts: city.districts,
    neighbourhoods: city.neighbourhoods,
    districtId,
    neighbourhoodId,
    fiberView: fiber.layerView,
    fiberStatus: fiber.status,
    eservices: eservices.areas,
    eservicesStatus: eservices.status,
    language,
    zoom,
    uiScale,
  });
  // Ready means drawn: the basemap, and deck.gl's layers with the current figures' data.
  const ready = Boolean(result && (mapFailed || (mapDrawn && dataDrawn)) && loaded) && !error;
  useEffect(() => onReady(ready), [ready, onReady]);
  const crumbs = areaCrumbs(selection, city.city.name, language, (district) =>
    update({ district, neighbourhood: null }, 'push'),
  );
  const panelFigures = areaFilter ? result?.area : result?.city;
  const scope = selection.neighbourhood ?? selection.district;
  const naming = { area: scope?.id ?? null, group, status: view.status, timeZone };
  const writeCsv = useScopeExport(worker, city, areaFilter ?? cityFilter, naming);
  const camera = useRef<MapCamera | null>(null);
  const districtName = (id: string) =>
    city.districts.features.find((f) => f.properties.id === id)?.properties.name[language] ?? id;
  const children = areaChildren(selection, city, result?.city ?? null, language);
  // Another area or language may draw where this one failed: the panel's boundaries try again on a change.
  const panelKey = `${language}|${districtId ?? ''}|${neighbourhoodId ?? ''}`;

  return (
    <Shell
      view={view}
      update={update}
      subtitle={[city.city.name[language], city.city.requestLine?.[language]].filter(Boolean).join(' — ')}
      tools={tools}
      filters={
        <FilterBar
          view={view}
          services={city.services}
          period={{ ...period, label: period.label(format) }}
          timeZone={timeZone}
          onChange={changeFilters}
        />
      }
    >
      <div className="workspace" data-ready={ready}>
        <PartBoundary part="map" onError={onMapError}>
          {mapStyle.style ? (
            <RequestMap
              mapStyle={mapStyle.style}
              initialView={{
                center: view.center ?? city.city.center,
                zoom,
              }}
              activeLayers={view.layers}
              context={layerContext}
              serviceCodes={loaded?.serviceCodes ?? []}
              services={city.services}
              fitTo={fitTo}
              format={format}
              onViewChange={(v) => update({ center: v.center, zoom: v.zoom })}
              onSelectArea={selectArea}
              onSelectSegment={fiber.select}
              onFirstDraw={() => {
                performance.mark('shahrnama:basemap-drawn');
                setMapDrawn(true);
              }}
              highlight={focus?.positions ?? null}
              camera={camera}
              onDataDrawn={() => {
                if (!dataDrawn) performance.mark('shahrnama:data-drawn');
                setDataDrawn(true);
              }}
            />
          ) : (
            <div className="map-pending">
              <LoadingNotice label={t('app.loadingBasemap')} />
            </div>
          )}
        </PartBoundary>
        <div className="overlay overlay--start" data-map-overlay>
          <Breadcrumbs items={crumbs} label={t('crumb.city')} />
          {result ? (
            <section className="city-strip" aria-label={t('panel.city')}>
              <KpiStrip figures={result.city} format={format} prefix="kpi" />
              <p className="city-strip__caption" data-testid="kpi-count-note">
                {t(`count.note.${result.city.countBy}`)}
              </p>
              {loaded && loaded.count > 0 && outsidePeriod(loaded.range, period) ? (
                <OutOfPeriodNote range={loaded.range} format={format} onShowRange={showDataRange} />
              ) : null}
            </section>
          ) : null}
          {panelFigures ? (
            <PartBoundary part="panel" resetKey={panelKey}>
              <AreaPanel
                name={scope ? scope.name[language] : t('panel.city')}
                population={scope ? scope.population : city.city.population}
                figures={panelFigures}
                childrenTitle={children.title ? t(children.title) : null}
                areaChildren={children.items}
                onSelectChild={selectArea}
                onClose={scope ? goUp : null}
                serviceCodes={loaded?.serviceCodes ?? []}
                services={city.services}
                format={format}
                actions={<ExportButtons write={writeCsv} />}
                facts={
                  fiber.figures && !selection.neighbourhood ? (
                    <FiberLine
                      progress={
                        selection.district
                          ? fiber.figures.progress.byDistrict[selection.district.index]!
                          : fiber.figures.progress.city
                      }
                      format={format}
                    />
                  ) : null
                }
                eserviceFacts={
                  eservices.scope && eservices.rollout && !selection.neighbourhood ? (
                    <EServiceLine
                      scope={eservices.scope}
                      rollout={eservices.rollout}
                      districtId={districtId}
                      format={format}
                      timeZone={timeZone}
                    />
                  ) : null
                }
                fiber={
                  fiberOn && !selection.neighbourhood ? (
                    <FiberBlock
                      rollout={fiber}
                      district={selection.district?.index ?? null}
                      districtNames={districtNames}
                      calendar={calendar}
                      timeZone={timeZone}
                      format={format}
                    />
                  ) : null
                }
                followUp={
                  result ? (
                    <PartBoundary part="followUp" resetKey={panelKey}>
                      <FollowUpSection
                        followUp={result.followUp}
                        names={names}
                        format={format}
                        focus={focus}
                        onFocus={setFocus}
                        showScoreboard={!scope}
                        loadRequestText={source.requestDetails}
                      />
                    </PartBoundary>
                  ) : null
                }
                eservices={
                  selection.neighbourhood ? null : (
                    <PartBoundary part="eservices" resetKey={panelKey}>
                      <EServicesSection
                        status={eservices.status}
                        months={eservices.months}
                        scope={eservices.scope}
                        rollout={eservices.rollout}
                        districtId={districtId}
                        districtName={districtName}
                        format={format}
                        timeZone={timeZone}
                      />
                    </PartBoundary>
                  )
                }
              />
            </PartBoundary>
          ) : null}
        </div>
        <div className="overlay overlay--end" data-map-overlay>
          {error ? (
            <ErrorNotice
              title={t('error.title')}
              message={describeError(error, t)}
              retryLabel={t('error.retry')}
              onRetry={retry}
              busy={retrying}
            />
          ) : null}
          {stale ? (
            <StaleNotice
              title={t('stale.title', { time: format.moment(stale.since, now) })}
              lines={[t('stale.message', { reason: describeError(stale.error, t) }), t('stale.retrying')]}
              retryLabel={t('error.retry')}
              onRetry={retry}
            />
          ) : null}
          {!result && !error ? <LoadingNotice label={t('app.loadingRequests')} /> : null}
          <LayerPanel
            active={view.layers}
            context={layerContext}
            onToggle={(id, on) =>
              update({ layers: on ? [...view.layers, id] : view.layers.filter((layer) => layer !== id) })
            }
            format={format}
            actions={
              <MapExportButton
                picture={() => camera.current?.capture() ?? Promise.reject(new Error('the map is not on screen'))}
                scope={{
                  places: [city.city.name, selection.district?.name, selection.neighbourhood?.name]
                    .filter((name) => name !== undefined)
                    .map((name) => name[language]),
                  period: period.label(format),
                  asOf: loadedAt,
                }}
                activeLayers={view.layers}
                context={layerContext}
                format={format}
                naming={{ ...naming, from: cityFilter.from, to: cityFilter.to }}
              />
            }
          />
          {loaded ? (
            <DataQualityNote
              setAside={loaded.setAside}
              kept={loaded.count}
              notes={notes}
              format={format}
              mayBeCapped={loaded.mayBeCapped}
            />
          ) : null}
        </div>
      </div>
    </Shell>
  );
}

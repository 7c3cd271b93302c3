/**
 * What the briefing and the presenter share: the city and its requests loaded, the top bar, the notice while
 * loading or after a failure, and — once the figures are in — the briefing's data and sections for the page
 * to lay out. The page is ready when the figures are in and the map's picture is drawn.
 */
import { useEffect, useState, type ReactNode } from 'react';
import type { AppConfig } from '../api/schemas';
import type { BriefingData } from '../features/briefing/briefing-data';
import type { BriefingSection } from '../features/briefing/briefing-sections';
import type { CitySource } from '../features/city/city-source';
import type { CityData } from '../features/city/use-city-data';
import { I18nContext, useI18n } from '../ui/i18n-context';
import { ErrorNotice, LoadingNotice } from '../ui/status-notice';
import { BriefingMap } from './briefing-map';
import { describeError } from './describe-error';
import { Shell } from './shell';
import { useBriefingData } from './use-briefing';
import { useCityRequests, type CityRequests } from './use-city-requests';
import type { ViewState } from './url-state';
import { usePageView } from './use-page-view';

type Update = (patch: Partial<ViewState>, mode?: 'push' | 'replace') => void;

export interface BriefingReady {
  data: BriefingData;
  sections: BriefingSection[];
  view: ViewState;
  update: Update;
  city: CityData;
  /** The map's picture is drawn (or the map failed and says so): the page may be printed. */
  mapReady: boolean;
}

interface PageProps {
  page: 'briefing' | 'present';
  config: AppConfig;
  source: CitySource;
  tools?: ReactNode;
  /** The map picture's size on this page, in CSS pixels. */
  mapSize: { width: number; height: number };
  children: (ready: BriefingReady) => ReactNode;
}

type LoadProps = PageProps & { view: ViewState; update: Update };

/** A page over the briefing: its view and language from the URL, and the briefing once it is loaded. */
export function BriefingRoute(props: PageProps) {
  const { view, update, i18n } = usePageView(props.config.defaultLanguage, props.page);
  return (
    <I18nContext.Provider value={i18n}>
      <BriefingLoad {...props} view={view} update={update} />
    </I18nContext.Provider>
  );
}

function BriefingLoad(props: LoadProps) {
  const { t, language } = useI18n();
  const requests = useCityRequests(props.config, props.source);
  const { city, loaded, loadedAt, error } = requests;
  const [ready, setReady] = useState(false);
  return (
    <div
      className={`app briefing-app briefing-app--${props.page}`}
      data-testid="app"
      data-page={props.page}
      data-state={error ? 'error' : ready ? 'ready' : 'loading'}
    >
      <Shell
        route={props.page}
        view={props.view}
        update={props.update}
        tools={props.tools}
        subtitle={city?.city.name[language]}
      >
        {city && loaded && loadedAt !== null ? (
          <ReadyBriefing {...props} city={city} requests={requests} asOf={loadedAt} onReady={setReady} />
        ) : error ? (
          <ErrorNotice
            title={t('error.title')}
            message={describeError(error, t)}
            retryLabel={t('error.retry')}
            onRetry={requests.retry}
            busy={requests.retrying}
          />
        ) : (
          <LoadingNotice label={t('app.loading')} />
        )}
      </Shell>
    </div>
  );
}

function ReadyBriefing(
  props: LoadProps & { city: CityData; requests: CityRequests; asOf: number; onReady: (ready: boolean) => void },
) {
  const i18n = useI18n();
  const { city, requests, view, onReady } = props;
  const { data, sections, scope } = useBriefingData({
    city,
    loaded: requests.loaded,
    worker: requests.worker,
    view,
    now: requests.now,
    language: i18n.language,
    source: props.source,
    asOf: props.asOf,
    i18n,
  });
  // The picture is taken once per selection: another area or period is another map.
  const mapKey = `${scope.selection.district?.id ?? ''}|${scope.cityFilter.from}|${scope.cityFilter.to}|${i18n.language}`;
  const [doneKey, setDoneKey] = useState<string | null>(null);
  const mapReady = doneKey === mapKey;
  const isReady = Boolean(data) && mapReady;
  useEffect(() => onReady(isReady), [isReady, onReady]);
  if (!data) return <LoadingNotice label={i18n.t('app.loadingRequests')} />;
  const map = (
    <BriefingMap
      key={mapKey}
      config={props.config}
      city={city}
      selection={scope.selection}
      loaded={requests.loaded}
      result={scope.result}
      cityFilter={scope.cityFilter}
      layers={view.layers}
      size={props.mapSize}
      label={i18n.t('briefing.section.map')}
      exportAs={
        // The presenter's room has no use for the file; the briefing's reader may want it for a report.
        props.page === 'briefing'
          ? {
              scope: {
                places: [city.city.name[i18n.language], ...(scope.selection.district ? [data.areaName] : [])],
                period: data.periodLabel,
                asOf: data.asOf,
              },
              format: data.format,
              naming: {
                area: data.districtId,
                from: scope.cityFilter.from,
                to: scope.cityFilter.to,
                timeZone: data.timeZone,
                group: null,
                status: 'all',
              },
            }
          : undefined
      }
      onDone={() => setDoneKey(mapKey)}
    />
  );
  return props.children({ data: { ...data, map }, sections, view, update: props.update, city, mapReady });
}

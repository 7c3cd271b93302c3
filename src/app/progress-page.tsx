/**
 * The smart-city progress page (`progress/`): the fiber network, the share of services used online and the
 * self-service rollout, each against its target, for the city or a district and a period — the page the
 * council asks to see first. A page over the same features as the desk (their hooks and blocks), with its
 * own selection in the same URL scheme.
 */
import type { ReactNode } from 'react';
import type { AppConfig } from '../api/schemas';
import type { CitySource } from '../features/city/city-source';
import { useCityData, type CityData } from '../features/city/use-city-data';
import { AreaPeriodFields } from '../features/districts/area-period-fields';
import { RolloutLine } from '../features/eservices/eservice-line';
import { shareText } from '../features/eservices/eservice-text';
import { FiberProgressSummary } from '../features/fiber/fiber-progress-summary';
import type { Format } from '../ui/format';
import { I18nContext, useI18n } from '../ui/i18n-context';
import { ErrorNotice, LoadingNotice } from '../ui/status-notice';
import { describeError } from './describe-error';
import { Shell } from './shell';
import { usePageView } from './use-page-view';
import { useProgrammes } from './use-programmes';
import { useScopePeriod } from './use-scope-period';
import { useNow } from './use-now';
import type { ViewState } from './url-state';

export function ProgressPage({ config, source, tools }: { config: AppConfig; source: CitySource; tools?: ReactNode }) {
  const { view, update, i18n } = usePageView(config.defaultLanguage, 'progress');
  const cityData = useCityData(source, config.refreshIntervalSeconds);
  const city = cityData.data;
  return (
    <I18nContext.Provider value={i18n}>
      <div
        className="app progress-page"
        data-testid="app"
        data-page="progress"
        data-state={cityData.error ? 'error' : city ? 'ready' : 'loading'}
      >
        <Shell route="progress" view={view} update={update} tools={tools} subtitle={city?.city.name[view.lang]}>
          {city ? (
            <ProgressSummary city={city} view={view} update={update} source={source} />
          ) : cityData.error ? (
            <ErrorNotice
              title={i18n.t('error.title')}
              message={describeError(cityData.error, i18n.t)}
              retryLabel={i18n.t('error.retry')}
              onRetry={cityData.retry}
              busy={cityData.fetching}
            />
          ) : (
            <LoadingNotice label={i18n.t('app.loading')} />
          )}
        </Shell>
      </div>
    </I18nContext.Provider>
  );
}

function ProgressSummary({
  city,
  view,
  update,
  source,
}: {
  city: CityData;
  view: ViewState;
  update: (patch: Partial<ViewState>, mode?: 'push' | 'replace') => void;
  source: CitySource;
}) {
  const { t, language } = useI18n();
  const now = useNow(60);
  const { timeZone, format, selection, period } = useScopePeriod(city, view, now, language);
  const district = selection.district;
  const { fiber, eservices } = useProgrammes({ source, city, period, now, districtId: district?.id ?? null, language });
  const areaName = district ? district.name[language] : city.city.name[language];
  return (
    <main className="progress" data-testid="progress">
      <header className="progress__header">
        <h2>{t('progress.title', { area: areaName })}</h2>
        <p>{period.label(format)}</p>
        <form className="progress__controls" onSubmit={(e) => e.preventDefault()}>
          <AreaPeriodFields
            city={city}
            testId="progress"
            period={view.period}
            districtId={district?.id ?? null}
            onPeriod={(period) => update({ period, from: null, to: null })}
            onDistrict={(id) => update({ district: id, neighbourhood: null }, 'push')}
          />
        </form>
      </header>
      <div className="progress__cards">
        <ProgressCard title={t('progress.fiber')} testId="progress-fiber">
          {fiber.figures ? (
            <FiberProgressSummary
              progress={district ? fiber.figures.progress.byDistrict[district.index]! : fiber.figures.progress.city}
              forecast={district ? fiber.figures.forecasts.byDistrict[district.index]! : fiber.figures.forecasts.city}
              format={format}
            />
          ) : (
            <p className="empty-note">{t(`progress.status.${fiber.status}`)}</p>
          )}
        </ProgressCard>
        <ProgressCard title={t('progress.eservices')} testId="progress-eservices">
          {eservices.scope && eservices.rollout ? (
            <EServiceShare
              share={eservices.scope.total.share}
              target={eservices.scope.monthly.target?.share ?? null}
              format={format}
            />
          ) : (
            <p className="empty-note">{t(`progress.status.${eservices.status}`)}</p>
          )}
        </ProgressCard>
        <ProgressCard title={t('progress.selfService')} testId="progress-self-service">
          {eservices.scope && eservices.rollout ? (
            <p className="progress__line">
              <RolloutLine
                rollout={eservices.rollout}
                districtId={district?.id ?? null}
                format={format}
                timeZone={timeZone}
              />
            </p>
          ) : (
            <p className="empty-note">{t(`progress.status.${eservices.status}`)}</p>
          )}
        </ProgressCard>
      </div>
    </main>
  );
}

function ProgressCard({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <section className="progress-card" data-testid={testId}>
      <h3>{title}</h3>
      {children}
    </section>
  );
}

/** The online share of the scope's transactions in the period, with the city's target when it has one. */
function EServiceShare({ share, target, format }: { share: number | null; target: number | null; format: Format }) {
  const { t } = useI18n();
  return (
    <dl className="progress__figure" data-testid="progress-share" data-share={share ?? ''} data-target={target ?? ''}>
      <dt>{t('progress.share')}</dt>
      <dd>{shareText(share, format, t)}</dd>
      {target !== null ? (
        <>
          <dt>{t('progress.target')}</dt>
          <dd>{shareText(target, format, t)}</dd>
        </>
      ) : null}
    </dl>
  );
}

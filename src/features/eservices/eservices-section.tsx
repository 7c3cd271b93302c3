/**
 * The panel's e-services for its scope (the city or a district): the online share and its trend, the share
 * month by month against the city's target, the services next to move online, the catalogue, and the
 * self-service rollout. A city without e-services shows nothing here (the layer's legend says why); an
 * answer that could not be read says so.
 */
import type { MonthRange } from '../../domain/eservices/months';
import type { Format } from '../../ui/format';
import { useI18n } from '../../ui/i18n-context';
import { monthDays, monthText, pointsText, shareText, PERCENT } from './eservice-text';
import type { RolloutView, ScopeEServices } from './eservice-view';
import { NextOnlineList } from './next-online-list';
import { RolloutBlock } from './rollout-block';
import { ServiceTable } from './service-table';
import { ShareChart } from './share-chart';
import './eservices.css';

export interface EServicesSectionProps {
  status: 'loading' | 'ready' | 'absent' | 'failed';
  months: MonthRange | null;
  scope: ScopeEServices | null;
  rollout: RolloutView | null;
  /** The panel's district, or null at the city level. */
  districtId: string | null;
  districtName: (id: string) => string;
  format: Format;
  timeZone: string;
}

export function EServicesSection(props: EServicesSectionProps) {
  const { t } = useI18n();
  if (props.status === 'absent' || props.status === 'loading') return null;
  if (props.status === 'failed' || !props.scope || !props.months || !props.rollout) {
    return (
      <section className="eservices" data-testid="eservices" data-status="failed">
        <h3 className="eservices__title">{t('eservices.title')}</h3>
        <p className="empty-note" data-testid="eservices-failed">
          {t('eservices.failed')}
        </p>
      </section>
    );
  }
  const { scope, months, format, timeZone } = props;
  const empty = months.from > months.to || scope.total.share === null;
  return (
    <section className="eservices" data-testid="eservices" data-status="ready">
      <h3 className="eservices__title">{t('eservices.title')}</h3>
      {empty ? (
        <p className="empty-note" data-testid="eservices-none">
          {t('eservices.none')}
        </p>
      ) : (
        <>
          <p className="follow-up__note">
            {t('eservices.note', {
              from: monthDays(months.from, format, timeZone).from,
              to: monthDays(months.to, format, timeZone).to,
            })}
          </p>
          <ShareSummary scope={scope} format={format} timeZone={timeZone} />
          <ShareChart monthly={scope.monthly} format={format} timeZone={timeZone} />
          {scope.services ? (
            <>
              <NextOnlineList next={scope.next} format={format} />
              <ServiceTable services={scope.services} format={format} />
            </>
          ) : (
            <p className="empty-note">{t('eservices.catalogue.noUsage')}</p>
          )}
        </>
      )}
      <RolloutBlock
        rollout={props.rollout}
        districtId={props.districtId}
        districtName={props.districtName}
        format={format}
        timeZone={timeZone}
      />
    </section>
  );
}

/**
 * The scope's share, its transactions, its trend on the quarter before and its latest month's gap to the
 * city's target (named, since the share shown is the period's).
 */
export function ShareSummary({ scope, format, timeZone }: { scope: ScopeEServices; format: Format; timeZone: string }) {
  const { t } = useI18n();
  const { total, trend, monthly } = scope;
  const target = monthly.target;
  const month = monthly.latest ? monthText(monthly.latest.month, format, timeZone) : '';
  return (
    <div className="eservices__summary">
      <div className="kpi-tile" data-testid="eservices-share" data-value={total.share ?? ''}>
        <span className="kpi-tile__label">{t('eservices.share')}</span>
        <span className="kpi-tile__value">{shareText(total.share, format, t)}</span>
      </div>
      <ul className="eservices__facts">
        <li>
          {t('eservices.transactions', {
            online: format.number(total.online),
            total: format.number(total.online + total.inPerson),
          })}
        </li>
        <li data-testid="eservices-trend" data-value={trend ?? ''}>
          {trend === null ? t('eservices.trend.none') : t('eservices.trend', { points: pointsText(trend, format) })}
        </li>
        {target && monthly.gap !== null ? (
          <li className={monthly.gap < 0 ? 'eservices__short' : undefined}>
            {monthly.gap < 0
              ? t('eservices.gap.short', {
                  month,
                  points: format.number(-monthly.gap * 100, { maximumFractionDigits: 1 }),
                  target: format.number(target.share, PERCENT),
                })
              : t('eservices.gap.met', { month, target: format.number(target.share, PERCENT) })}
          </li>
        ) : null}
      </ul>
    </div>
  );
}

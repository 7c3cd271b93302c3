/**
 * The self-service (شهروندسپاری) rollout: the districts live against the city's deadline, each district's
 * status, launch and target dates and days early or late — late districts flagged — and a timeline.
 */
import type { Format } from '../../ui/format';
import { useI18n } from '../../ui/i18n-context';
import { dayText, rolloutDaysText } from './eservice-text';
import type { RolloutView } from './eservice-view';
import { RolloutTimeline } from './rollout-timeline';

export interface RolloutProps {
  rollout: RolloutView;
  /** The panel's district, marked in the table and the timeline; null at the city level. */
  districtId: string | null;
  districtName: (id: string) => string;
  format: Format;
  timeZone: string;
}

export function RolloutBlock(props: RolloutProps) {
  const { t } = useI18n();
  const { rollout, format, timeZone } = props;
  const { city } = rollout;
  if (rollout.districts.length === 0) return <p className="empty-note">{t('rollout.none')}</p>;
  return (
    <section className="follow-up__block" data-testid="rollout">
      <h3>{t('rollout.title')}</h3>
      <p className="eservices__rollout-count" data-testid="rollout-count" data-live={city.live}>
        <strong>
          {t('rollout.count', { live: format.number(city.live), districts: format.number(city.districts) })}
        </strong>
        {city.deadline ? (
          <span>
            {t('rollout.deadline', { date: dayText(city.deadline, format, timeZone) })} (
            {deadlineText(city.daysToDeadline, format, t)})
          </span>
        ) : null}
        <span>{t('rollout.byDeadline', { count: format.number(city.liveByDeadline) })}</span>
        {city.late > 0 ? (
          <span className="eservices__late">{t('rollout.lateCount', { count: format.number(city.late) })}</span>
        ) : null}
      </p>
      <table className="eservices__table eservices__rollout" data-testid="rollout-table">
        <thead>
          <tr>
            <th scope="col">{t('rollout.column.district')}</th>
            <th scope="col">{t('rollout.column.launched')}</th>
            <th scope="col">{t('rollout.column.target')}</th>
            <th scope="col">{t('rollout.column.days')}</th>
          </tr>
        </thead>
        <tbody>
          {rollout.districts.map((d) => (
            <tr
              key={d.districtId}
              data-district-id={d.districtId}
              data-late={d.late}
              data-days-late={d.daysLate ?? ''}
              aria-current={d.districtId === props.districtId ? 'true' : undefined}
            >
              <th scope="row">
                {props.districtName(d.districtId)}
                <span className="eservices__status">{t(`rollout.status.${d.status}`)}</span>
              </th>
              <td>{d.launchedAt ? dayText(d.launchedAt, format, timeZone) : t('kpi.none')}</td>
              <td>{dayText(d.targetDate, format, timeZone)}</td>
              <td className={d.late ? 'eservices__days eservices__late' : 'eservices__days'}>
                {d.late ? <span className="eservices__flag">{t('rollout.late')}</span> : null}
                {rolloutDaysText(d, format, t)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <RolloutTimeline {...props} />
    </section>
  );
}

function deadlineText(days: number | null, format: Format, t: ReturnType<typeof useI18n>['t']): string {
  if (days === null) return '';
  return days >= 0
    ? t('rollout.deadline.left', { days: format.number(days) })
    : t('rollout.deadline.past', { days: format.number(-days) });
}

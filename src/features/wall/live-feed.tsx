/**
 * The newest requests of the city as they arrive, newest first: when, what and where, and whether it is
 * already closed. Updated in place at each refresh; rows are keyed by request, so one that stays keeps its
 * place on screen rather than being drawn anew.
 */
import type { Service } from '../../api/schemas';
import { formatTime } from '../../domain/calendar';
import { FIRST_CLOSED_STAGE } from '../../domain/vocabulary';
import { useI18n } from '../../ui/i18n-context';
import type { NewestRequest } from '../../workers/request-protocol';

export function LiveFeed({
  newest,
  services,
  districtName,
  timeZone,
}: {
  newest: NewestRequest[];
  services: Service[];
  districtName: (index: number) => string;
  timeZone: string;
}) {
  const { t, language } = useI18n();
  const names = new Map(services.map((s) => [s.service_code, s.service_name[language]]));
  return (
    <section className="live-feed" data-testid="live-feed">
      <h3>{t('wall.feed')}</h3>
      {newest.length === 0 ? (
        <p className="live-feed__none" data-testid="live-feed-none">
          {t('chart.empty')}
        </p>
      ) : (
        <ol>
          {newest.map((r) => (
            <li
              key={r.id}
              data-request={r.id}
              className={r.stage >= FIRST_CLOSED_STAGE ? 'live-feed__closed' : undefined}
            >
              <time>{formatTime(r.requestedAt, language, timeZone)}</time>
              <span className="live-feed__what">{names.get(r.serviceCode) ?? r.serviceCode}</span>
              <span className="live-feed__where">{r.district >= 0 ? districtName(r.district) : ''}</span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

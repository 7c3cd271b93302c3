/** The follow-up figures of the panel's scope, each beside its value in the previous equal period. */
import type { FollowUpComparison } from '../../domain/follow-up';
import { JURISDICTIONS } from '../../domain/vocabulary';
import type { Format } from '../../ui/format';
import { useI18n } from '../../ui/i18n-context';
import { KpiTile } from '../../ui/kpi-tile';

export function FollowUpFigures({ comparison, format }: { comparison: FollowUpComparison; format: Format }) {
  const { t } = useI18n();
  const now = comparison.current.municipal;
  const before = comparison.previous.municipal;
  const percent = (x: number) => (Number.isFinite(x) ? format.number(x, { style: 'percent' }) : t('followUp.noData'));
  const hours = (h: number) => (Number.isFinite(h) ? format.duration(h) : t('followUp.noData'));
  const previous = (value: string) => t('followUp.vsPrevious', { value });
  return (
    <div className="kpi-strip">
      <KpiTile
        testId="follow-up-on-time"
        label={t('followUp.onTime')}
        value={now.onTimeRate}
        display={percent(now.onTimeRate)}
        note={previous(percent(before.onTimeRate))}
      />
      <KpiTile
        testId="follow-up-p90"
        label={t('followUp.p90')}
        value={now.p90ResolveHours}
        display={hours(now.p90ResolveHours)}
        note={previous(hours(before.p90ResolveHours))}
      />
      <KpiTile
        testId="follow-up-open"
        label={t('followUp.open')}
        value={now.open}
        display={format.number(now.open)}
        note={previous(format.number(before.open))}
      />
      <KpiTile
        testId="follow-up-overdue"
        label={t('followUp.overdue')}
        value={now.overdue}
        display={format.number(now.overdue)}
        tone={now.overdue > 0 ? 'warning' : 'neutral'}
        note={previous(format.number(before.overdue))}
      />
    </div>
  );
}

/** Open municipal requests by age, as a row of labelled bars. */
export function OpenByAge({ openByAge, format }: { openByAge: Uint32Array; format: Format }) {
  const { t } = useI18n();
  const most = Math.max(1, ...openByAge);
  return (
    <section className="follow-up__block">
      <h3>{t('followUp.age')}</h3>
      <ol className="bar-list" data-testid="open-by-age">
        {Array.from(openByAge, (count, bucket) => (
          <li key={bucket}>
            <span>{t(`followUp.age.${bucket}` as 'followUp.age.0')}</span>
            <span className="bar-list__bar" style={{ inlineSize: `${(100 * count) / most}%` }} />
            <span className="bar-list__count">{format.number(count)}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Requests of other agencies' categories, or referred, by receiving agency: never in the backlog above. */
export function ExternalRequests({ comparison, format }: { comparison: FollowUpComparison; format: Format }) {
  const { t } = useI18n();
  const external = comparison.current.external;
  const rows = JURISDICTIONS.map((j, i) => ({ label: t(`jurisdiction.${j}`), count: external.byJurisdiction[i] ?? 0 }))
    .concat([{ label: t('followUp.referredMunicipal'), count: external.referredMunicipal }])
    .filter((row) => row.count > 0)
    .sort((a, b) => b.count - a.count);
  return (
    <section className="follow-up__block" data-testid="external-requests" data-total={external.total}>
      <h3>
        {t('followUp.external')} <bdi>({format.number(external.total)})</bdi>
      </h3>
      {rows.length === 0 ? (
        <p className="empty-note">{t('followUp.external.none')}</p>
      ) : (
        <ul className="plain-list">
          {rows.map((row) => (
            <li key={row.label}>
              <span>{row.label}</span>
              <span className="area-panel__count">{format.number(row.count)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

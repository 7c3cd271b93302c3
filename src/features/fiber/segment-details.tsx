/** A clicked segment's details as text: status, dates, length, district and contractor when given. */
import type { FiberSegment, LocalizedName } from '../../api/schemas';
import type { Format } from '../../ui/format';
import { useI18n } from '../../ui/i18n-context';

export interface SegmentFacts {
  feature: FiberSegment;
  /** The district holding most of its length (the one the data names, else by its line), null outside all. */
  district: LocalizedName | null;
  late: boolean;
}

export function SegmentDetails({
  facts,
  dayOf,
  format,
  onClose,
}: {
  facts: SegmentFacts;
  /** A contract date (YYYY-MM-DD) as an instant of the city's day. */
  dayOf: (isoDay: string) => number;
  format: Format;
  onClose: () => void;
}) {
  const { t, language } = useI18n();
  const p = facts.feature.properties;
  const date = (isoDay: string | null | undefined) => (isoDay ? format.date(dayOf(isoDay)) : null);
  const rows: [string, string | null][] = [
    [t('fiber.segment.status'), t(`fiber.${p.status}`)],
    [t('fiber.segment.plannedStart'), date(p.planned_start)],
    [t('fiber.segment.plannedEnd'), date(p.planned_end)],
    [t('fiber.segment.startedAt'), date(p.started_at)],
    [t('fiber.segment.completedAt'), date(p.completed_at)],
    [
      t('fiber.segment.length'),
      t('fiber.segment.km', { km: format.number(p.length_m / 1000, { maximumFractionDigits: 2 }) }),
    ],
    [t('fiber.segment.district'), facts.district ? facts.district[language] : t('fiber.segment.noDistrict')],
    [t('fiber.segment.contractor'), p.contractor ? p.contractor[language] : null],
  ];
  return (
    <section className="request-details fiber-segment" data-testid="fiber-segment" data-id={p.id}>
      <header className="follow-up__header">
        <h4>
          {t('fiber.segment.title')} <bdi>{p.id}</bdi>
        </h4>
        <button type="button" className="icon-button" aria-label={t('fiber.segment.close')} onClick={onClose}>
          ×
        </button>
      </header>
      {facts.late ? <p className="fiber-summary__late">{t('fiber.segment.late')}</p> : null}
      <dl>
        {rows
          .filter((row): row is [string, string] => row[1] !== null)
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>
                <bdi>{value}</bdi>
              </dd>
            </div>
          ))}
      </dl>
    </section>
  );
}

/** The services with the most in-person transactions left: where going online would save the most visits. */
import type { ServiceFigures } from '../../domain/eservices/service-figures';
import type { Format } from '../../ui/format';
import { useI18n } from '../../ui/i18n-context';
import { shareText } from './eservice-text';
import type { CatalogueService } from './eservice-view';

export function NextOnlineList({ next, format }: { next: ServiceFigures<CatalogueService>[]; format: Format }) {
  const { t, language } = useI18n();
  return (
    <section className="follow-up__block">
      <h3>{t('eservices.next')}</h3>
      <p className="follow-up__note">{t('eservices.next.note')}</p>
      {next.length === 0 ? (
        <p className="empty-note">{t('eservices.next.none')}</p>
      ) : (
        <ol className="plain-list eservices__next" data-testid="eservices-next">
          {next.map((f) => (
            <li key={f.service.id} data-service-id={f.service.id} data-in-person={f.inPerson}>
              <span>{f.service.name[language]}</span>
              <span>
                {t('eservices.next.item', {
                  count: format.number(f.inPerson),
                  share: shareText(f.share, format, t),
                })}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

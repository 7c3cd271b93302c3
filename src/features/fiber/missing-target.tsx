/** The districts whose likely finish falls after their target, with both dates. */
import type { FiberForecasts } from '../../domain/fiber/forecast';
import type { Format } from '../../ui/format';
import { useI18n } from '../../ui/i18n-context';
import { districtsMissingTarget } from './fiber-model';

export function MissingTarget({
  forecasts,
  nameOf,
  format,
}: {
  forecasts: FiberForecasts;
  nameOf: (district: number) => string;
  format: Format;
}) {
  const { t } = useI18n();
  const missing = districtsMissingTarget(forecasts);
  return (
    <section className="follow-up__block">
      <h3>{t('fiber.missing.title')}</h3>
      {missing.length === 0 ? (
        <p className="follow-up__note">{t('fiber.missing.none')}</p>
      ) : (
        <ul className="plain-list fiber-missing" data-testid="fiber-missing">
          {missing.map(({ district, likely, target }) => (
            <li key={district} data-district={district}>
              {t('fiber.missing.item', {
                name: nameOf(district),
                likely: format.date(likely),
                target: format.date(target),
              })}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

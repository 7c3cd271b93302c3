/** A forecast in words: the likely, optimistic and pessimistic finish against the target, or why there is none. */
import type { FiberForecast } from '../../domain/fiber/forecast';
import type { Format } from '../../ui/format';
import { useI18n } from '../../ui/i18n-context';

export function ForecastText({ forecast, format }: { forecast: FiberForecast; format: Format }) {
  const { t } = useI18n();
  const date = format.date;
  switch (forecast.kind) {
    case 'refused':
      return (
        <span data-testid="fiber-forecast" data-kind="refused" data-reason={forecast.reason}>
          {t(`fiber.forecast.refused.${forecast.reason}`)}
        </span>
      );
    case 'done':
      return (
        <span data-testid="fiber-forecast" data-kind="done">
          {forecast.finishedAt === null
            ? t('fiber.forecast.doneUndated')
            : t(forecast.metTarget ? 'fiber.forecast.doneOnTime' : 'fiber.forecast.doneLate', {
                date: date(forecast.finishedAt),
                target: date(forecast.target),
              })}
        </span>
      );
    case 'forecast': {
      const verdict = forecast.missesTarget ? 'misses' : forecast.mayMissTarget ? 'mayMiss' : 'meets';
      const optimistic = date(forecast.optimistic);
      return (
        <span className="fiber-forecast" data-testid="fiber-forecast" data-kind="forecast" data-verdict={verdict}>
          <strong>{t('fiber.forecast.likely', { likely: date(forecast.likely) })}</strong>
          <span>
            {forecast.pessimistic === null
              ? t('fiber.forecast.rangeOpen', { optimistic })
              : t('fiber.forecast.range', { optimistic, pessimistic: date(forecast.pessimistic) })}
          </span>
          <span>
            {t('fiber.forecast.target', { target: date(forecast.target) })}
            {' — '}
            <strong className={`fiber-verdict fiber-verdict--${verdict}`}>{t(`fiber.forecast.${verdict}`)}</strong>
          </span>
        </span>
      );
    }
  }
}

/**
 * An area's fiber at a glance: km built of km planned (with their unit) and the share, the segments and km
 * late, and the forecast finish against the target. Takes the domain's figures alone, so any page (the
 * desk's panel, the `/progress` page) can show it.
 */
import type { FiberForecast } from '../../domain/fiber/forecast';
import type { AreaProgress } from '../../domain/fiber/progress';
import type { Format } from '../../ui/format';
import { useI18n } from '../../ui/i18n-context';
import { ForecastText } from './forecast-text';

export function FiberProgressSummary({
  progress,
  forecast,
  format,
  testId = 'fiber-summary',
}: {
  progress: AreaProgress;
  forecast: FiberForecast;
  format: Format;
  testId?: string;
}) {
  const { t } = useI18n();
  if (progress.share === null)
    return (
      <p className="fiber-summary__none" data-testid={testId} data-none="true">
        {t('fiber.summary.none')}
      </p>
    );
  const km = (n: number) => format.number(n, { maximumFractionDigits: 1 });
  return (
    <dl
      className="fiber-summary"
      data-testid={testId}
      data-built-km={progress.builtKm}
      data-planned-km={progress.plannedKm}
      data-share={progress.share}
      data-segments-late={progress.segmentsLate}
      data-km-late={progress.kmLate}
    >
      <div>
        <dt>{t('fiber.summary.builtLabel')}</dt>
        <dd>
          <bdi>{t('fiber.summary.built', { built: km(progress.builtKm), planned: km(progress.plannedKm) })}</bdi>{' '}
          <strong>
            <bdi>{format.number(progress.share, { style: 'percent', maximumFractionDigits: 1 })}</bdi>
          </strong>
        </dd>
      </div>
      <div>
        <dt>{t('fiber.summary.lateLabel')}</dt>
        <dd className={progress.segmentsLate > 0 ? 'fiber-summary__late' : undefined}>
          {t('fiber.summary.late', { segments: format.number(progress.segmentsLate), km: km(progress.kmLate) })}
        </dd>
      </div>
      <div>
        <dt>{t('fiber.forecast.label')}</dt>
        <dd>
          <ForecastText forecast={forecast} format={format} />
        </dd>
      </div>
    </dl>
  );
}

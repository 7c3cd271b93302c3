/** One line of the panel: the scope's fiber network, built (by its completion date) against planned, in km. */
import type { AreaProgress } from '../../domain/fiber/progress';
import type { Format } from '../../ui/format';
import { useI18n } from '../../ui/i18n-context';

export function FiberLine({ progress, format }: { progress: AreaProgress; format: Format }) {
  const { t } = useI18n();
  const km = (n: number) => format.number(n, { maximumFractionDigits: 1 });
  if (progress.share === null) return <span data-testid="fiber-line">{t('fiber.line.none')}</span>;
  return (
    <span data-testid="fiber-line" data-planned-km={progress.plannedKm} data-built-km={progress.builtKm}>
      {t('fiber.line', {
        built: km(progress.builtKm),
        total: km(progress.plannedKm),
        share: format.number(progress.share, { style: 'percent' }),
      })}
    </span>
  );
}

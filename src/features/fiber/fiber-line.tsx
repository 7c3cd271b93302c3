/** One line of the panel: the scope's fiber network, built against planned, in km. */
import type { Format } from '../../ui/format';
import { useI18n } from '../../ui/i18n-context';

export function FiberLine({ totalM, builtM, format }: { totalM: number; builtM: number; format: Format }) {
  const { t } = useI18n();
  const km = (m: number) => format.number(m / 1000, { maximumFractionDigits: 1 });
  if (totalM === 0) return <span data-testid="fiber-line">{t('fiber.line.none')}</span>;
  return (
    <span data-testid="fiber-line" data-total-m={totalM} data-built-m={builtM}>
      {t('fiber.line', {
        built: km(builtM),
        total: km(totalM),
        share: format.number(builtM / totalM, { style: 'percent' }),
      })}
    </span>
  );
}

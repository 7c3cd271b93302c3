import { memo } from 'react';
import { KpiTile } from '../../ui/kpi-tile';
import { useI18n } from '../../ui/i18n-context';
import type { Format } from '../../ui/format';
import type { ScopeFigures } from '../../workers/request-protocol';

/**
 * The headline figures of a scope. `prefix` keeps the strip's and the panel's test ids apart. Memoised: a
 * filter change re-renders the dashboard long before its figures arrive.
 */
export const KpiStrip = memo(function KpiStrip({
  figures,
  format,
  prefix,
}: {
  figures: ScopeFigures;
  format: Format;
  prefix: string;
}) {
  const { t } = useI18n();
  const median = figures.medianResolveHours;
  return (
    <div className="kpi-strip" aria-label={t(`count.note.${figures.countBy}`)}>
      <KpiTile
        testId={`${prefix}-requests`}
        label={t(`kpi.total.${figures.countBy}`)}
        value={figures.requests}
        display={format.number(figures.requests)}
      />
      <KpiTile
        testId={`${prefix}-open`}
        label={t('kpi.open')}
        value={figures.open}
        display={format.number(figures.open)}
      />
      <KpiTile
        testId={`${prefix}-overdue`}
        label={t('kpi.overdue')}
        value={figures.overdue}
        display={format.number(figures.overdue)}
        tone={figures.overdue > 0 ? 'warning' : 'neutral'}
      />
      <KpiTile
        testId={`${prefix}-median-resolve`}
        label={t('kpi.medianResolve')}
        value={median}
        display={Number.isFinite(median) ? format.duration(median) : t('kpi.none')}
      />
    </div>
  );
});

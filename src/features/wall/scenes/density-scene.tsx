/**
 * Request density: the map behind (the page keeps it mounted across scenes) and, over it, the period's
 * headline figures and the newest requests as they arrive.
 */
import { KpiStrip } from '../../requests/kpi-strip';
import type { Format } from '../../../ui/format';
import { useI18n } from '../../../ui/i18n-context';
import type { ScopeFigures } from '../../../workers/request-protocol';

export function DensityScene({
  figures,
  format,
  feed,
}: {
  figures: ScopeFigures;
  format: Format;
  feed: React.ReactNode;
}) {
  const { t } = useI18n();
  return (
    <aside className="wall-density" data-map-overlay>
      <KpiStrip figures={figures} format={format} prefix="wall-kpi" />
      <p className="wall-density__note">{t(`count.note.${figures.countBy}`)}</p>
      {feed}
    </aside>
  );
}

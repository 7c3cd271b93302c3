/**
 * The smart-city programmes on the wall: the fiber network built against plan with its forecast, and the
 * share of services used online with the self-service rollout — the city's figure, then its districts.
 */
import type { DistrictCollection } from '../../../api/schemas';
import { districtsMissingTarget, type FiberFigures } from '../../fiber/fiber-model';
import { FiberProgressSummary } from '../../fiber/fiber-progress-summary';
import { RolloutLine } from '../../eservices/eservice-line';
import { PERCENT, shareText } from '../../eservices/eservice-text';
import type { RolloutView, ScopeEServices } from '../../eservices/eservice-view';
import type { EServiceAreas } from '../../../map/layers/layer-kit';
import type { Format } from '../../../ui/format';
import { useI18n } from '../../../ui/i18n-context';
import { WallBars } from '../wall-bars';
import { WALL_ROWS } from './score-rows';

export function FiberScene({
  figures,
  districts,
  format,
}: {
  figures: FiberFigures;
  districts: DistrictCollection;
  format: Format;
}) {
  const { t, language } = useI18n();
  const missing = new Set(districtsMissingTarget(figures.forecasts).map((m) => m.district));
  const rows = figures.progress.byDistrict
    .flatMap((p, district) => (p.share === null ? [] : [{ district, share: p.share }]))
    .sort((a, b) => a.share - b.share)
    .slice(0, WALL_ROWS)
    .map(({ district, share }) => ({
      key: String(district),
      name: districts.features[district]!.properties.name[language],
      value: share,
      text: format.number(share, PERCENT),
      alert: missing.has(district),
    }));
  return (
    <div className="wall-pair">
      <section className="wall-headline">
        <FiberProgressSummary
          progress={figures.progress.city}
          forecast={figures.forecasts.city}
          format={format}
          testId="wall-fiber-summary"
        />
      </section>
      <WallBars testId="wall-fiber-districts" title={t('wall.fiber.districts')} rows={rows} max={1} />
    </div>
  );
}

export function EServicesScene({
  scope,
  rollout,
  areas,
  format,
  timeZone,
}: {
  scope: ScopeEServices;
  rollout: RolloutView;
  areas: EServiceAreas | null;
  format: Format;
  timeZone: string;
}) {
  const { t } = useI18n();
  const target = scope.monthly.target?.share ?? null;
  const rows = (areas?.areas ?? [])
    .flatMap((a) => (a.share === null ? [] : [{ key: a.id, name: a.name, share: a.share }]))
    .sort((a, b) => a.share - b.share)
    .slice(0, WALL_ROWS)
    .map((a) => ({
      key: a.key,
      name: a.name,
      value: a.share,
      text: format.number(a.share, PERCENT),
      alert: target !== null && a.share < target,
    }));
  return (
    <div className="wall-pair">
      <section className="wall-headline" data-testid="wall-eservices-share" data-share={scope.total.share ?? ''}>
        <p className="wall-headline__figure">{shareText(scope.total.share, format, t)}</p>
        <p>{t('eservices.share')}</p>
        {target !== null ? <p>{t('wall.eservices.target', { target: shareText(target, format, t) })}</p> : null}
        <p>
          <RolloutLine rollout={rollout} districtId={null} format={format} timeZone={timeZone} />
        </p>
      </section>
      <WallBars testId="wall-eservices-districts" title={t('wall.eservices.districts')} rows={rows} max={1} />
    </div>
  );
}

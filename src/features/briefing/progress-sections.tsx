/**
 * The briefing's standing against targets: the scoreboards of districts and units, the fiber network
 * against its plan with the forecast, and the services online with the self-service rollout — the desk's
 * own blocks, drawn at the briefing's fixed chart size.
 */
import { ShareSummary } from '../eservices/eservices-section';
import { RolloutBlock } from '../eservices/rollout-block';
import { ShareChart } from '../eservices/share-chart';
import { BurnUpChart } from '../fiber/burn-up-chart';
import { FiberProgressSummary } from '../fiber/fiber-progress-summary';
import { MissingTarget } from '../fiber/missing-target';
import { ScoreboardTable } from '../follow-up/scoreboard-table';
import { useI18n } from '../../ui/i18n-context';
import type { BriefingData } from './briefing-data';

export function ScoreboardsSection({ data }: { data: BriefingData }) {
  const { t } = useI18n();
  const { scoreboard } = data.followUp;
  return (
    <div className="briefing-columns">
      <ScoreboardTable
        title={t('score.title.districts')}
        testId="scoreboard-districts"
        scores={scoreboard.byDistrict}
        nameOf={data.districtNameAt}
        format={data.format}
      />
      <ScoreboardTable
        title={t('score.title.units')}
        testId="scoreboard-units"
        scores={scoreboard.byAgency}
        nameOf={data.names.agency}
        format={data.format}
      />
    </div>
  );
}

export function FiberSection({ data }: { data: BriefingData }) {
  const { fiber, format } = data;
  if (!fiber) return null;
  return (
    <>
      <FiberProgressSummary progress={fiber.progress} forecast={fiber.forecast} format={format} />
      {fiber.series ? <BurnUpChart series={fiber.series} format={format} /> : null}
      {fiber.forecasts ? (
        <MissingTarget forecasts={fiber.forecasts} nameOf={data.districtNameAt} format={format} />
      ) : null}
    </>
  );
}

export function EServicesSection({ data }: { data: BriefingData }) {
  const { t } = useI18n();
  const { scope } = data.eservices;
  if (!scope) return null;
  return (
    <>
      {scope.total.share === null ? (
        <p className="empty-note">{t('eservices.none')}</p>
      ) : (
        <>
          <ShareSummary scope={scope} format={data.format} timeZone={data.timeZone} />
          <ShareChart monthly={scope.monthly} format={data.format} timeZone={data.timeZone} />
        </>
      )}
    </>
  );
}

/** The citizen self-service rollout against its deadline: a page (and a slide) of its own, for its timeline. */
export function SelfServiceSection({ data }: { data: BriefingData }) {
  const { rollout } = data.eservices;
  if (!rollout) return null;
  return (
    <RolloutBlock
      rollout={rollout}
      districtId={data.districtId}
      districtName={data.districtName}
      format={data.format}
      timeZone={data.timeZone}
    />
  );
}

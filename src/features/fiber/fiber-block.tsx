/**
 * The side panel's fiber block, for the city or one district: built against planned and the forecast, the
 * districts that will miss their target, the clicked segment, the playback with its burn-up chart and, for
 * the city, who keeps the plan. A city without fiber data, or an answer that failed, gets a note instead.
 */
import { memo, useCallback, useMemo } from 'react';
import type { FiberAccountability } from '../../domain/fiber/accountability';
import type { LocalizedName } from '../../api/schemas';
import { isoDayStart } from '../../domain/calendar';
import { burnUpSeries } from '../../domain/fiber/burn-up';
import type { CityCalendar } from '../../domain/fiber/months';
import type { Format } from '../../ui/format';
import { useI18n } from '../../ui/i18n-context';
import { BurnUpChart } from './burn-up-chart';
import { FiberProgressSummary } from './fiber-progress-summary';
import { FiberScores } from './fiber-scores';
import { MissingTarget } from './missing-target';
import { PlaybackControls } from './playback-controls';
import { SegmentDetails } from './segment-details';
import type { useFiberRollout } from './use-fiber-rollout';

export interface FiberBlockProps {
  rollout: ReturnType<typeof useFiberRollout>;
  /** The district shown, or null for the whole city. */
  district: number | null;
  districtNames: LocalizedName[];
  calendar: CityCalendar;
  timeZone: string;
  format: Format;
}

export function FiberBlock(props: FiberBlockProps) {
  const { t } = useI18n();
  const { status } = props.rollout;
  if (status !== 'ready')
    return (
      <p className="fiber-note" data-testid="fiber-note" data-status={status}>
        {t(status === 'loading' ? 'fiber.block.loading' : `legend.fiber.${status}`)}
      </p>
    );
  return <ReadyFiberBlock {...props} />;
}

function ReadyFiberBlock({ rollout, district, districtNames, calendar, timeZone, format }: FiberBlockProps) {
  const { t, language } = useI18n();
  const { model, figures, playback, segment, select } = rollout;
  const curves = model && (district === null ? model.curves.city : model.curves.byDistrict[district]);
  const until = playback?.t ?? 0;
  const series = useMemo(
    () => (curves ? burnUpSeries(curves, until, calendar, timeZone) : null),
    [curves, until, calendar, timeZone],
  );
  const districtName = useCallback((d: number) => districtNames[d]?.[language] ?? '', [districtNames, language]);
  if (!model || !figures || !playback || !series) return null;
  const pick = <T,>(byArea: { city: T; byDistrict: T[] }) =>
    district === null ? byArea.city : byArea.byDistrict[district]!;
  const progress = pick(figures.progress);
  return (
    <section className="fiber-block" data-testid="fiber-block" data-scope={district ?? 'city'}>
      <h3 className="follow-up__title">{t('fiber.block.title')}</h3>
      <FiberProgressSummary progress={progress} forecast={pick(figures.forecasts)} format={format} />
      {district === null ? <MissingTarget forecasts={figures.forecasts} nameOf={districtName} format={format} /> : null}
      {segment ? (
        <SegmentDetails
          facts={segment}
          dayOf={(day) => isoDayStart(day, timeZone)}
          format={format}
          onClose={() => select(null)}
        />
      ) : null}
      {progress.share === null ? null : (
        <>
          <PlaybackControls playback={playback} span={model.span} format={format} />
          <BurnUpChart series={series} format={format} />
        </>
      )}
      {district === null ? (
        <Scores scores={figures.scores} districtName={districtName} contractors={model.contractors} format={format} />
      ) : null}
    </section>
  );
}

/** The city's scores by district and by contractor: the same at every frame of a playback. */
const Scores = memo(function Scores(props: {
  scores: FiberAccountability;
  districtName: (district: number) => string;
  contractors: LocalizedName[];
  format: Format;
}) {
  const { t, language } = useI18n();
  const { contractors } = props;
  const contractorName = useCallback((c: number) => contractors[c]?.[language] ?? '', [contractors, language]);
  return (
    <>
      <FiberScores
        title={t('fiber.scores.districts')}
        testId="fiber-scores-districts"
        scores={props.scores.byDistrict}
        nameOf={props.districtName}
        format={props.format}
        emptyNote={t('fiber.summary.none')}
      />
      <FiberScores
        title={t('fiber.scores.contractors')}
        testId="fiber-scores-contractors"
        scores={props.scores.byContractor}
        nameOf={contractorName}
        format={props.format}
        emptyNote={t('fiber.scores.noContractor')}
      />
      <p className="follow-up__note">{t('fiber.scores.explain')}</p>
    </>
  );
});

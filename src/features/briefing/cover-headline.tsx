/** The briefing's first page: who and when it is about, then the headline figures against the previous period. */
import { KpiTile } from '../../ui/kpi-tile';
import { useI18n } from '../../ui/i18n-context';
import { asOfText, type BriefingData } from './briefing-data';

export function CoverSection({ data }: { data: BriefingData }) {
  const { t } = useI18n();
  return (
    <div className="briefing-cover">
      <p className="briefing-cover__kicker">{t('nav.briefing')}</p>
      <h1 data-testid="briefing-area">{data.areaName}</h1>
      <p data-testid="briefing-period">{t('briefing.cover.period', { period: data.periodLabel })}</p>
      <p data-testid="briefing-as-of" data-as-of={data.asOf}>
        {t('briefing.cover.asOf', { time: asOfText(data, t) })}
      </p>
    </div>
  );
}

const sum = (counts: Uint32Array) => counts.reduce((a, b) => a + b, 0);

export function HeadlineSection({ data }: { data: BriefingData }) {
  const { t } = useI18n();
  const { format, followUp, counts } = data;
  const { current, previous, previousPeriod } = followUp.comparison;
  const onTimeTarget = followUp.scoreboard.city.metrics.find((m) => m.metric === 'on_time')?.target ?? NaN;
  // To a tenth: a rate just under its target must not read as the target itself (84.7 %, not 85 %).
  const percent = (x: number) =>
    Number.isFinite(x) ? format.number(x, { style: 'percent', maximumFractionDigits: 1 }) : t('followUp.noData');
  const previousOf = (value: string) => t('followUp.vsPrevious', { value });
  const problems = sum(counts.services.problems);
  const overdue = current.municipal.overdue;
  return (
    <>
      <p className="follow-up__note">
        {t('briefing.headline.note', {
          from: format.date(previousPeriod.from),
          // The period's last instant, not the next one's first, is the day it ends.
          to: format.date(Math.max(previousPeriod.from, previousPeriod.to - 1)),
        })}
      </p>
      <div className="briefing-figures">
        <KpiTile
          testId="briefing-requests"
          label={t('briefing.figure.requests')}
          value={current.total}
          display={format.number(current.total)}
          note={previousOf(format.number(previous.total))}
        />
        <KpiTile
          testId="briefing-problems"
          label={t('briefing.figure.problems')}
          value={problems}
          display={format.number(problems)}
          note={previousOf(format.number(sum(counts.previousServices.problems)))}
        />
        <KpiTile
          testId="briefing-open"
          label={t('followUp.open')}
          value={current.municipal.open}
          display={format.number(current.municipal.open)}
          note={previousOf(format.number(previous.municipal.open))}
        />
        <KpiTile
          testId="briefing-overdue"
          label={t('followUp.overdue')}
          value={overdue}
          display={format.number(overdue)}
          tone={overdue > 0 ? 'warning' : 'neutral'}
          note={previousOf(format.number(previous.municipal.overdue))}
        />
        <KpiTile
          testId="briefing-on-time"
          label={t('followUp.onTime')}
          value={current.municipal.onTimeRate}
          display={percent(current.municipal.onTimeRate)}
          tone={current.municipal.onTimeRate < onTimeTarget ? 'warning' : 'neutral'}
          note={`${previousOf(percent(previous.municipal.onTimeRate))} · ${t('briefing.figure.target', { value: percent(onTimeTarget) })}`}
        />
      </div>
    </>
  );
}

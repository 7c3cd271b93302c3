/**
 * The panel's e-service facts beside its requests: the scope's online share over the period, and its
 * self-service standing — a district's status and date, or the city's districts live.
 */
import type { Format } from '../../ui/format';
import { useI18n } from '../../ui/i18n-context';
import { dayText, rolloutDaysText, shareText } from './eservice-text';
import type { RolloutView, ScopeEServices } from './eservice-view';

export function EServiceLine(props: {
  scope: ScopeEServices;
  rollout: RolloutView;
  districtId: string | null;
  format: Format;
  timeZone: string;
}) {
  const { t } = useI18n();
  const { scope, format } = props;
  const share = scope.total.share;
  return (
    <>
      <span data-testid="eservice-line" data-share={share ?? ''}>
        {share === null ? t('eservices.line.none') : t('eservices.line', { share: shareText(share, format, t) })}
      </span>
      <RolloutLine {...props} />
    </>
  );
}

/** The self-service standing alone: a district's status and date, or the city's districts live. */
export function RolloutLine(props: Omit<Parameters<typeof EServiceLine>[0], 'scope'>) {
  const { t } = useI18n();
  return <span data-testid="rollout-line">{rolloutText(props, t)}</span>;
}

function rolloutText(
  { rollout, districtId, format, timeZone }: Parameters<typeof RolloutLine>[0],
  t: ReturnType<typeof useI18n>['t'],
): string {
  if (districtId === null) {
    return t('rollout.line.city', {
      live: format.number(rollout.city.live),
      districts: format.number(rollout.city.districts),
    });
  }
  const d = rollout.districts.find((r) => r.districtId === districtId);
  if (!d) return t('rollout.line.none');
  const text =
    d.status === 'live' && d.launchedAt
      ? t('rollout.line.live', { date: dayText(d.launchedAt, format, timeZone) })
      : t('rollout.line.due', {
          status: t(`rollout.status.${d.status}`),
          date: dayText(d.targetDate, format, timeZone),
        });
  return d.late ? `${text} (${rolloutDaysText(d, format, t)})` : text;
}

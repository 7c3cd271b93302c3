/** Overdue work and the scoreboards, each by district and by responsible unit, side by side. */
import type { FollowUpNames } from '../../follow-up/follow-up-names';
import type { Format } from '../../../ui/format';
import { useI18n } from '../../../ui/i18n-context';
import type { FollowUpResult } from '../../../workers/request-protocol';
import { WallBars } from '../wall-bars';
import { overdueRows, scoreRows } from './score-rows';

interface SceneProps {
  followUp: FollowUpResult;
  names: FollowUpNames;
  format: Format;
}

export function OverdueScene({ followUp, names, format }: SceneProps) {
  const { t } = useI18n();
  const { byDistrict, byAgency } = followUp.scoreboard;
  return (
    <div className="wall-pair">
      <WallBars
        testId="wall-overdue-districts"
        title={t('wall.overdue.districts')}
        rows={overdueRows(byDistrict, (d) => names.area(d, -1), format)}
      />
      <WallBars
        testId="wall-overdue-units"
        title={t('wall.overdue.units')}
        rows={overdueRows(byAgency, names.agency, format)}
      />
    </div>
  );
}

export function ScoreboardsScene({ followUp, names, format }: SceneProps) {
  const { t } = useI18n();
  const { byDistrict, byAgency } = followUp.scoreboard;
  return (
    <div className="wall-pair">
      <WallBars
        testId="wall-scores-districts"
        title={t('score.title.districts')}
        max={2}
        rows={scoreRows(byDistrict, (d) => names.area(d, -1), format)}
      />
      <WallBars
        testId="wall-scores-units"
        title={t('score.title.units')}
        max={2}
        rows={scoreRows(byAgency, names.agency, format)}
      />
    </div>
  );
}

import { memo } from 'react';
/** The panel's follow-up: figures against the previous period, the backlog's age, other agencies' share,
 * the largest problems (open, or all of the period) and the overdue list. The heading says whether requests
 * or problems are counted. */
import type { Format } from '../../ui/format';
import { useI18n } from '../../ui/i18n-context';
import type { FollowUpResult } from '../../workers/request-protocol';
import { ExternalRequests, FollowUpFigures, OpenByAge } from './follow-up-figures';
import type { FollowUpNames } from './follow-up-names';
import type { MapFocus } from './map-focus';
import { OverdueList } from './overdue-list';
import type { LoadRequestText } from './request-text';
import { ProblemList } from './problem-list';
import { ScoreboardTable } from './scoreboard-table';

/** Memoised: a filter change re-renders the dashboard long before its figures arrive. */
export const FollowUpSection = memo(function FollowUpSection(props: {
  followUp: FollowUpResult;
  names: FollowUpNames;
  format: Format;
  focus: MapFocus | null;
  onFocus: (focus: MapFocus | null) => void;
  /** At the city level the panel also shows the scoreboards. */
  showScoreboard: boolean;
  loadRequestText: LoadRequestText;
}) {
  const { t } = useI18n();
  const { comparison } = props.followUp;
  const countBy = comparison.current.countBy;
  return (
    <section className="follow-up" data-testid="follow-up" data-count-by={countBy}>
      <h3 className="follow-up__title">{t('followUp.title')}</h3>
      <p className="follow-up__note" data-testid="count-note">
        {t(`count.note.${countBy}`)}
      </p>
      <FollowUpFigures comparison={comparison} format={props.format} />
      <OpenByAge openByAge={comparison.current.municipal.openByAge} format={props.format} />
      <ExternalRequests comparison={comparison} format={props.format} />
      {props.showScoreboard ? (
        <>
          <ScoreboardTable
            title={t('score.title.districts')}
            testId="scoreboard-districts"
            scores={props.followUp.scoreboard.byDistrict}
            nameOf={(d) => props.names.area(d, -1)}
            format={props.format}
          />
          <ScoreboardTable
            title={t('score.title.units')}
            testId="scoreboard-units"
            scores={props.followUp.scoreboard.byAgency}
            nameOf={props.names.agency}
            format={props.format}
          />
        </>
      ) : null}
      <ProblemList
        problems={props.followUp.topProblems}
        lists={props.followUp.problemLists}
        reporters={props.followUp.reporters}
        names={props.names}
        format={props.format}
        selected={props.focus?.kind === 'problem' ? props.focus.id : null}
        onSelect={(p) => props.onFocus({ kind: 'problem', id: p.problem, positions: p.positions })}
      />
      <OverdueList
        items={props.followUp.overdue}
        names={props.names}
        format={props.format}
        selected={props.focus?.kind === 'request' ? props.focus.id : null}
        loadText={props.loadRequestText}
        onSelect={(item) =>
          props.onFocus(item ? { kind: 'request', id: item.id, positions: Float32Array.of(item.lon, item.lat) } : null)
        }
      />
    </section>
  );
});

/** The largest open problems of the period: what is reported again and again and still not fixed. */
import type { FollowUpNames } from '../../follow-up/follow-up-names';
import type { Format } from '../../../ui/format';
import { useI18n } from '../../../ui/i18n-context';
import type { FollowUpResult } from '../../../workers/request-protocol';

/** As many as a 1080p screen shows at wall size without scrolling. */
const ROWS = 7;

export function ProblemsScene({
  followUp,
  names,
  format,
}: {
  followUp: FollowUpResult;
  names: FollowUpNames;
  format: Format;
}) {
  const { t } = useI18n();
  const problems = followUp.problemLists.open.slice(0, ROWS).map((i) => followUp.topProblems[i]!);
  if (problems.length === 0) return <p className="wall-empty">{t('problems.none')}</p>;
  return (
    <ol className="wall-problems" data-testid="wall-problems">
      {problems.map((p) => (
        <li key={p.problem}>
          <span className="wall-problems__count">{format.number(p.members)}</span>
          <span className="wall-problems__what">
            <strong>{names.service(p.service)}</strong>
            <span>{names.area(p.district, p.neighbourhood)}</span>
          </span>
          <span className="wall-problems__since">
            {t('problems.item', {
              open: format.number(p.open),
              members: format.number(p.members),
              date: format.date(p.firstAt),
            })}
          </span>
        </li>
      ))}
    </ol>
  );
}

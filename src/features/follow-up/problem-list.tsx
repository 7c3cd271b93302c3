/** The largest open distinct problems; choosing one flies the map to it and highlights its requests. */
import type { Format } from '../../ui/format';
import { useI18n } from '../../ui/i18n-context';
import type { ProblemItem } from '../../workers/request-protocol';
import type { FollowUpNames } from './follow-up-names';

export function ProblemList(props: {
  problems: ProblemItem[];
  names: FollowUpNames;
  format: Format;
  selected: number | null;
  onSelect: (problem: ProblemItem) => void;
}) {
  const { t } = useI18n();
  const { format, names } = props;
  return (
    <section className="follow-up__block">
      <h3>{t('problems.title')}</h3>
      {props.problems.length === 0 ? (
        <p className="empty-note">{t('problems.none')}</p>
      ) : (
        <ol className="action-list" data-testid="top-problems">
          {props.problems.map((p) => (
            <li key={p.problem}>
              <button
                type="button"
                aria-pressed={props.selected === p.problem}
                data-members={p.members}
                onClick={() => props.onSelect(p)}
              >
                <strong>
                  {names.service(p.service)} — {names.area(p.district, p.neighbourhood)}
                </strong>
                <span>
                  {t('problems.item', {
                    open: format.number(p.open),
                    members: format.number(p.members),
                    date: format.date(p.firstAt),
                  })}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/**
 * The largest distinct problems of the scope: open ones (the backlog) or all of the period, resolved ones
 * too (a place that comes back again and again is the finding); choosing one flies the map to it and
 * highlights its requests. Problems of the city's own staff reports say so, and the block says how many
 * of the scope's requests those are.
 */
import { useState } from 'react';
import type { Format } from '../../ui/format';
import { useI18n } from '../../ui/i18n-context';
import { SelectField } from '../../ui/select-field';
import type { ProblemItem, ProblemLists } from '../../workers/request-protocol';
import type { ReporterCounts } from '../../domain/problem-reporters';
import type { FollowUpNames } from './follow-up-names';

const SHOWN = ['open', 'all'] as const;
export type Shown = (typeof SHOWN)[number];

export function ProblemList(props: {
  problems: ProblemItem[];
  lists: ProblemLists;
  reporters: ReporterCounts;
  names: FollowUpNames;
  format: Format;
  selected: number | null;
  onSelect: (problem: ProblemItem) => void;
}) {
  const { t } = useI18n();
  const { format, names } = props;
  const [shown, setShown] = useState<Shown>('open');
  const items = props.lists[shown].map((k) => props.problems[k]!);
  return (
    <section className="follow-up__block" data-testid="problem-lists" data-shown={shown}>
      <header className="follow-up__header">
        <h3>{t(shown === 'open' ? 'problems.title' : 'problems.title.all')}</h3>
        <SelectField
          label={t('problems.show')}
          hideLabel
          testId="problems-shown"
          value={shown}
          choices={SHOWN.map((value) => ({ value, label: t(`problems.show.${value}`) }))}
          onChange={setShown}
        />
      </header>
      <p className="follow-up__note" data-testid="staff-reports" data-staff={props.reporters.staff}>
        {t('problems.staffShare', {
          staff: format.number(props.reporters.staff),
          requests: format.number(props.reporters.requests),
        })}
      </p>
      {items.length === 0 ? (
        <p className="empty-note">{t(shown === 'open' ? 'problems.none' : 'problems.none.all')}</p>
      ) : (
        <ol className="action-list" data-testid="top-problems">
          {items.map((p) => (
            <li key={p.problem}>
              <button
                type="button"
                aria-pressed={props.selected === p.problem}
                data-members={p.members}
                data-open={p.open}
                data-staff={p.staff}
                onClick={() => props.onSelect(p)}
              >
                <strong>
                  {names.service(p.service)} — {names.area(p.district, p.neighbourhood)}
                </strong>
                <span>{problemLine(p, shown, t, format)}</span>
                {p.staff ? <span>{t('problems.staff')}</span> : null}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The line under a problem's name: the backlog's view, or how often and how long it came back. */
export function problemLine(p: ProblemItem, shown: Shown, t: ReturnType<typeof useI18n>['t'], format: Format): string {
  const members = format.number(p.members);
  if (shown === 'open')
    return t('problems.item', { open: format.number(p.open), members, date: format.date(p.firstAt) });
  const span = { members, first: format.date(p.firstAt), last: format.date(p.lastAt) };
  return p.open > 0
    ? t('problems.item.all', { ...span, open: format.number(p.open) })
    : t('problems.item.resolved', span);
}

/**
 * The briefing's load of work: requests against the distinct problems behind them by category group, the
 * problems that came back most often in the period, and who holds the overdue work.
 */
import { problemLine } from '../follow-up/problem-list';
import { useI18n } from '../../ui/i18n-context';
import type { BriefingData } from './briefing-data';
import { MoreRows, useShownRows } from './row-limit';

export function RequestsProblemsSection({ data }: { data: BriefingData }) {
  const { t } = useI18n();
  const { format } = data;
  const rows = data.groups.current;
  const { shown, more } = useShownRows(rows);
  if (rows.length === 0) return <p className="empty-note">{t('briefing.noRequests')}</p>;
  const most = Math.max(...rows.map((r) => r.requests));
  const width = (n: number) => ({ inlineSize: `${(100 * n) / most}%` });
  return (
    <>
      <p className="follow-up__note">{t('briefing.requestsProblems.note')}</p>
      <table className="briefing-table" data-testid="briefing-groups">
        <thead>
          <tr>
            <th scope="col">{t('briefing.group')}</th>
            <th scope="col">{t('briefing.requests')}</th>
            <th scope="col">{t('briefing.problems')}</th>
            <th scope="col" className="briefing-table__bars" aria-hidden="true" />
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.group} data-requests={row.requests} data-problems={row.problems}>
              <th scope="row">{data.groups.groupName(row.group)}</th>
              <td>{format.number(row.requests)}</td>
              <td>{format.number(row.problems)}</td>
              <td className="briefing-table__bars" aria-hidden="true">
                <span className="briefing-bar briefing-bar--requests" style={width(row.requests)} />
                <span className="briefing-bar briefing-bar--problems" style={width(row.problems)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <MoreRows more={more} format={format} />
      <ul className="fiber-chart__key">
        <li>
          <span className="legend__swatch briefing-bar--requests" />
          {t('briefing.requests')}
        </li>
        <li>
          <span className="legend__swatch briefing-bar--problems" />
          {t('briefing.problems')}
        </li>
      </ul>
    </>
  );
}

export function RecurringSection({ data }: { data: BriefingData }) {
  const { t } = useI18n();
  const { followUp, names, format } = data;
  const items = followUp.problemLists.all.map((k) => followUp.topProblems[k]!);
  const { shown, more } = useShownRows(items);
  if (items.length === 0) return <p className="empty-note">{t('problems.none.all')}</p>;
  return (
    <>
      <ol className="briefing-list" data-testid="briefing-problems-list">
        {shown.map((p) => (
          <li key={p.problem} data-members={p.members}>
            <strong>
              {names.service(p.service)} — {names.area(p.district, p.neighbourhood)}
            </strong>
            <span>{problemLine(p, 'all', t, format)}</span>
          </li>
        ))}
      </ol>
      <MoreRows more={more} format={format} />
    </>
  );
}

export function OverdueSection({ data }: { data: BriefingData }) {
  const { t } = useI18n();
  const { format, names } = data;
  const { open, overdue } = data.counts.backlog;
  const units = Array.from(open, (count, unit) => ({ unit, open: count, overdue: overdue[unit]! }))
    .filter((u) => u.open > 0)
    .sort((a, b) => b.overdue - a.overdue || b.open - a.open || a.unit - b.unit);
  const { shown, more } = useShownRows(units);
  if (units.length === 0) return <p className="empty-note">{t('briefing.overdue.none')}</p>;
  return (
    <>
      <table className="briefing-table" data-testid="briefing-overdue-units">
        <thead>
          <tr>
            <th scope="col">{t('briefing.unit')}</th>
            <th scope="col">{t('briefing.open')}</th>
            <th scope="col">{t('briefing.overdue')}</th>
            <th scope="col">{t('briefing.overdueShare')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((u) => (
            <tr key={u.unit} data-overdue={u.overdue}>
              <th scope="row">{names.agency(u.unit)}</th>
              <td>{format.number(u.open)}</td>
              <td>{format.number(u.overdue)}</td>
              <td>{format.number(u.overdue / u.open, { style: 'percent' })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <MoreRows more={more} format={format} />
    </>
  );
}

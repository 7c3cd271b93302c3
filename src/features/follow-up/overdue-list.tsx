/**
 * Overdue municipal requests, oldest or most overdue first; choosing one shows its details as text (API text
 * is never HTML), its distinct problem's other requests, and flies the map to it.
 */
import { useState } from 'react';
import { NO_TIME } from '../../domain/request-table';
import { CHANNELS, STAGES } from '../../domain/vocabulary';
import type { Format } from '../../ui/format';
import { useI18n } from '../../ui/i18n-context';
import { SelectField } from '../../ui/select-field';
import type { OverdueItem } from '../../workers/request-protocol';
import type { FollowUpNames } from './follow-up-names';
import { RequestText, type LoadRequestText } from './request-text';

const SORT_KEYS = ['age', 'overdueBy'] as const;
const byId = (a: OverdueItem, b: OverdueItem) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
type SortKey = (typeof SORT_KEYS)[number];

export function OverdueList(props: {
  items: OverdueItem[];
  names: FollowUpNames;
  format: Format;
  selected: string | null;
  onSelect: (item: OverdueItem | null) => void;
  loadText: LoadRequestText;
}) {
  const { t } = useI18n();
  const [sortBy, setSortBy] = useState<SortKey>('age');
  const items = [...props.items].sort((a, b) =>
    sortBy === 'age' ? a.requestedAt - b.requestedAt || byId(a, b) : b.overdueHours - a.overdueHours || byId(a, b),
  );
  const chosen = props.items.find((item) => item.id === props.selected) ?? null;
  return (
    <section className="follow-up__block">
      <header className="follow-up__header">
        <h3>{t('overdue.title')}</h3>
        <SelectField
          label={t('overdue.sort')}
          hideLabel
          testId="overdue-sort"
          value={sortBy}
          choices={SORT_KEYS.map((key) => ({ value: key, label: t(`overdue.sort.${key}`) }))}
          onChange={setSortBy}
        />
      </header>
      {chosen ? (
        <RequestDetails
          item={chosen}
          names={props.names}
          format={props.format}
          loadText={props.loadText}
          onClose={() => props.onSelect(null)}
        />
      ) : null}
      {items.length === 0 ? (
        <p className="empty-note">{t('overdue.none')}</p>
      ) : (
        <ol className="action-list" data-testid="overdue-list">
          {items.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                aria-pressed={props.selected === item.id}
                data-request-id={item.id}
                onClick={() => props.onSelect(item)}
              >
                <strong>
                  {props.names.service(item.service)} — {props.names.area(item.district, item.neighbourhood)}
                </strong>
                <span>
                  {props.format.date(item.requestedAt)} —{' '}
                  {t('overdue.by', { duration: props.format.duration(item.overdueHours) })}
                </span>
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

function RequestDetails(props: {
  item: OverdueItem;
  names: FollowUpNames;
  format: Format;
  loadText: LoadRequestText;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const { item, names, format } = props;
  const rows: [string, string][] = [
    [t('request.category'), names.service(item.service)],
    [t('request.stage'), t(`stage.${STAGES[item.stage] ?? 'received'}`)],
    [t('request.received'), format.date(item.requestedAt)],
    [t('request.updated'), item.updatedAt === NO_TIME ? t('kpi.none') : format.date(item.updatedAt)],
    [t('request.channel'), t(`channel.${CHANNELS[item.channel] ?? 'phone'}`)],
    [t('request.agency'), names.agency(item.agency)],
    [t('request.place'), names.area(item.district, item.neighbourhood)],
  ];
  return (
    <article className="request-details" data-testid="request-details" aria-label={t('request.title', { id: item.id })}>
      <header className="follow-up__header">
        <h4>{t('request.title', { id: item.id })}</h4>
        <button type="button" className="icon-button" aria-label={t('request.close')} onClick={props.onClose}>
          ×
        </button>
      </header>
      <dl>
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <RequestText id={item.id} load={props.loadText} />
      <p className="request-details__mates">
        {t('request.problem')}:{' '}
        {item.problemMates.length === 0 ? t('request.problem.none') : format.list(item.problemMates)}
      </p>
    </article>
  );
}

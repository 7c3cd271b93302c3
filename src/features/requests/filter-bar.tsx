import { lazy, Suspense } from 'react';
import type { Service } from '../../api/schemas';
import { PERIODS } from '../../domain/period';
import { useI18n } from '../../ui/i18n-context';
import { SelectField } from '../../ui/select-field';
import { customDefaults } from './custom-range';
import { PendingRangeField } from './pending-range-field';
import type { FilterSelection } from './filter-selection';

// Only a custom period shows the field: react-aria and its calendars load with it, not with the page.
const DateRangeField = lazy(() => import('../../ui/date-range-field').then((m) => ({ default: m.DateRangeField })));

const STATUSES: readonly FilterSelection['status'][] = ['all', 'open', 'closed'];
const COUNTS: readonly FilterSelection['countBy'][] = ['requests', 'problems'];

export interface FilterBarProps {
  view: FilterSelection;
  services: Service[];
  /** The resolved period, epoch seconds, and its label in the UI's calendar. */
  period: { from: number; to: number; label: string };
  /** The city's time zone: a custom range's days are the city's days. */
  timeZone: string;
  onChange: (patch: Partial<FilterSelection>) => void;
}

/** Distinct category groups in catalogue order. */
function groupsOf(services: Service[]) {
  const seen = new Map<string, Service['group_name']>();
  for (const s of services) if (!seen.has(s.group)) seen.set(s.group, s.group_name);
  return [...seen];
}

export function FilterBar({ view, services, period, timeZone, onChange }: FilterBarProps) {
  const { t, language } = useI18n();
  const groups = [
    { value: '', label: t('filter.group.all') },
    ...groupsOf(services).map(([code, name]) => ({ value: code, label: name[language] })),
  ];
  return (
    <form className="filter-bar" onSubmit={(e) => e.preventDefault()}>
      <SelectField
        label={t('filter.period')}
        testId="period-select"
        value={view.period}
        choices={PERIODS.map((id) => ({ value: id, label: t(`filter.period.${id}`) }))}
        onChange={(next) => onChange({ period: next, ...(next === 'custom' ? customDefaults(period, timeZone) : {}) })}
      />
      {view.period === 'custom' && view.from && view.to ? (
        <Suspense fallback={<PendingRangeField label={t('filter.range')} />}>
          <DateRangeField
            label={t('filter.range')}
            from={view.from}
            to={view.to}
            testId="period-range"
            calendarTestId="period-calendar"
            onChange={(range) => onChange(range)}
          />
        </Suspense>
      ) : null}
      <output className="filter-bar__period" data-testid="period-label" data-from={period.from} data-to={period.to}>
        {period.label}
      </output>
      <SelectField
        label={t('filter.group')}
        testId="group-select"
        value={view.group ?? ''}
        choices={groups}
        onChange={(group) => onChange({ group: group || null })}
      />
      <SelectField
        label={t('filter.status')}
        testId="status-select"
        value={view.status}
        choices={STATUSES.map((status) => ({ value: status, label: t(`filter.status.${status}`) }))}
        onChange={(status) => onChange({ status })}
      />
      <SelectField
        label={t('filter.count')}
        testId="count-select"
        value={view.countBy}
        choices={COUNTS.map((countBy) => ({ value: countBy, label: t(`filter.count.${countBy}`) }))}
        onChange={(countBy) => onChange({ countBy })}
      />
    </form>
  );
}

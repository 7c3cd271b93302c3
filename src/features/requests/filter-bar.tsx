import type { Service } from '../../api/schemas';
import { PERIODS, type PeriodId } from '../../domain/period';
import { useI18n } from '../../ui/i18n-context';
import type { FilterSelection } from './filter-selection';

export interface FilterBarProps {
  view: FilterSelection;
  services: Service[];
  /** The resolved period, epoch seconds, and its label in the UI's calendar. */
  period: { from: number; to: number; label: string };
  onChange: (patch: Partial<FilterSelection>) => void;
}

/** Distinct category groups in catalogue order. */
function groupsOf(services: Service[]) {
  const seen = new Map<string, Service['group_name']>();
  for (const s of services) if (!seen.has(s.group)) seen.set(s.group, s.group_name);
  return [...seen];
}

export function FilterBar({ view, services, period, onChange }: FilterBarProps) {
  const { t, language } = useI18n();
  return (
    <form className="filter-bar" onSubmit={(e) => e.preventDefault()}>
      <label>
        <span>{t('filter.period')}</span>
        <select
          data-testid="period-select"
          data-from={period.from}
          data-to={period.to}
          value={view.period}
          onChange={(e) => {
            const next = e.target.value as PeriodId;
            onChange({ period: next, ...(next === 'custom' ? customDefaults(period) : {}) });
          }}
        >
          {PERIODS.map((id) => (
            <option key={id} value={id}>
              {t(`filter.period.${id}`)}
            </option>
          ))}
        </select>
      </label>
      {view.period === 'custom' ? (
        <>
          <label>
            <span>{t('filter.from')}</span>
            <input
              type="date"
              data-testid="period-from"
              value={view.from ?? ''}
              max={view.to ?? undefined}
              onChange={(e) => e.target.value && onChange({ from: e.target.value })}
            />
          </label>
          <label>
            <span>{t('filter.to')}</span>
            <input
              type="date"
              data-testid="period-to"
              value={view.to ?? ''}
              min={view.from ?? undefined}
              onChange={(e) => e.target.value && onChange({ to: e.target.value })}
            />
          </label>
        </>
      ) : null}
      <output className="filter-bar__period" data-testid="period-label">
        {period.label}
      </output>
      <label>
        <span>{t('filter.group')}</span>
        <select
          data-testid="group-select"
          value={view.group ?? ''}
          onChange={(e) => onChange({ group: e.target.value || null })}
        >
          <option value="">{t('filter.group.all')}</option>
          {groupsOf(services).map(([code, name]) => (
            <option key={code} value={code}>
              {name[language]}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('filter.status')}</span>
        <select
          data-testid="status-select"
          value={view.status}
          onChange={(e) => onChange({ status: e.target.value as FilterSelection['status'] })}
        >
          <option value="all">{t('filter.status.all')}</option>
          <option value="open">{t('filter.status.open')}</option>
          <option value="closed">{t('filter.status.closed')}</option>
        </select>
      </label>
      <label>
        <span>{t('filter.count')}</span>
        <select
          data-testid="count-select"
          value={view.countBy}
          onChange={(e) => onChange({ countBy: e.target.value as FilterSelection['countBy'] })}
        >
          <option value="requests">{t('filter.count.requests')}</option>
          <option value="problems">{t('filter.count.problems')}</option>
        </select>
      </label>
    </form>
  );
}

/** A custom range starts as the period that was showing, so switching to it changes nothing at first. */
function customDefaults(period: { from: number; to: number }) {
  const day = (s: number) => new Date(s * 1000).toISOString().slice(0, 10);
  return { from: day(period.from), to: day(Math.max(period.from, period.to - 1)) };
}

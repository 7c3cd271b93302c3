/**
 * The catalogue: every service with its online share, trend and in-person transactions, sortable by each
 * (a button in each column's header; the header says which order is shown). A service nobody used says "no
 * usage", apart from a share of 0 % (all in person).
 */
import { useState } from 'react';
import {
  SERVICE_SORT_KEYS,
  sortServices,
  type ServiceFigures,
  type ServiceSortKey,
} from '../../domain/eservices/service-figures';
import type { Format } from '../../ui/format';
import { useI18n } from '../../ui/i18n-context';
import { pointsText, shareText } from './eservice-text';
import type { CatalogueService } from './eservice-view';

type Direction = 'ascending' | 'descending';

export function ServiceTable({ services, format }: { services: ServiceFigures<CatalogueService>[]; format: Format }) {
  const { t, language } = useI18n();
  const [sort, setSort] = useState<{ key: ServiceSortKey; direction: Direction }>({
    key: 'in_person',
    direction: 'descending',
  });
  const rows = sortServices(services, sort.key, sort.direction);
  const sortBy = (key: ServiceSortKey) =>
    setSort((s) => ({
      key,
      direction: s.key === key && s.direction === 'descending' ? 'ascending' : 'descending',
    }));
  return (
    <section className="follow-up__block">
      <h3>{t('eservices.catalogue', { count: format.number(services.length) })}</h3>
      <div className="eservices__table-scroll">
        <table className="eservices__table" data-testid="eservices-services">
          <thead>
            <tr>
              <th scope="col">{t('eservices.column.service')}</th>
              {SERVICE_SORT_KEYS.map((key) => (
                <th key={key} scope="col" aria-sort={sort.key === key ? sort.direction : 'none'}>
                  <button type="button" data-testid={`eservices-sort-${key}`} onClick={() => sortBy(key)}>
                    {t(`eservices.column.${key}`)}
                    <span aria-hidden="true">
                      {sort.key === key ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
                    </span>
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((f) => (
              <tr key={f.service.id} data-service-id={f.service.id}>
                <th scope="row">{f.service.name[language]}</th>
                {f.reported ? (
                  <>
                    <td data-value={f.share ?? ''}>{shareText(f.share, format, t)}</td>
                    <td>{f.trend === null ? t('kpi.none') : pointsText(f.trend, format)}</td>
                    <td>{format.number(f.inPerson)}</td>
                  </>
                ) : (
                  <td colSpan={3} className="eservices__no-usage">
                    {t('eservices.service.noUsage')}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

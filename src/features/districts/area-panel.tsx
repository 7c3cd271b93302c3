import type { ReactNode } from 'react';
import type { Service } from '../../api/schemas';
import { ratePerThousand } from '../../domain/choropleth';
import type { Format } from '../../ui/format';
import { useI18n } from '../../ui/i18n-context';
import type { ScopeFigures } from '../../workers/request-protocol';
import { KpiStrip } from '../requests/kpi-strip';
import { AreaCharts } from './area-charts';

export interface AreaChild {
  id: string;
  name: string;
  requests: number;
  population: number | null;
}

export interface AreaPanelProps {
  name: string;
  population: number | null;
  figures: ScopeFigures;
  /** The next level down (districts of the city, neighbourhoods of a district), to drill into. */
  childrenTitle: string | null;
  areaChildren: AreaChild[];
  onSelectChild: (id: string) => void;
  onClose: (() => void) | null;
  serviceCodes: string[];
  services: Service[];
  format: Format;
  /** The follow-up of the same scope, under the charts. */
  followUp?: ReactNode;
  /** The scope's e-services, under the follow-up. */
  eservices?: ReactNode;
  /** Actions on the scope's data (its CSV export), under its figures. */
  actions?: ReactNode;
  /** More facts about the scope beside its population (its fiber network). */
  facts?: ReactNode;
  /** Its e-services' online share and self-service standing, after those. */
  eserviceFacts?: ReactNode;
  /** The scope's fiber block, over the request charts. */
  fiber?: ReactNode;
}

/** The side panel of the selected level: its figures, charts and the areas below it. */
export function AreaPanel(props: AreaPanelProps) {
  const { t } = useI18n();
  const { figures, format } = props;
  return (
    <aside className="area-panel" data-testid="area-panel" aria-labelledby="area-panel-title">
      <header className="area-panel__header">
        <h2 id="area-panel-title" data-testid="area-name">
          {props.name}
        </h2>
        {props.onClose ? (
          <button type="button" className="icon-button" aria-label={t('panel.close')} onClick={props.onClose}>
            ×
          </button>
        ) : null}
      </header>
      {/* Each figure is isolated: two numbers side by side would otherwise be reordered as one run. */}
      <p className="area-panel__meta">
        {props.population === null ? (
          <span data-testid="no-population">{t('panel.noPopulation')}</span>
        ) : (
          <>
            <span>
              {t('panel.population')}: <bdi>{format.number(props.population)}</bdi>
            </span>
            <span>
              <bdi>
                {format.number(ratePerThousand(figures.requests, props.population), { maximumFractionDigits: 1 })}
              </bdi>{' '}
              {t(`panel.perThousand.${figures.countBy}`)}
            </span>
          </>
        )}
        {props.facts}
        {props.eserviceFacts}
      </p>
      {/* At the city level the KPI strip above already shows these figures. */}
      {props.onClose ? <KpiStrip figures={figures} format={format} prefix="panel-kpi" /> : null}
      {props.actions}
      {props.fiber}
      <AreaCharts figures={figures} serviceCodes={props.serviceCodes} services={props.services} format={format} />
      {props.followUp}
      {props.eservices}
      {props.childrenTitle ? (
        <section className="area-panel__children">
          <h3>{props.childrenTitle}</h3>
          <ul data-testid={props.onClose ? 'neighbourhood-list' : 'district-list'}>
            {props.areaChildren.map((child) => (
              <li key={child.id}>
                <button type="button" onClick={() => props.onSelectChild(child.id)}>
                  <span>{child.name}</span>
                  <span className="area-panel__count">{format.number(child.requests)}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </aside>
  );
}

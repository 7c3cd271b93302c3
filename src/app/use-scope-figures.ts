/**
 * The figures of one selection — an area (or the city), a period in the city's calendar, a category group,
 * a status and a count mode — from the request worker, with what every page needs to show them: the
 * resolved period, the formatter in the page's language and the names of the worker's indexes.
 */
import { useMemo } from 'react';
import type { CityData } from '../features/city/use-city-data';
import { followUpNames } from '../features/follow-up/follow-up-names';
import { scopeFilters } from '../features/requests/filter-selection';
import { useRequestFigures, type useRequestWorker } from '../features/requests/use-request-worker';
import type { Language } from '../i18n/translate';
import type { Loaded } from '../workers/request-protocol';
import type { ViewState } from './url-state';
import { useScopePeriod } from './use-scope-period';

export interface ScopeInputs {
  city: CityData;
  loaded: Loaded | undefined;
  worker: ReturnType<typeof useRequestWorker>;
  view: ViewState;
  now: number;
  language: Language;
  /** What an unnamed responsible unit is called. */
  noAgency: string;
  /** Count the council briefing's figures too (`result.briefing`). */
  withBriefing?: boolean;
}

export function useScopeFigures({ city, loaded, worker, view, now, language, noAgency, withBriefing }: ScopeInputs) {
  const { timeZone, calendar, format, selection, period } = useScopePeriod(city, view, now, language);
  // A group the city does not have (a damaged or foreign link) falls back to every group, as an unknown area does.
  const group = city.services.some((s) => s.group === view.group) ? view.group : null;
  const serviceCodes = useMemo(
    () => (group ? city.services.filter((s) => s.group === group).map((s) => s.service_code) : null),
    [group, city.services],
  );
  const areaIndex = selection.district
    ? { district: selection.district.index, neighbourhood: selection.neighbourhood?.index ?? null }
    : null;
  const filters = scopeFilters(view, period, serviceCodes, areaIndex);
  const figures = useRequestFigures(
    worker,
    loaded,
    filters.city,
    filters.area,
    now,
    view.layers.includes('hexbin'),
    withBriefing,
  );
  const names = useMemo(
    () => followUpNames(city, loaded?.serviceCodes ?? [], loaded?.agencies ?? [], language, noAgency),
    [city, loaded, language, noAgency],
  );
  return {
    timeZone,
    calendar,
    format,
    selection,
    period,
    group,
    cityFilter: filters.city,
    areaFilter: filters.area,
    result: figures.result,
    names,
  } as const;
}

/**
 * The figures of one selection — an area (or the city), a period in the city's calendar, a category group,
 * a status and a count mode — from the request worker, with what every page needs to show them: the
 * resolved period, the formatter in the page's language and the names of the worker's indexes.
 */
import { useMemo } from 'react';
import { resolvePeriod } from '../domain/period';
import type { CityData } from '../features/city/use-city-data';
import { selectionOf } from '../features/districts/selection';
import { followUpNames } from '../features/follow-up/follow-up-names';
import { scopeFilters } from '../features/requests/filter-selection';
import { useRequestFigures, type useRequestWorker } from '../features/requests/use-request-worker';
import { makeFormat } from '../ui/format';
import type { Language } from '../i18n/translate';
import type { Loaded } from '../workers/request-protocol';
import type { ViewState } from './url-state';

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
  const timeZone = city.city.timezone;
  // Periods follow the city's calendar in both languages, so one link shows the same figures in each.
  const calendar = city.city.calendar;
  const format = useMemo(() => makeFormat(language, timeZone), [language, timeZone]);
  const selection = selectionOf(view, city);
  // Resolving a period asks the calendar for a dozen days or so (each an Intl call): once per change, not per render.
  const { period: periodName, from: periodFrom, to: periodTo } = view;
  const period = useMemo(
    () => resolvePeriod({ period: periodName, from: periodFrom, to: periodTo }, now, calendar, timeZone),
    [periodName, periodFrom, periodTo, now, calendar, timeZone],
  );
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

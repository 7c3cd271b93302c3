/**
 * The scope a page shows, before any figure: the URL's area (or the city) and its period resolved in the
 * city's calendar and time zone, with the formatter in the page's language.
 */
import { useMemo } from 'react';
import { resolvePeriod } from '../domain/period';
import type { CityData } from '../features/city/use-city-data';
import { selectionOf } from '../features/districts/selection';
import type { Language } from '../i18n/translate';
import { makeFormat } from '../ui/format';
import type { ViewState } from './url-state';

export function useScopePeriod(city: CityData, view: ViewState, now: number, language: Language) {
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
  return { timeZone, calendar, format, selection, period } as const;
}

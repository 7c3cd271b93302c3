/**
 * The data's own period: a data set that ends before this year opens on its last full year (the link then
 * records it), and a period that holds none of its requests can be swapped for the data's range in one
 * click. Ranges are the city's local days.
 */
import { useCallback, useEffect } from 'react';
import { isoDayOf } from '../../domain/calendar';
import { dataPeriod, resolvePeriod } from '../../domain/period';
import type { FilterSelection } from './filter-selection';

interface DataPeriodInputs {
  /** First and last request of the load, epoch seconds; NaN when there is none. */
  range: { from: number; to: number } | null;
  /** Whether the link names a period (then it is kept as it is). */
  periodGiven: boolean;
  calendar: 'persian' | 'gregorian';
  timeZone: string;
  now: number;
  onChange: (patch: Partial<FilterSelection>) => void;
}

/** Opens old data on its own period; returns the action that shows the data's whole range. */
export function useDataPeriod({ range, periodGiven, calendar, timeZone, now, onChange }: DataPeriodInputs) {
  const from = range?.from ?? NaN;
  const to = range?.to ?? NaN;
  useEffect(() => {
    if (periodGiven || !(to >= from)) return;
    const thisYear = resolvePeriod({ period: 'this_year', from: null, to: null }, now, calendar, timeZone);
    if (to < thisYear.from) onChange({ period: 'custom', ...dataPeriod({ from, to }, calendar, timeZone) });
  }, [from, to, periodGiven, now, calendar, timeZone, onChange]);
  return useCallback(() => {
    if (to >= from) onChange({ period: 'custom', from: isoDayOf(from, timeZone), to: isoDayOf(to, timeZone) });
  }, [from, to, timeZone, onChange]);
}

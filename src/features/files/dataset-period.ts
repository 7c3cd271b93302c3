/**
 * The period a freshly read data set is shown over: its own days, from its first request to its last, in
 * its zone — an export from 2011 shows its requests, not an empty "this year".
 */
import type { StoredDataset } from '../../api/files/stored-dataset';
import { calendarDay } from '../../domain/calendar';
import type { PeriodSelection } from '../../domain/period';

/** The Gregorian ISO day (YYYY-MM-DD) of an instant in a zone. */
export function isoDayIn(epochSeconds: number, timeZone: string): string {
  const { year, month, day } = calendarDay(epochSeconds, 'gregory', timeZone);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function datasetPeriod(dataset: Pick<StoredDataset, 'range' | 'timeZone'>): PeriodSelection {
  const { from, to } = dataset.range;
  if (Number.isNaN(from) || Number.isNaN(to)) return { period: 'this_year', from: null, to: null };
  return { period: 'custom', from: isoDayIn(from, dataset.timeZone), to: isoDayIn(to, dataset.timeZone) };
}

import type { PeriodId } from '../../domain/period';

/** The request filters as the user chose them (and as the URL keeps them). */
export interface FilterSelection {
  period: PeriodId;
  /** Custom range, YYYY-MM-DD (Gregorian ISO days in the city's time zone). */
  from: string | null;
  to: string | null;
  status: 'all' | 'open' | 'closed';
  /** Follow-up figures as raw requests or as distinct problems. */
  countBy: 'requests' | 'problems';
  group: string | null;
}

import type { PeriodId } from '../../domain/period';
import type { TimeBins } from '../../domain/time-bins';
import type { FilterSpec } from '../../workers/request-protocol';

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

/**
 * The worker's filters for the city (the map and the KPI strip) and for the selected area (its panel), or
 * null for the area at city level. `serviceCodes` are the chosen group's, or null for every category.
 */
export function scopeFilters(
  selection: FilterSelection,
  period: { from: number; to: number; bins: TimeBins },
  serviceCodes: string[] | null,
  area: { district: number; neighbourhood: number | null } | null,
): { city: FilterSpec; area: FilterSpec | null } {
  const city: FilterSpec = {
    from: period.from,
    to: period.to,
    serviceCodes,
    status: selection.status,
    district: null,
    neighbourhood: null,
    countBy: selection.countBy,
    bins: period.bins,
  };
  return { city, area: area ? { ...city, ...area } : null };
}

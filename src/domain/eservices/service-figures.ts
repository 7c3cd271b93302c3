/**
 * Each catalogue service's figures over a period: its transactions, online share and trend, sortable, and
 * the "next to move online" list — the services with the most in-person transactions left, where going
 * online would save the most visits to a district office.
 */
import type { MonthRange } from './months';
import { shareCell, sumTransactions, type ShareCell } from './online-share';
import { shareTrend, TREND_MONTHS } from './share-trend';
import { monthlyUsage, type ServiceUsage } from './usage';

/** What the figures need of a catalogue entry; the rest (name, group) is carried through untouched. */
export interface CatalogueEntry {
  id: string;
}

export interface ServiceFigures<S extends CatalogueEntry = CatalogueEntry> extends ShareCell {
  service: S;
  /**
   * Whether any usage row of the period names the service. False is "no usage" — not reported at all —
   * shown apart from a share of 0 % (all in person) and from rows of zero transactions (no share).
   */
  reported: boolean;
  /** Change of the share over the last months of the period (see share-trend.ts); null without one. */
  trend: number | null;
}

export interface ServiceFigureOptions {
  /** Only this district's transactions; every district's when absent. */
  districtId?: string;
  /** Months in each window of the trend, default TREND_MONTHS. */
  trendMonths?: number;
}

/**
 * The figures of every catalogue service, in catalogue order, over the months of `range`. Rows naming a
 * service that is not in the catalogue are not anyone's figures here (they still count in the district
 * totals).
 */
export function serviceFigures<S extends CatalogueEntry>(
  catalogue: readonly S[],
  usage: readonly ServiceUsage[],
  range: MonthRange,
  options: ServiceFigureOptions = {},
): ServiceFigures<S>[] {
  const { districtId, trendMonths = TREND_MONTHS } = options;
  const { byKey } = monthlyUsage(usage, range, (row) =>
    districtId === undefined || row.districtId === districtId ? row.serviceId : undefined,
  );
  return catalogue.map((service) => {
    const monthly = byKey.get(service.id) ?? [];
    return {
      service,
      reported: monthly.length > 0,
      ...shareCell(sumTransactions(monthly)),
      trend: shareTrend(monthly, trendMonths),
    };
  });
}

export const SERVICE_SORT_KEYS = ['share', 'trend', 'in_person'] as const;
export type ServiceSortKey = (typeof SERVICE_SORT_KEYS)[number];

const sortValue: Record<ServiceSortKey, (figures: ServiceFigures) => number | null> = {
  share: (f) => f.share,
  trend: (f) => f.trend,
  in_person: (f) => f.inPerson,
};

/**
 * The figures sorted by a key. Services without a value (no share, no trend) come last in either direction,
 * so "lowest share first" does not open on services nobody used; ties go by service id, the same order in
 * every language.
 */
export function sortServices<S extends CatalogueEntry>(
  figures: readonly ServiceFigures<S>[],
  key: ServiceSortKey,
  direction: 'ascending' | 'descending',
): ServiceFigures<S>[] {
  const value = sortValue[key];
  const sign = direction === 'ascending' ? 1 : -1;
  return [...figures].sort((a, b) => {
    const [x, y] = [value(a), value(b)];
    if (x === null || y === null) return x === y ? byId(a, b) : x === null ? 1 : -1;
    return sign * (x - y) || byId(a, b);
  });
}

const byId = (a: ServiceFigures, b: ServiceFigures) => a.service.id.localeCompare(b.service.id);

/** The `count` services with the most in-person transactions in the period, most first; none without any. */
export function nextToMoveOnline<S extends CatalogueEntry>(
  figures: readonly ServiceFigures<S>[],
  count: number,
): ServiceFigures<S>[] {
  return sortServices(
    figures.filter((f) => f.inPerson > 0),
    'in_person',
    'descending',
  ).slice(0, count);
}

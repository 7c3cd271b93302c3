/**
 * The online share by district and month, for the choropleth (a district over the period) and its chart
 * (district by month), and the city's trend by month against its target share.
 */
import type { MonthKey, MonthRange } from './months';
import { noTransactions, shareCell, sumTransactions, type ShareCell } from './online-share';
import { monthlyUsage, type DistrictUsage } from './usage';

export interface DistrictMonthShares {
  months: MonthKey[];
  districtIds: string[];
  /** `cells[d][m]`: district `districtIds[d]` in month `months[m]`; no row is no transaction, no share. */
  cells: ShareCell[][];
  /** Each district over the whole range: the choropleth's value. */
  byDistrict: ShareCell[];
}

/**
 * The district × month matrix of the range, for the districts given (in their order). Rows of other
 * districts are left out here; they still count in the city's trend, which is all the city's transactions.
 */
export function districtMonthShares(
  usage: readonly DistrictUsage[],
  districtIds: readonly string[],
  range: MonthRange,
): DistrictMonthShares {
  const { months, byKey } = monthlyUsage(usage, range, (row) => row.districtId);
  const monthly = districtIds.map((id) => byKey.get(id) ?? months.map(noTransactions));
  return {
    months,
    districtIds: [...districtIds],
    cells: monthly.map((row) => row.map(shareCell)),
    byDistrict: monthly.map((row) => shareCell(sumTransactions(row))),
  };
}

/** The city's target online share, as the contract's `online_share_target`. */
export interface OnlineShareTarget {
  /** A fraction in (0, 1]. */
  share: number;
  /** Gregorian ISO day the share is due by, or null when the city gives none. */
  targetDate: string | null;
}

export interface MonthShare extends ShareCell {
  month: MonthKey;
}

export interface CityTrend {
  /** Every month of the range, oldest first. */
  months: MonthShare[];
  target: OnlineShareTarget | null;
  /** The last month of the range that has a share, or null. */
  latest: MonthShare | null;
  /** The latest share minus the target share (negative: short of it); null without either. */
  gap: number | null;
}

/** The city's online share month by month over the range, against its target when it has one. */
export function cityTrend(
  usage: readonly DistrictUsage[],
  range: MonthRange,
  target: OnlineShareTarget | null,
): CityTrend {
  const { months, byKey } = monthlyUsage(usage, range, () => 'city');
  const monthly = byKey.get('city') ?? months.map(noTransactions);
  const points = months.map((month, m) => ({ month, ...shareCell(monthly[m]!) }));
  const latest = points.findLast((point) => point.share !== null) ?? null;
  const gap = latest && target ? latest.share! - target.share : null;
  return { months: points, target, latest, gap };
}

/**
 * E-service usage rows as the domain reads them, and their monthly sums. The district totals are derived
 * from the per-service rows when a city sends them, so a service list and a district map can never disagree.
 */
import { monthsIn, type MonthKey, type MonthRange } from './months';
import { addTransactions, noTransactions, type Transactions } from './online-share';

/** Transactions of a district in a month, every service together. */
export interface DistrictUsage extends Transactions {
  month: MonthKey;
  districtId: string;
}

/** Transactions of one service in a district and a month. */
export interface ServiceUsage extends DistrictUsage {
  serviceId: string;
}

/** The district totals of per-service rows: one row per district and month, by month then district. */
export function districtUsageOf(rows: readonly ServiceUsage[]): DistrictUsage[] {
  const totals = new Map<string, DistrictUsage>();
  for (const row of rows) {
    const key = `${row.month}\u0000${row.districtId}`;
    let total = totals.get(key);
    if (!total) totals.set(key, (total = { month: row.month, districtId: row.districtId, ...noTransactions() }));
    addTransactions(total, row);
  }
  return [...totals.values()].sort(
    (a, b) => a.month.localeCompare(b.month) || a.districtId.localeCompare(b.districtId),
  );
}

/** Monthly sums of the rows of a range, per key. */
export interface MonthlyUsage<K> {
  months: MonthKey[];
  /** Per key, the sum of each month of `months`; a key no row of the range names has no entry. */
  byKey: Map<K, Transactions[]>;
}

/**
 * Sums the rows of the range by key and month. Rows outside the range, and those `keyOf` answers undefined
 * for, are left out.
 */
export function monthlyUsage<R extends DistrictUsage, K>(
  rows: readonly R[],
  range: MonthRange,
  keyOf: (row: R) => K | undefined,
): MonthlyUsage<K> {
  const months = monthsIn(range);
  const monthIndex = new Map(months.map((month, i) => [month, i]));
  const byKey = new Map<K, Transactions[]>();
  for (const row of rows) {
    const m = monthIndex.get(row.month);
    if (m === undefined) continue;
    const key = keyOf(row);
    if (key === undefined) continue;
    let monthly = byKey.get(key);
    if (!monthly) byKey.set(key, (monthly = months.map(noTransactions)));
    addTransactions(monthly[m]!, row);
  }
  return { months, byKey };
}

/**
 * The newest requests, for a live feed: the rows in order of receipt, newest first, sorted once per load,
 * so each query walks only the head of that order until it has the few that pass its filter.
 */
import { matchesFilter, type RequestFilter } from './request-filter';
import { NO_AREA, compareRows, type RequestTable } from './request-table';

/** The rows inside the city, newest received first (ties: the canonical order, reversed). */
export function newestFirst(table: RequestTable): Uint32Array {
  let n = 0;
  const rows = new Uint32Array(table.count);
  for (let i = 0; i < table.count; i++) if (table.district[i] !== NO_AREA) rows[n++] = i;
  return rows.subarray(0, n).sort((a, b) => compareRows(table, b, a));
}

/** The first `limit` rows of `order` that pass the filter. */
export function newestRows(table: RequestTable, order: Uint32Array, filter: RequestFilter, limit: number): number[] {
  const rows: number[] = [];
  for (let k = 0; k < order.length && rows.length < limit; k++) {
    if (matchesFilter(table, order[k]!, filter)) rows.push(order[k]!);
  }
  return rows;
}

/**
 * The latest moment a row of the table changed — its `updated_datetime`, or when it has none its
 * `requested_datetime` — epoch seconds; NaN for an empty table. A refresh asks for what changed after it.
 */
export function latestChange(table: RequestTable): number {
  let latest = -Infinity;
  for (let i = 0; i < table.count; i++) latest = Math.max(latest, table.updatedAt[i]! || table.requestedAt[i]!);
  return table.count ? latest : NaN;
}

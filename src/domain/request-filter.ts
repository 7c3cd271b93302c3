/** The request filter of the map, the KPIs and the panel, applied row by row to a request table. */
import { NO_AREA, type RequestTable } from './request-table';
import { FIRST_CLOSED_STAGE } from './vocabulary';

export interface RequestFilter {
  /** Requested in [from, to), epoch seconds. */
  from: number;
  to: number;
  /** 1 at the index of every allowed service, or null for all services. */
  serviceMask: Uint8Array | null;
  /** Current Open311 status: open until the request reaches a closed stage. */
  status: 'all' | 'open' | 'closed';
  /** District or neighbourhood index, or null for the whole city. */
  district: number | null;
  neighbourhood: number | null;
}

/** True when the row's stage is a closed one (resolved, rejected or referred). */
export function isClosed(table: RequestTable, i: number): boolean {
  return table.stage[i]! >= FIRST_CLOSED_STAGE;
}

/**
 * True when row i passes the filter. Rows outside every district were set aside at assignment and never
 * pass, so every figure counts the same requests the map draws.
 */
export function matchesFilter(table: RequestTable, i: number, filter: RequestFilter): boolean {
  const district = table.district[i]!;
  if (district === NO_AREA) return false;
  const requested = table.requestedAt[i]!;
  if (requested < filter.from || requested >= filter.to) return false;
  if (filter.serviceMask && filter.serviceMask[table.service[i]!] !== 1) return false;
  if (filter.district !== null && district !== filter.district) return false;
  if (filter.neighbourhood !== null && table.neighbourhood[i] !== filter.neighbourhood) return false;
  if (filter.status !== 'all' && isClosed(table, i) !== (filter.status === 'closed')) return false;
  return true;
}

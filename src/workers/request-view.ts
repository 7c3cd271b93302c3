import { matchesFilter, type RequestFilter } from '../domain/request-filter';
import type { RequestTable } from '../domain/request-table';
import type { RequestView } from './request-protocol';

const DAY = 86_400;

/** Week buckets of the charts start at the period's first day. */
export function weekStartFor(from: number): number {
  return Math.floor(from / DAY) * DAY;
}

/** The rows that pass the filter, compacted into binary attributes for deck.gl. */
export function buildRequestView(table: RequestTable, filter: RequestFilter): RequestView {
  const rows = new Uint32Array(table.count);
  let count = 0;
  for (let i = 0; i < table.count; i++) if (matchesFilter(table, i, filter)) rows[count++] = i;
  const view: RequestView = {
    count,
    positions: new Float32Array(count * 2),
    id: new Uint32Array(count),
    service: new Uint16Array(count),
    stage: new Uint8Array(count),
    requestedAt: new Uint32Array(count),
  };
  for (let k = 0; k < count; k++) {
    const i = rows[k]!;
    view.positions[2 * k] = table.lon[i]!;
    view.positions[2 * k + 1] = table.lat[i]!;
    view.id[k] = table.id[i]!;
    view.service[k] = table.service[i]!;
    view.stage[k] = table.stage[i]!;
    view.requestedAt[k] = table.requestedAt[i]!;
  }
  return view;
}

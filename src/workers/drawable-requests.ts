import { NO_AREA, type RequestTable } from '../domain/request-table';
import { gatherStrings, stringColumnBuffers } from '../domain/string-column';
import type { DrawableRequests } from './request-protocol';

const MINUTE = 60;
/** Filter values per request: minute, stage, category rank. */
export const FILTER_VALUES = 3;

/**
 * Ranks of the table's categories, ordered by their catalogue group (groups in order of first appearance
 * in the catalogue, categories unknown to it last), then by code: one group is one range of ranks.
 */
export function serviceRanks(serviceCodes: readonly string[], groupOf: ReadonlyMap<string, string>): Uint16Array {
  const groupOrder = new Map<string, number>();
  for (const group of groupOf.values()) if (!groupOrder.has(group)) groupOrder.set(group, groupOrder.size);
  const position = (code: string) => groupOrder.get(groupOf.get(code) ?? '') ?? groupOrder.size;
  const order = serviceCodes
    .map((code, index) => ({ code, index, group: position(code) }))
    .sort((a, b) => a.group - b.group || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  const rank = new Uint16Array(serviceCodes.length);
  order.forEach((entry, r) => (rank[entry.index] = r));
  return rank;
}

/**
 * The rows inside the city, with their positions and GPU filter values, in table order; and the span of
 * their request times (NaN when there are none), the data's own period.
 */
export function buildDrawableRequests(
  table: RequestTable,
  serviceRank: Uint16Array,
): { requests: DrawableRequests; range: { from: number; to: number } } {
  const inside = new Uint32Array(table.count);
  let count = 0;
  let earliest = Infinity;
  let latest = -Infinity;
  for (let i = 0; i < table.count; i++) {
    if (table.district[i] === NO_AREA) continue;
    inside[count++] = i;
    earliest = Math.min(earliest, table.requestedAt[i]!);
    latest = Math.max(latest, table.requestedAt[i]!);
  }
  const rows = inside.subarray(0, count);
  const minuteBase = count ? Math.floor(earliest / MINUTE) * MINUTE : 0;
  const drawable: DrawableRequests = {
    count,
    positions: new Float32Array(count * 2),
    filterValues: new Float32Array(count * FILTER_VALUES),
    minuteBase,
    serviceRank,
    ids: gatherStrings(table.ids, rows),
    service: new Uint16Array(count),
    stage: new Uint8Array(count),
    requestedAt: new Uint32Array(count),
  };
  for (let k = 0; k < count; k++) {
    const i = rows[k]!;
    const requestedAt = table.requestedAt[i]!;
    drawable.positions[2 * k] = table.lon[i]!;
    drawable.positions[2 * k + 1] = table.lat[i]!;
    drawable.filterValues[FILTER_VALUES * k] = Math.floor((requestedAt - minuteBase) / MINUTE);
    drawable.filterValues[FILTER_VALUES * k + 1] = table.stage[i]!;
    drawable.filterValues[FILTER_VALUES * k + 2] = serviceRank[table.service[i]!]!;
    drawable.service[k] = table.service[i]!;
    drawable.stage[k] = table.stage[i]!;
    drawable.requestedAt[k] = requestedAt;
  }
  return { requests: drawable, range: count ? { from: earliest, to: latest } : { from: NaN, to: NaN } };
}

/** The buffers of a DrawableRequests, to transfer it. */
export function drawableBuffers(d: DrawableRequests): ArrayBuffer[] {
  return [
    ...[d.positions, d.filterValues, d.serviceRank, d.service, d.stage, d.requestedAt].map(
      (a) => a.buffer as ArrayBuffer,
    ),
    ...stringColumnBuffers(d.ids),
  ];
}

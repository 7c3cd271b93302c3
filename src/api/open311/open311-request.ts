/**
 * One record of an Open311 GeoReport v2 `requests.json` answer, read into the table builder's
 * RequestRecord. Open311 records are mostly valid contract records (request-schema.ts reads them); what
 * differs is handled here: the status is the only lifecycle (the builder gives it the generic `open` and
 * `closed` stages), a closed request has no `closed_datetime`, and real endpoints write a missing place
 * as (0, 0), as an empty string, or as null. docs/open311.md lists every choice.
 */
import { readRequest } from '../request-schema';
import { NO_TIME } from '../../domain/request-table';
import { STATUS_CLOSED, type RequestRecord } from '../../domain/request-record';
import type { SetAsideReason } from '../../domain/set-aside';

/** A record read, with the category name it carries (a category missing from services.json is named by it). */
export interface Open311Reading {
  record: RequestRecord;
  serviceName: string | null;
}

/**
 * The fields real endpoints write loosely, made readable before the contract's schema sees them:
 * `"Closed"` and `" open "` are statuses, an empty coordinate is no coordinate.
 */
function normalized(raw: Record<string, unknown>): Record<string, unknown> {
  const fixed = { ...raw };
  if (typeof fixed.status === 'string') fixed.status = fixed.status.trim().toLowerCase();
  for (const key of ['lat', 'long'] as const) {
    if (typeof fixed[key] === 'string' && fixed[key].trim() === '') fixed[key] = null;
  }
  return fixed;
}

/**
 * "Null island": several Open311 servers (Bloomington's among them) write a request without a place at
 * latitude 0, longitude 0, a point in the Gulf of Guinea no city request comes from.
 */
const isNullIsland = (lon: number, lat: number) => lon === 0 && lat === 0;

/**
 * A record of an Open311 answer as the builder takes it, or the reason it is set aside. A closed request
 * closes at its `closed_datetime` when the endpoint adds one (an extension some servers have), else at its
 * `updated_datetime`: the last change of a closed request is its closing, as near as Open311 says.
 */
export function readOpen311Request(raw: unknown, timeZone: string): Open311Reading | SetAsideReason {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return 'invalid_record';
  const fixed = normalized(raw as Record<string, unknown>);
  const record = readRequest(fixed, timeZone);
  if (typeof record === 'string') return record;
  if (isNullIsland(record.lon, record.lat)) {
    record.lon = NaN;
    record.lat = NaN;
  }
  if (record.status === STATUS_CLOSED && record.closedAt === NO_TIME) record.closedAt = record.updatedAt;
  const name = typeof fixed.service_name === 'string' ? fixed.service_name.trim() : '';
  return { record, serviceName: name || null };
}

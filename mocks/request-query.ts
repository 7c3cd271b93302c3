/**
 * `GET /requests` and `GET /requests.arrow` over the generated table: one parser and one filter for both
 * forms, so the JSON pages and the Arrow body always hold the same records.
 */
import { encodeArrowRequests } from '../src/api/arrow/arrow-encode';
import type { ServiceRequestBody } from '../src/api/request-schema';
import { parseIsoInstant } from '../src/domain/instant';
import { NO_AREA } from '../src/domain/request-table';
import { sortKeys, stringAt, stringColumnOf } from '../src/domain/string-column';
import { CHANNELS, FIRST_CLOSED_STAGE, REPORTERS, STAGES } from '../src/domain/vocabulary';
import type { GeneratedRequests } from './city/requests';
import { describeRequest } from './city/request-text';
import { TIMEZONE } from './city/frame';

export const DEFAULT_LIMIT = 1000;
export const MAX_LIMIT = 5000;

export interface RequestFilter {
  /** Seconds since the epoch; requested in [start, end). */
  start: number | null;
  end: number | null;
  /** Service indexes, or null for all. */
  services: number[] | null;
  status: 'open' | 'closed' | null;
  district: number | null;
  /** Seconds since the epoch: only requests changed (updated, or else requested) strictly after it. */
  updatedAfter: number | null;
}

export interface RequestQuery {
  filter: RequestFilter;
  /** Row index after which the page starts (from the cursor), or -1. */
  after: number;
  limit: number;
}

export class BadRequestError extends Error {}

/** An ISO date (midnight in the city's time zone) or date-time (city time when it has no offset). */
function parseInstant(name: string, value: string | null): number | null {
  if (value === null || value === '') return null;
  const seconds = parseIsoInstant(value, TIMEZONE);
  if (Number.isNaN(seconds)) throw new BadRequestError(`${name} must be an ISO date or date-time, got "${value}"`);
  return Math.ceil(seconds);
}

/**
 * `updated_after`, as whole seconds: the table's times are whole seconds, so "strictly after t" is "after
 * floor(t)" whether or not t has a fraction.
 */
function parseUpdatedAfter(value: string | null): number | null {
  if (value === null || value === '') return null;
  const seconds = parseIsoInstant(value, TIMEZONE);
  if (Number.isNaN(seconds)) throw new BadRequestError(`updated_after must be an ISO date-time, got "${value}"`);
  return Math.floor(seconds);
}

export function encodeCursor(row: number): string {
  return btoa(`after:${row}`).replace(/=+$/, '');
}

function decodeCursor(cursor: string, count: number): number {
  let text = '';
  try {
    text = atob(cursor);
  } catch {
    // falls through to the error below
  }
  const match = /^after:(\d+)$/.exec(text);
  const row = match ? Number(match[1]) : NaN;
  if (!(row >= 0 && row < count)) throw new BadRequestError('cursor is not one this API gave');
  return row;
}

/** Parses the query string of /requests; throws BadRequestError with a message for the client. */
export function parseRequestQuery(params: URLSearchParams, data: GeneratedRequests): RequestQuery {
  const start = parseInstant('start_date', params.get('start_date'));
  const end = parseInstant('end_date', params.get('end_date'));
  if (start !== null && end !== null && start > end) throw new BadRequestError('start_date is after end_date');
  const codes = params.get('service_code');
  let services: number[] | null = null;
  if (codes) {
    services = codes.split(',').map((code) => {
      const index = data.table.serviceCodes.indexOf(code.trim());
      if (index < 0) throw new BadRequestError(`unknown service_code "${code}"`);
      return index;
    });
  }
  const status = params.get('status');
  if (status !== null && status !== 'open' && status !== 'closed') {
    throw new BadRequestError('status must be open or closed');
  }
  const districtId = params.get('district_id');
  let district: number | null = null;
  if (districtId !== null) {
    district = data.districtIds.indexOf(districtId);
    if (district < 0) throw new BadRequestError(`unknown district_id "${districtId}"`);
  }
  const limitText = params.get('limit');
  const limit = limitText === null ? DEFAULT_LIMIT : Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT || !/^\d+$/.test(limitText ?? '1')) {
    throw new BadRequestError(`limit must be an integer from 1 to ${MAX_LIMIT}`);
  }
  const cursor = params.get('cursor');
  const after = cursor ? decodeCursor(cursor, data.table.count) : -1;
  const updatedAfter = parseUpdatedAfter(params.get('updated_after'));
  return {
    filter: { start, end, services, status: status as RequestFilter['status'], district, updatedAfter },
    after,
    limit,
  };
}

/** A key that is equal for equal filters, for caches. */
export function filterKey(f: RequestFilter): string {
  const services = f.services && [...f.services].sort((a, b) => a - b);
  return JSON.stringify([f.start, f.end, services, f.status, f.district, f.updatedAfter]);
}

/** First row requested at or after t (rows are sorted by requested time). */
function lowerBound(times: Uint32Array, t: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (times[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The rows that pass the filter, ascending. */
export function filterRows(data: GeneratedRequests, f: RequestFilter): Uint32Array {
  const t = data.table;
  const from = f.start === null ? 0 : lowerBound(t.requestedAt, f.start);
  const to = f.end === null ? t.count : lowerBound(t.requestedAt, f.end);
  const serviceMask = new Uint8Array(t.serviceCodes.length).fill(f.services ? 0 : 1);
  for (const s of f.services ?? []) serviceMask[s] = 1;
  const out = new Uint32Array(Math.max(0, to - from));
  let n = 0;
  for (let i = from; i < to; i++) {
    if (!serviceMask[t.service[i]!]) continue;
    if (f.status !== null && t.stage[i]! >= FIRST_CLOSED_STAGE !== (f.status === 'closed')) continue;
    if (f.district !== null && data.district[i] !== f.district) continue;
    if (f.updatedAfter !== null && (t.updatedAt[i]! || t.requestedAt[i]!) <= f.updatedAfter) continue;
    out[n++] = i;
  }
  return out.slice(0, n);
}

const iso = (sec: number) => new Date(sec * 1000).toISOString().replace('.000Z', 'Z');

/**
 * Row i as the JSON API sends it. A row with no coordinates keeps NaN, which JSON writes as null: such a
 * record breaks the contract on purpose (see DATA_QUALITY).
 */
export function requestRecord(data: GeneratedRequests, i: number): ServiceRequestBody {
  const t = data.table;
  const closed = t.closedAt[i]!;
  const record: ServiceRequestBody = {
    service_request_id: stringAt(t.ids, i),
    service_code: t.serviceCodes[t.service[i]!]!,
    status: t.stage[i]! >= FIRST_CLOSED_STAGE ? 'closed' : 'open',
    stage: STAGES[t.stage[i]!]!,
    description: '',
    lat: t.lat[i]!,
    long: t.lon[i]!,
    address: '',
    requested_datetime: iso(t.requestedAt[i]!),
    updated_datetime: iso(t.updatedAt[i]!),
    closed_datetime: closed ? iso(closed) : null,
    agency_responsible: t.agencies[t.agency[i]!]!,
    channel: CHANNELS[t.channel[i]!]!,
    reported_by: REPORTERS[t.reporter[i]!]!,
  };
  Object.assign(record, describeRequest(data, i));
  const d = data.district[i]!;
  if (d !== NO_AREA) record.district_id = data.districtIds[d]!;
  return record;
}

/** The page of filtered rows after `after`, with the cursor of the next page. */
export function requestPage(data: GeneratedRequests, rows: Uint32Array, query: RequestQuery) {
  const first = query.after < 0 ? 0 : lowerBound(rows, query.after + 1);
  const page = rows.subarray(first, first + query.limit);
  const last = page[page.length - 1];
  const more = first + page.length < rows.length && last !== undefined;
  return {
    data: Array.from(page, (i) => requestRecord(data, i)),
    next_cursor: more ? encodeCursor(last) : null,
    total: rows.length,
  };
}

/** The filtered rows as the Arrow IPC stream of `GET /requests.arrow`. */
export function requestArrow(data: GeneratedRequests, rows: Uint32Array): Uint8Array {
  return encodeArrowRequests({ table: data.table, rows, district: data.district, districtIds: data.districtIds });
}

/** The row of a request id, or -1: the demo's ids are numbers in row order, so their sort keys are too. */
export function rowOfId(data: GeneratedRequests, id: string): number {
  const { idKey, ids, count } = data.table;
  const key = sortKeys(stringColumnOf([id]), 1)[0]!;
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (idKey[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo < count && stringAt(ids, lo) === id ? lo : -1;
}

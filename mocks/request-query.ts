/**
 * `GET /requests` and `GET /requests.bin` over the generated table: one parser and one filter for both
 * forms, so the JSON pages and the columnar body always hold the same records.
 */
import { COLUMNAR_MEDIA_TYPE, encodeColumnar } from '../src/api/columnar';
import type { ServiceRequest } from '../src/api/schemas';
import { NO_AREA, allocateRequestTable } from '../src/domain/request-table';
import { CHANNELS, FIRST_CLOSED_STAGE, STAGES } from '../src/domain/vocabulary';
import type { GeneratedRequests } from './city/requests';
import { describeRequest } from './city/request-text';

export { COLUMNAR_MEDIA_TYPE };
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
}

export interface RequestQuery {
  filter: RequestFilter;
  /** Row index after which the page starts (from the cursor), or -1. */
  after: number;
  limit: number;
}

export class BadRequestError extends Error {}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/;

/** An ISO date (midnight in the city's time zone) or date-time (city time when it has no offset). */
function parseInstant(name: string, value: string | null): number | null {
  if (value === null || value === '') return null;
  let text: string;
  if (DATE.test(value)) text = `${value}T00:00:00+03:30`;
  else if (DATE_TIME.test(value)) text = /(Z|[+-]\d{2}:\d{2})$/.test(value) ? value : `${value}+03:30`;
  else throw new BadRequestError(`${name} must be an ISO date or date-time, got "${value}"`);
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) throw new BadRequestError(`${name} is not a valid date: "${value}"`);
  return Math.ceil(ms / 1000);
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
  return { filter: { start, end, services, status: status as RequestFilter['status'], district }, after, limit };
}

/** A key that is equal for equal filters, for caches. */
export function filterKey(f: RequestFilter): string {
  return JSON.stringify([f.start, f.end, f.services && [...f.services].sort((a, b) => a - b), f.status, f.district]);
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
    out[n++] = i;
  }
  return out.slice(0, n);
}

const iso = (sec: number) => new Date(sec * 1000).toISOString().replace('.000Z', 'Z');

/**
 * Row i as the JSON API sends it. A row with no coordinates keeps NaN, which JSON writes as null: such a
 * record breaks the contract on purpose (see DATA_QUALITY).
 */
export function requestRecord(data: GeneratedRequests, i: number): ServiceRequest {
  const t = data.table;
  const closed = t.closedAt[i]!;
  const record: ServiceRequest = {
    service_request_id: String(t.id[i]),
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

/** The filtered rows in the columnar binary form. */
export function requestColumnar(data: GeneratedRequests, rows: Uint32Array): ArrayBuffer {
  const src = data.table;
  if (rows.length === src.count)
    return encodeColumnar({ table: src, district: data.district, districtIds: data.districtIds });
  const table = allocateRequestTable(rows.length, src.serviceCodes, src.agencies);
  const district = new Uint16Array(rows.length);
  rows.forEach((i, k) => {
    table.id[k] = src.id[i]!;
    table.lon[k] = src.lon[i]!;
    table.lat[k] = src.lat[i]!;
    table.requestedAt[k] = src.requestedAt[i]!;
    table.updatedAt[k] = src.updatedAt[i]!;
    table.closedAt[k] = src.closedAt[i]!;
    table.service[k] = src.service[i]!;
    table.stage[k] = src.stage[i]!;
    table.channel[k] = src.channel[i]!;
    table.agency[k] = src.agency[i]!;
    district[k] = data.district[i]!;
  });
  return encodeColumnar({ table, district, districtIds: data.districtIds });
}

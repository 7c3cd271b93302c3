/**
 * One request of `GET /requests` (JSON) and `GET /requests/{id}`: Open311 GeoReport v2 names plus
 * Shahrnama's lifecycle fields. `readRequest` turns a record into the table builder's RequestRecord, or
 * names the reason it is set aside; records are read one by one, so one bad record never fails its page.
 */
import { z } from 'zod';
import { parseIsoInstant } from '../domain/instant';
import { BAD_CODE, NO_STAGE, NO_STATUS, type RequestRecord } from '../domain/request-record';
import { NO_TIME } from '../domain/request-table';
import type { SetAsideReason } from '../domain/set-aside';
import { REPORTERS, STAGES, channelIndex } from '../domain/vocabulary';
import { Id } from './schemas';

/** Free text is kept to this many characters (a description is a paragraph, not a file). */
export const MAX_TEXT_LENGTH = 10_000;

/** A coordinate: a number, or a numeric string (as many Open311 servers send); null when absent. */
const Coordinate = z
  .union([
    z.number(),
    z
      .string()
      .trim()
      .regex(/^[-+]?\d+(\.\d+)?([eE][-+]?\d+)?$/)
      .transform(Number),
    z.null(),
  ])
  .optional()
  .transform((v) => (v === null || v === undefined ? NaN : v));

const OptionalText = z
  .string()
  .nullish()
  .transform((v) => (v ? v.slice(0, MAX_TEXT_LENGTH) : null));

/** A request record on the wire. Extra fields are allowed and ignored. */
export const ServiceRequest = z.object({
  service_request_id: Id,
  service_code: Id,
  service_name: z.string().nullish(),
  status: z.string().nullish(),
  stage: z.string().nullish(),
  lat: Coordinate,
  long: Coordinate,
  requested_datetime: z.string(),
  updated_datetime: z.string().nullish(),
  closed_datetime: z.string().nullish(),
  expected_datetime: z.string().nullish(),
  agency_responsible: z.string().nullish(),
  channel: z.string().nullish(),
  reported_by: z.string().nullish(),
  district_id: Id.nullish(),
  description: OptionalText,
  address: OptionalText,
  status_notes: OptionalText,
  media_url: OptionalText,
});
export type ServiceRequest = z.infer<typeof ServiceRequest>;
export type ServiceRequestBody = z.input<typeof ServiceRequest>;

/**
 * A page of `GET /requests`. Records are read one by one (a bad record is set aside, not the page), so
 * the envelope types them as unknown.
 */
export const RequestPage = z.object({
  data: z.array(z.unknown()),
  next_cursor: z.string().min(1).nullish(),
  total: z.number().int().nonnegative().optional(),
});
export type RequestPage = z.infer<typeof RequestPage>;

/** `GET /requests/{id}`: the record, alone or as Open311's list of one. */
export const RequestDetailsBody = z.union([ServiceRequest, z.array(ServiceRequest).length(1)]);

const indexIn = (words: readonly string[], value: string | null | undefined, none: number) =>
  value === null || value === undefined || value === ''
    ? none
    : words.includes(value)
      ? words.indexOf(value)
      : BAD_CODE;

/** A time field: NO_TIME when absent, NaN when unreadable. */
function timeOf(text: string | null | undefined, timeZone: string): number {
  return text === null || text === undefined || text === '' ? NO_TIME : parseIsoInstant(text, timeZone);
}

/** The reason a record that fails the schema is set aside, named by its first failing field. */
function reasonOf(error: z.ZodError): SetAsideReason {
  const field = String(error.issues[0]?.path[0] ?? '');
  if (field === 'lat' || field === 'long') return 'bad_coordinates';
  if (field.endsWith('_datetime')) return 'bad_date';
  return 'invalid_record';
}

/** The fields of a valid wire record as the builder takes them (its rules are checked there). */
export function recordOf(r: ServiceRequest, timeZone: string): RequestRecord {
  const requestedAt = timeOf(r.requested_datetime, timeZone);
  return {
    id: r.service_request_id,
    serviceCode: r.service_code,
    stage: indexIn(STAGES, r.stage, NO_STAGE),
    status: indexIn(['open', 'closed'], r.status, NO_STATUS),
    lon: r.long,
    lat: r.lat,
    requestedAt: requestedAt === NO_TIME ? NaN : requestedAt,
    updatedAt: timeOf(r.updated_datetime, timeZone),
    closedAt: timeOf(r.closed_datetime, timeZone),
    dueAt: timeOf(r.expected_datetime, timeZone),
    agency: r.agency_responsible ?? '',
    channel: channelIndex(r.channel),
    reporter: Math.max(0, REPORTERS.indexOf((r.reported_by ?? 'citizen') as never)),
    districtId: r.district_id ?? null,
  };
}

/**
 * A record of a page as the builder takes it, or the reason it is set aside. A time without an offset is
 * read in the city's time zone.
 */
export function readRequest(raw: unknown, timeZone: string): RequestRecord | SetAsideReason {
  const parsed = ServiceRequest.safeParse(raw);
  return parsed.success ? recordOf(parsed.data, timeZone) : reasonOf(parsed.error);
}

/** The id of a record that may be invalid otherwise (it is set aside by its id), or null when it has none. */
export function requestIdOf(raw: unknown): string | null {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return null;
  const id = Id.safeParse((raw as Record<string, unknown>).service_request_id);
  return id.success ? id.data : null;
}

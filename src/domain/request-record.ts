/**
 * One request as every source hands it over — a page of the JSON API, an Open311 endpoint, a dropped CSV
 * — once its fields are read: the shape the request table builder takes, and the rules every source's
 * records meet (`recordProblem`). The columnar (Arrow) form skips the object and applies the same rules.
 */
import { NO_TIME } from './request-table';
import type { SetAsideReason } from './set-aside';
import { FIRST_CLOSED_STAGE, STAGES, stageOfStatus } from './vocabulary';

export interface RequestRecord {
  id: string;
  serviceCode: string;
  /** Index into STAGES; NO_STAGE when the source gives only the status, BAD_CODE when unreadable. */
  stage: number;
  /** Open311 status: STATUS_OPEN, STATUS_CLOSED, NO_STATUS when the source gives only the stage, or BAD_CODE. */
  status: number;
  /** Degrees; NaN when the source gives none. */
  lon: number;
  lat: number;
  /** Epoch seconds; NaN when unreadable. */
  requestedAt: number;
  /** Epoch seconds; NO_TIME when the source does not say, NaN when unreadable. */
  updatedAt: number;
  /** Epoch seconds; NO_TIME while open, NaN when unreadable. */
  closedAt: number;
  /** The request's own target, epoch seconds; NO_TIME when none, NaN when unreadable. */
  dueAt: number;
  /** Responsible unit; '' when none. */
  agency: string;
  /** Index into CHANNELS. */
  channel: number;
  /** Index into REPORTERS. */
  reporter: number;
  /** The district the source says, or null. */
  districtId: string | null;
}

export const NO_STAGE = -1;
export const NO_STATUS = -1;
export const STATUS_OPEN = 0;
export const STATUS_CLOSED = 1;
/** A stage or status name outside the vocabulary. */
export const BAD_CODE = 0xff;

/** Longest id kept, in UTF-8 bytes: ids are keys, not text (Open311 ids are at most a few dozen characters). */
export const MAX_ID_BYTES = 256;

const encoder = new TextEncoder();

/** A string's length in UTF-8 bytes (how a columnar body measures its ids). */
export function utf8Length(text: string): number {
  return encoder.encode(text).length;
}
/** Instants a Uint32 of seconds can hold: 1970 to 2106. */
const LAST_SECOND = 0xffffffff;

const isInstant = (t: number) => Number.isInteger(t) && t > NO_TIME && t <= LAST_SECOND;
const isOptionalInstant = (t: number) => t === NO_TIME || isInstant(t);

/**
 * What the rules look at in a row, all numbers: a record's fields, or a row of a columnar body read in
 * place (the Arrow decoder fills one of these per row rather than building a record).
 */
export interface RowFacts {
  /** Length of the id in UTF-8 bytes, the same however the source wrote it. */
  idLength: number;
  lon: number;
  lat: number;
  serviceKnown: boolean;
  stage: number;
  status: number;
  requestedAt: number;
  updatedAt: number;
  closedAt: number;
  dueAt: number;
}

/** The reason a row is set aside, or null when it is kept. The order of the checks is documented. */
export function rowProblem(r: RowFacts): SetAsideReason | null {
  if (r.idLength === 0 || r.idLength > MAX_ID_BYTES) return 'invalid_record';
  if (Number.isNaN(r.lon) || Number.isNaN(r.lat)) return 'no_coordinates';
  if (!(r.lon >= -180 && r.lon <= 180 && r.lat >= -90 && r.lat <= 90)) return 'bad_coordinates';
  if (!r.serviceKnown) return 'unknown_service';
  const stage = effectiveStage(r.stage, r.status);
  if (stage === BAD_CODE || r.status === BAD_CODE) return 'bad_stage';
  if (!isInstant(r.requestedAt)) return 'bad_date';
  if (!isOptionalInstant(r.updatedAt) || !isOptionalInstant(r.closedAt) || !isOptionalInstant(r.dueAt)) {
    return 'bad_date';
  }
  if (r.closedAt !== NO_TIME && r.closedAt < r.requestedAt) return 'closed_before_requested';
  const closed = stage >= FIRST_CLOSED_STAGE;
  if (r.status !== NO_STATUS && closed !== (r.status === STATUS_CLOSED)) return 'stage_mismatch';
  if (closed !== (r.closedAt !== NO_TIME)) return 'stage_mismatch';
  return null;
}

/**
 * The stage a row is stored with: its own, or, when the source gives only Open311's status, the generic
 * `open` or `closed` stage. BAD_CODE when neither is usable.
 */
export function effectiveStage(stage: number, status: number): number {
  if (stage !== NO_STAGE) return stage >= 0 && stage < STAGES.length ? stage : BAD_CODE;
  if (status === STATUS_OPEN || status === STATUS_CLOSED)
    return stageOfStatus(status === STATUS_OPEN ? 'open' : 'closed');
  return BAD_CODE;
}

/** The reason a record is set aside, or null when it is kept. */
export function recordProblem(r: RequestRecord, knownService: (code: string) => boolean): SetAsideReason | null {
  return rowProblem({ ...r, idLength: utf8Length(r.id), serviceKnown: knownService(r.serviceCode) });
}

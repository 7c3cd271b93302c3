/**
 * Requests as columns of typed arrays: the model every heavy derivation (district assignment, clustering,
 * KPIs) runs over, in a worker, and that crosses threads as transferred buffers. Row i of every column is
 * request i. Categorical values are indexes into a dictionary (services, agencies) or a vocabulary
 * (STAGES, CHANNELS).
 */
import { compareStrings, sortKeys, stringColumnBuffers, type StringColumn } from './string-column';

/** Marks "no value" in the Uint32 time columns (e.g. a request that is not closed). */
export const NO_TIME = 0;
/** Marks "no district / neighbourhood" in the area index columns. */
export const NO_AREA = 0xffff;

export interface RequestTable {
  count: number;
  /** `service_request_id`, as the source wrote it. */
  ids: StringColumn;
  /** A sort key per row derived from its id (see `sortKeys`): ties between equal keys compare `ids`. */
  idKey: Uint32Array;
  lon: Float64Array;
  lat: Float64Array;
  /** Seconds since the Unix epoch (UTC). */
  requestedAt: Uint32Array;
  /** Seconds since the Unix epoch, or NO_TIME when the source does not say. */
  updatedAt: Uint32Array;
  /** Seconds since the Unix epoch, or NO_TIME while open. */
  closedAt: Uint32Array;
  /**
   * The request's own target (Open311 `expected_datetime`), or NO_TIME: then its category's `sla_hours`
   * applies, if it has one.
   */
  dueAt: Uint32Array;
  /** Index into `serviceCodes`. */
  service: Uint16Array;
  /** Index into STAGES. */
  stage: Uint8Array;
  /** Index into CHANNELS. */
  channel: Uint8Array;
  /** Index into REPORTERS: filed by a citizen (0) or by the city's own staff (1). */
  reporter: Uint8Array;
  /** Index into `agencies`. */
  agency: Uint16Array;
  /** Index into the district list, or NO_AREA; filled by district assignment. */
  district: Uint16Array;
  /** Index into the neighbourhood list, or NO_AREA; filled by district assignment. */
  neighbourhood: Uint16Array;
  serviceCodes: string[];
  /** Responsible units; '' when the source names none. */
  agencies: string[];
}

/**
 * An empty table with room for `count` rows; area columns start as NO_AREA and every id as ''. Ids are set
 * with `setIds`.
 */
export function allocateRequestTable(count: number, serviceCodes: string[], agencies: string[]): RequestTable {
  return {
    count,
    ids: { offsets: new Uint32Array(count + 1), bytes: new Uint8Array(0) },
    idKey: new Uint32Array(count),
    lon: new Float64Array(count),
    lat: new Float64Array(count),
    requestedAt: new Uint32Array(count),
    updatedAt: new Uint32Array(count),
    closedAt: new Uint32Array(count),
    dueAt: new Uint32Array(count),
    service: new Uint16Array(count),
    stage: new Uint8Array(count),
    channel: new Uint8Array(count),
    reporter: new Uint8Array(count),
    agency: new Uint16Array(count),
    district: new Uint16Array(count).fill(NO_AREA),
    neighbourhood: new Uint16Array(count).fill(NO_AREA),
    serviceCodes,
    agencies,
  };
}

/** Gives the table its ids, and the sort keys derived from them. */
export function setIds(table: RequestTable, ids: StringColumn): void {
  table.ids = ids;
  table.idKey = sortKeys(ids, table.count);
}

/**
 * The canonical order of requests: by `requestedAt`, then by id (its sort key, then its text), so that
 * "first" and "oldest" never depend on the order rows arrived in.
 */
export function compareRows(table: RequestTable, a: number, b: number): number {
  return (
    table.requestedAt[a]! - table.requestedAt[b]! ||
    table.idKey[a]! - table.idKey[b]! ||
    compareStrings(table.ids, a, b)
  );
}

/** The column buffers, for postMessage's transfer list. */
export function requestTableBuffers(table: RequestTable): ArrayBuffer[] {
  const columns = [
    table.idKey,
    table.lon,
    table.lat,
    table.requestedAt,
    table.updatedAt,
    table.closedAt,
    table.dueAt,
    table.service,
    table.stage,
    table.channel,
    table.reporter,
    table.agency,
    table.district,
    table.neighbourhood,
  ];
  return [...new Set([...columns.map((c) => c.buffer as ArrayBuffer), ...stringColumnBuffers(table.ids)])];
}

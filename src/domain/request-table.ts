/**
 * Requests as columns of typed arrays: the model every heavy derivation (district assignment, clustering,
 * KPIs) runs over, in a worker, and that crosses threads as transferred buffers. Row i of every column is
 * request i. Categorical values are indexes into a dictionary (services, agencies) or a vocabulary
 * (STAGES, CHANNELS).
 */

/** Marks "no value" in the Uint32 time columns (e.g. a request that is not closed). */
export const NO_TIME = 0;
/** Marks "no district / neighbourhood" in the area index columns. */
export const NO_AREA = 0xffff;

export interface RequestTable {
  count: number;
  /** Numeric `service_request_id`. */
  id: Uint32Array;
  lon: Float64Array;
  lat: Float64Array;
  /** Seconds since the Unix epoch (UTC). */
  requestedAt: Uint32Array;
  updatedAt: Uint32Array;
  /** Seconds since the Unix epoch, or NO_TIME while open. */
  closedAt: Uint32Array;
  /** Index into `serviceCodes`. */
  service: Uint16Array;
  /** Index into STAGES. */
  stage: Uint8Array;
  /** Index into CHANNELS. */
  channel: Uint8Array;
  /** Index into `agencies`. */
  agency: Uint16Array;
  /** Index into the district list, or NO_AREA; filled by district assignment. */
  district: Uint16Array;
  /** Index into the neighbourhood list, or NO_AREA; filled by district assignment. */
  neighbourhood: Uint16Array;
  serviceCodes: string[];
  agencies: string[];
}

/** An empty table with room for `count` rows; area columns start as NO_AREA. */
export function allocateRequestTable(count: number, serviceCodes: string[], agencies: string[]): RequestTable {
  return {
    count,
    id: new Uint32Array(count),
    lon: new Float64Array(count),
    lat: new Float64Array(count),
    requestedAt: new Uint32Array(count),
    updatedAt: new Uint32Array(count),
    closedAt: new Uint32Array(count),
    service: new Uint16Array(count),
    stage: new Uint8Array(count),
    channel: new Uint8Array(count),
    agency: new Uint16Array(count),
    district: new Uint16Array(count).fill(NO_AREA),
    neighbourhood: new Uint16Array(count).fill(NO_AREA),
    serviceCodes,
    agencies,
  };
}

/** The column buffers, for postMessage's transfer list. */
export function requestTableBuffers(table: RequestTable): ArrayBuffer[] {
  const columns = [
    table.id,
    table.lon,
    table.lat,
    table.requestedAt,
    table.updatedAt,
    table.closedAt,
    table.service,
    table.stage,
    table.channel,
    table.agency,
    table.district,
    table.neighbourhood,
  ];
  return [...new Set(columns.map((c) => c.buffer as ArrayBuffer))];
}

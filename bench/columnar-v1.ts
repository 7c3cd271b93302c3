/**
 * The baseline of the Arrow decode: the home-made columnar form of contract v1 (`GET /requests.bin`), which
 * Arrow replaced, kept here only so `npm run bench` can time both on the same requests in one process.
 *
 * Layout, little-endian:
 *   0  "SNRQ"                      magic
 *   4  u32  H                      byte length of the header
 *   8  H bytes                     UTF-8 JSON header (ColumnarHeader)
 *   …  zero padding to a multiple of 8
 *   …  the columns, each at the 8-aligned absolute offset its header entry gives
 * Times are seconds since the Unix epoch (0 = none), coordinates float64 degrees (NaN = none), categorical
 * columns index the header's dictionaries (0xFFFF = none).
 */
import { CHANNELS, FIRST_CLOSED_STAGE, STAGES } from '../src/domain/vocabulary';
import { NO_AREA, NO_TIME, type RequestTable } from '../src/domain/request-table';
import type { SetAside, SetAsideReason } from '../src/domain/set-aside';

/** The v1 table: numeric ids, no due time, no reporter. */
interface V1Table {
  count: number;
  id: Uint32Array;
  lon: Float64Array;
  lat: Float64Array;
  requestedAt: Uint32Array;
  updatedAt: Uint32Array;
  closedAt: Uint32Array;
  service: Uint16Array;
  stage: Uint8Array;
  channel: Uint8Array;
  agency: Uint16Array;
  serviceCodes: string[];
  agencies: string[];
}

function allocateV1Table(count: number, serviceCodes: string[], agencies: string[]): V1Table {
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
    serviceCodes,
    agencies,
  };
}

export const COLUMNAR_MAGIC = 'SNRQ';
export const COLUMNAR_VERSION = 1;

const COLUMN_TYPES = {
  uint8: Uint8Array,
  uint16: Uint16Array,
  uint32: Uint32Array,
  float64: Float64Array,
} as const;
type ColumnType = keyof typeof COLUMN_TYPES;

/** The columns of version 1, in order, with their element types. */
export const COLUMNS = [
  ['id', 'uint32'],
  ['lon', 'float64'],
  ['lat', 'float64'],
  ['requested', 'uint32'],
  ['updated', 'uint32'],
  ['closed', 'uint32'],
  ['service', 'uint16'],
  ['stage', 'uint8'],
  ['channel', 'uint8'],
  ['agency', 'uint16'],
  ['district', 'uint16'],
] as const satisfies readonly (readonly [string, ColumnType])[];
type ColumnName = (typeof COLUMNS)[number][0];

export interface ColumnarHeader {
  version: number;
  count: number;
  service_codes: string[];
  agencies: string[];
  district_ids: string[];
  columns: { name: string; type: ColumnType; offset: number; byte_length: number }[];
}

/** What the encoder needs: a request table plus the district of each row as the API knows it. */
export interface ColumnarSource {
  table: RequestTable;
  /** District index per row into `districtIds`, or NO_AREA when the API does not know it. */
  district: Uint16Array;
  districtIds: string[];
}

function columnOf(source: ColumnarSource, name: ColumnName): ArrayBufferView {
  const t = source.table;
  const byName: Record<ColumnName, ArrayBufferView> = {
    id: t.idKey,
    lon: t.lon,
    lat: t.lat,
    requested: t.requestedAt,
    updated: t.updatedAt,
    closed: t.closedAt,
    service: t.service,
    stage: t.stage,
    channel: t.channel,
    agency: t.agency,
    district: source.district,
  };
  return byName[name];
}

const align8 = (n: number) => Math.ceil(n / 8) * 8;

/** Encodes requests in the columnar form. */
export function encodeColumnar(source: ColumnarSource): ArrayBuffer {
  const { table } = source;
  const views = COLUMNS.map(([name]) => columnOf(source, name));
  // The header holds the offsets, and its own length moves them: lay out with a generous header length
  // first, then pad the real header with spaces to that length.
  const draft = (headerLength: number): ColumnarHeader => {
    let offset = align8(8 + headerLength);
    const columns = COLUMNS.map(([name, type], i) => {
      const entry = { name, type, offset, byte_length: views[i]!.byteLength };
      offset = align8(offset + entry.byte_length);
      return entry;
    });
    return {
      version: COLUMNAR_VERSION,
      count: table.count,
      service_codes: table.serviceCodes,
      agencies: table.agencies,
      district_ids: source.districtIds,
      columns,
    };
  };
  const encoder = new TextEncoder();
  const reserved = encoder.encode(JSON.stringify(draft(1 << 20))).length + 64;
  const header = draft(reserved);
  // Pad in bytes, not characters: Persian agency names take two bytes a letter.
  const headerBytes = new Uint8Array(reserved).fill(0x20);
  headerBytes.set(encoder.encode(JSON.stringify(header)));
  const last = header.columns[header.columns.length - 1]!;
  const buffer = new ArrayBuffer(align8(last.offset + last.byte_length));
  const bytes = new Uint8Array(buffer);
  bytes.set(encoder.encode(COLUMNAR_MAGIC), 0);
  new DataView(buffer).setUint32(4, reserved, true);
  bytes.set(headerBytes, 8);
  header.columns.forEach((column, i) => {
    const view = views[i]!;
    bytes.set(new Uint8Array(view.buffer, view.byteOffset, view.byteLength), column.offset);
  });
  return buffer;
}

export class ColumnarFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ColumnarFormatError';
  }
}

function readHeader(buffer: ArrayBuffer): ColumnarHeader {
  if (buffer.byteLength < 8) throw new ColumnarFormatError('response too short for the columnar form');
  const magic = new TextDecoder().decode(new Uint8Array(buffer, 0, 4));
  if (magic !== COLUMNAR_MAGIC) throw new ColumnarFormatError(`not the columnar form (magic "${magic}")`);
  const length = new DataView(buffer).getUint32(4, true);
  if (8 + length > buffer.byteLength) throw new ColumnarFormatError('header runs past the end');
  let header: ColumnarHeader;
  try {
    header = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 8, length))) as ColumnarHeader;
  } catch {
    throw new ColumnarFormatError('header is not JSON');
  }
  if (header.version !== COLUMNAR_VERSION) {
    throw new ColumnarFormatError(`unsupported columnar version ${String(header.version)}`);
  }
  return header;
}

function readColumn(buffer: ArrayBuffer, header: ColumnarHeader, name: ColumnName, type: ColumnType) {
  const entry = header.columns.find((c) => c.name === name);
  if (!entry || entry.type !== type) throw new ColumnarFormatError(`column "${name}" missing or not ${type}`);
  const Type = COLUMN_TYPES[type];
  if (entry.offset % 8 !== 0 || entry.offset + entry.byte_length > buffer.byteLength) {
    throw new ColumnarFormatError(`column "${name}" lies outside the response`);
  }
  if (entry.byte_length !== header.count * Type.BYTES_PER_ELEMENT) {
    throw new ColumnarFormatError(`column "${name}" does not hold ${String(header.count)} values`);
  }
  return new Type(buffer, entry.offset, header.count);
}

export interface DecodedRequests {
  table: V1Table;
  setAside: SetAside;
  /** District ids as the API sent them (per row in `apiDistrict`), for cross-checks. */
  districtIds: string[];
  apiDistrict: Uint16Array;
}

/**
 * Decodes the columnar form and validates every row. A row that breaks the contract is set aside with its
 * reason and left out of the table; the rest is kept. Throws ColumnarFormatError only when the response as
 * a whole is unreadable.
 */
export function decodeColumnar(buffer: ArrayBuffer, knownServiceCodes: ReadonlySet<string>): DecodedRequests {
  const header = readHeader(buffer);
  const col = Object.fromEntries(COLUMNS.map(([name, type]) => [name, readColumn(buffer, header, name, type)])) as {
    [K in ColumnName]: InstanceType<
      (typeof COLUMN_TYPES)[Extract<(typeof COLUMNS)[number], readonly [K, ColumnType]>[1]]
    >;
  };
  const serviceKnown = header.service_codes.map((code) => knownServiceCodes.has(code));
  const reasons = new Map<SetAsideReason, number>();
  const setAside = (reason: SetAsideReason) => reasons.set(reason, (reasons.get(reason) ?? 0) + 1);

  const keep = new Uint32Array(header.count);
  let kept = 0;
  for (let i = 0; i < header.count; i++) {
    const reason = rowProblem(col, i, serviceKnown, header.agencies.length);
    if (reason) setAside(reason);
    else keep[kept++] = i;
  }

  const table = allocateV1Table(kept, header.service_codes, header.agencies);
  const apiDistrict = new Uint16Array(kept);
  for (let k = 0; k < kept; k++) {
    const i = keep[k]!;
    table.id[k] = col.id[i]!;
    table.lon[k] = col.lon[i]!;
    table.lat[k] = col.lat[i]!;
    table.requestedAt[k] = col.requested[i]!;
    table.updatedAt[k] = col.updated[i]!;
    table.closedAt[k] = col.closed[i]!;
    table.service[k] = col.service[i]!;
    table.stage[k] = col.stage[i]!;
    table.channel[k] = col.channel[i]!;
    table.agency[k] = col.agency[i]!;
    const d = col.district[i]!;
    apiDistrict[k] = d < header.district_ids.length ? d : NO_AREA;
  }
  return {
    table,
    setAside: { total: header.count - kept, byReason: Object.fromEntries(reasons) },
    districtIds: header.district_ids,
    apiDistrict,
  };
}

type Columns = {
  lon: Float64Array;
  lat: Float64Array;
  requested: Uint32Array;
  updated: Uint32Array;
  closed: Uint32Array;
  service: Uint16Array;
  stage: Uint8Array;
  channel: Uint8Array;
  agency: Uint16Array;
};

/** The reason row i breaks the contract, or null. */
function rowProblem(c: Columns, i: number, serviceKnown: boolean[], agencyCount: number): SetAsideReason | null {
  const lon = c.lon[i]!;
  const lat = c.lat[i]!;
  if (!Number.isFinite(lon) || !Number.isFinite(lat)) return 'no_coordinates';
  if (lon < -180 || lon > 180 || lat < -90 || lat > 90) return 'bad_coordinates';
  if (!serviceKnown[c.service[i]!]) return 'unknown_service';
  if (c.stage[i]! >= STAGES.length) return 'bad_stage';
  if (c.channel[i]! >= CHANNELS.length || c.agency[i]! >= agencyCount) return 'invalid_record';
  const requested = c.requested[i]!;
  const closed = c.closed[i]!;
  if (requested === NO_TIME) return 'bad_date';
  if (closed !== NO_TIME && closed < requested) return 'closed_before_requested';
  if (c.stage[i]! >= FIRST_CLOSED_STAGE !== (closed !== NO_TIME)) return 'stage_mismatch';
  return null;
}

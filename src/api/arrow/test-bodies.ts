/**
 * Arrow bodies for the decoder's tests, written by apache-arrow (the reference JavaScript implementation,
 * another writer than ours) in the layouts tools produce: any time unit, with or without a zone,
 * categories as dictionaries (of any key width) or plain strings, large or integer ids, float32
 * coordinates, several record batches, nulls.
 */
import {
  Dictionary,
  Float32,
  Float64,
  Int16,
  Int32,
  Int64,
  Int8,
  LargeUtf8,
  Table,
  TimestampMicrosecond,
  TimestampMillisecond,
  TimestampNanosecond,
  TimestampSecond,
  Uint32,
  Uint8,
  Utf8,
  tableToIPC,
  vectorFromArray,
  type DataType,
  type Vector,
} from 'apache-arrow';
import { NO_AREA } from '../../domain/request-table';
import type { DecodedRequests } from '../../domain/request-table-builder';
import { stringAt } from '../../domain/string-column';
import { CHANNELS, REPORTERS, STAGES } from '../../domain/vocabulary';
import { ARROW_COLUMNS as C } from './arrow-requests';

/** The services the tests' catalogue knows. */
export const KNOWN_SERVICES = new Set(['pothole', 'streetlight', 'آب']);
export const knownService = (code: string) => KNOWN_SERVICES.has(code);
/** 2025-01-01T00:00:00Z. */
export const T = 1_735_689_600;

/** A request as a source holds it: names as written, times in epoch seconds, null where it has none. */
export interface RawRequest {
  id: string | null;
  service: string | null;
  status: string | null;
  stage: string | null;
  lon: number | null;
  lat: number | null;
  requested: number | null;
  updated: number | null;
  closed: number | null;
  expected: number | null;
  agency: string | null;
  channel: string | null;
  reporter: string | null;
  district: string | null;
}

/** A decoded request read back by name, as the dashboard would show it. */
export function requestsOf({ table: t, districtIds, apiDistrict }: DecodedRequests) {
  return Array.from({ length: t.count }, (_, i) => ({
    id: stringAt(t.ids, i),
    service: t.serviceCodes[t.service[i]!],
    stage: STAGES[t.stage[i]!],
    lon: t.lon[i],
    lat: t.lat[i],
    requested: t.requestedAt[i],
    updated: t.updatedAt[i],
    closed: t.closedAt[i],
    expected: t.dueAt[i],
    agency: t.agencies[t.agency[i]!],
    channel: CHANNELS[t.channel[i]!],
    reporter: REPORTERS[t.reporter[i]!],
    district: apiDistrict[i] === NO_AREA ? null : districtIds[apiDistrict[i]!],
  }));
}

/** What a valid raw request decodes to: the contract's defaults where it gives nothing. */
export const decodedAs = (r: RawRequest) => ({
  id: r.id,
  service: r.service,
  stage: r.stage ?? r.status,
  lon: r.lon,
  lat: r.lat,
  requested: r.requested,
  updated: r.updated ?? 0,
  closed: r.closed ?? 0,
  expected: r.expected ?? 0,
  agency: r.agency ?? '',
  channel: (CHANNELS as readonly (string | null)[]).includes(r.channel) ? r.channel : 'other',
  reporter: r.reporter === 'staff' ? 'staff' : 'citizen',
  district: r.district,
});

export const raw = (fields: Partial<RawRequest> & Pick<RawRequest, 'id'>): RawRequest => ({
  service: 'pothole',
  status: 'open',
  stage: 'received',
  lon: 45.07,
  lat: 37.55,
  requested: T,
  updated: null,
  closed: null,
  expected: null,
  agency: null,
  channel: null,
  reporter: null,
  district: null,
  ...fields,
});

export interface BodyLayout {
  time?: 's' | 'ms' | 'us' | 'ns';
  zone?: string | null;
  /** Dictionary-encoded with keys of that type, or plain strings. */
  categories?: 'int8' | 'uint8' | 'int16' | 'int32' | 'uint32' | 'utf8';
  ids?: 'utf8' | 'large_utf8' | 'int64';
  coordinates?: 'float64' | 'float32';
  /** Record batches, the rows shared out in order. */
  batches?: number;
  /** Columns left out. */
  omit?: readonly string[];
  /** Columns written as something else (name → a vector of that many rows). */
  replace?: Readonly<Record<string, Vector>>;
}

const TIMES = {
  s: (zone: string | null) => new TimestampSecond(zone),
  ms: (zone: string | null) => new TimestampMillisecond(zone),
  us: (zone: string | null) => new TimestampMicrosecond(zone),
  ns: (zone: string | null) => new TimestampNanosecond(zone),
};
const KEYS = { int8: Int8, uint8: Uint8, int16: Int16, int32: Int32, uint32: Uint32 };

function columnsOf(requests: readonly RawRequest[], layout: BodyLayout): Record<string, Vector> {
  const { time = 's', zone = 'UTC', categories = 'int32', ids = 'utf8', coordinates = 'float64' } = layout;
  const category = (pick: (r: RawRequest) => string | null) =>
    vectorFromArray(
      requests.map(pick),
      categories === 'utf8' ? new Utf8() : new Dictionary(new Utf8(), new KEYS[categories]()),
    ) as Vector;
  // apache-arrow's timestamp builders take milliseconds, whatever the unit they store.
  const times = (pick: (r: RawRequest) => number | null) =>
    vectorFromArray(
      requests.map((r) => (pick(r) === null ? null : pick(r)! * 1000)),
      TIMES[time](zone),
    ) as Vector;
  const numbers = (pick: (r: RawRequest) => number | null, type: DataType) =>
    vectorFromArray(requests.map(pick), type) as Vector;
  const coordinate = () => (coordinates === 'float32' ? new Float32() : new Float64());
  const idValues = requests.map((r) => (r.id === null ? null : ids === 'int64' ? BigInt(r.id) : r.id));
  return {
    [C.id]: vectorFromArray(
      idValues,
      ids === 'int64' ? new Int64() : ids === 'large_utf8' ? new LargeUtf8() : new Utf8(),
    ),
    [C.service]: category((r) => r.service),
    [C.status]: category((r) => r.status),
    [C.stage]: category((r) => r.stage),
    [C.lon]: numbers((r) => r.lon, coordinate()),
    [C.lat]: numbers((r) => r.lat, coordinate()),
    [C.requested]: times((r) => r.requested),
    [C.updated]: times((r) => r.updated),
    [C.closed]: times((r) => r.closed),
    [C.expected]: times((r) => r.expected),
    [C.agency]: category((r) => r.agency),
    [C.channel]: category((r) => r.channel),
    [C.reporter]: category((r) => r.reporter),
    [C.district]: category((r) => r.district),
  };
}

function tableOf(requests: readonly RawRequest[], layout: BodyLayout): Table {
  const columns = { ...columnsOf(requests, layout), ...layout.replace };
  for (const name of layout.omit ?? []) delete columns[name];
  return new Table(columns);
}

/** An IPC stream of `requests` in `layout`. */
export function apacheBody(requests: readonly RawRequest[], layout: BodyLayout = {}): Uint8Array {
  const batches = layout.batches ?? 1;
  if (layout.replace && batches > 1) throw new Error('replaced columns are written in one batch');
  const size = Math.ceil(requests.length / batches);
  let table = tableOf(requests.slice(0, size), layout);
  for (let b = 1; b < batches; b++) table = table.concat(tableOf(requests.slice(b * size, (b + 1) * size), layout));
  return tableToIPC(table, 'stream');
}

/**
 * `GET /requests.arrow`: the requests as an Apache Arrow IPC stream (docs/api.md, "Columnar requests"),
 * decoded into a request table. Any tool that writes Arrow — DuckDB, PostgreSQL through ADBC, pandas,
 * polars — produces it with no code of ours; the columns are named and typed as the contract says, and
 * every row meets the same rules as a JSON record (`rowProblem`), so one that breaks them is set aside
 * with its reason and the rest are kept.
 *
 * The columns are read straight into a table of every row; the rows set aside, if any, are then taken out
 * in place. A body whose rows are all kept is read with no intermediate copy.
 */
import { BAD_CODE, MAX_ID_BYTES, STATUS_CLOSED, STATUS_OPEN } from '../../domain/request-record';
import { NO_AREA, allocateRequestTable, setIds, type RequestTable } from '../../domain/request-table';
import type { DecodedRequests } from '../../domain/request-table-builder';
import { SetAsideLedgerBuilder, tallyOf, type SetAsideLedger } from '../../domain/set-aside';
import { stringAt, type StringColumn } from '../../domain/string-column';
import { REPORTERS, STAGES, channelIndex } from '../../domain/vocabulary';
import { ArrowFormatError, checkColumn, readArrowBody, type ArrowBody, type ArrowColumn } from './arrow-body';
import { readCategories } from './arrow-categories';
import { checkIpcLayout } from './arrow-ipc-check';
import { readNumbers, readSeconds, readStrings } from './arrow-columns';
import {
  ABSENT,
  checkRows,
  dropRows,
  dropStrings,
  markUnreadable,
  resolveStages,
  type RowColumns,
  type RowVerdicts,
} from './arrow-rows';

export { ArrowFormatError };
export const ARROW_MEDIA_TYPE = 'application/vnd.apache.arrow.stream';

/** Column names of the contract (Open311's where it has the field). */
export const ARROW_COLUMNS = {
  id: 'service_request_id',
  service: 'service_code',
  status: 'status',
  stage: 'stage',
  lon: 'long',
  lat: 'lat',
  requested: 'requested_datetime',
  updated: 'updated_datetime',
  closed: 'closed_datetime',
  expected: 'expected_datetime',
  agency: 'agency_responsible',
  channel: 'channel',
  reporter: 'reported_by',
  district: 'district_id',
} as const;

/**
 * Decodes an Arrow IPC stream of requests. Throws ArrowFormatError (naming the column) only when the body
 * as a whole is unusable: not Arrow, a required column missing, a column of the wrong type, damaged.
 */
export function decodeArrowRequests(
  bytes: ArrayBuffer | Uint8Array,
  knownService: (code: string) => boolean,
): DecodedRequests {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  checkIpcLayout(view);
  let body: ArrowBody;
  try {
    body = readArrowBody(view);
  } catch (error) {
    throw new ArrowFormatError(`not an Arrow IPC stream (${messageOf(error)})`);
  }
  try {
    return readArrowRequests(body, knownService);
  } catch (error) {
    // A damaged body can get past the library's decode and fail on a read (a buffer view out of range,
    // an offset past the end): it is still a format error, never another exception.
    if (error instanceof ArrowFormatError) throw error;
    throw new ArrowFormatError(`damaged Arrow body (${messageOf(error)})`);
  }
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The requests of a body read by any Arrow library (see arrow-body.ts); `decodeArrowRequests` for bytes. */
export function readArrowRequests(body: ArrowBody, knownService: (code: string) => boolean): DecodedRequests {
  const n = body.numRows;
  const read = readColumns(columnsOf(body), n);
  const { table, ids, status, districts } = read;
  const serviceKnown = new Uint8Array(NO_AREA + 1);
  table.serviceCodes.forEach((code, i) => (serviceKnown[i] = knownService(code) ? 1 : 0));
  // The columns by name in an object of one shape (a spread of the table gave a new shape at times, and the
  // pass was recompiled for it).
  const rows: RowColumns = {
    idOffsets: ids.offsets,
    lon: table.lon,
    lat: table.lat,
    requestedAt: table.requestedAt,
    updatedAt: table.updatedAt,
    closedAt: table.closedAt,
    dueAt: table.dueAt,
    service: table.service,
    serviceKnown,
    stage: table.stage,
    status,
  };
  const verdicts = checkRows(rows, n);
  // Read before the rows are taken out, in place.
  const setAsideLedger = ledgerOf(ids, verdicts);
  const kept = verdicts.dropped.length > 0 ? withoutRows(read, verdicts.dropped, n) : read;
  setIds(kept.table, kept.ids);
  return {
    table: kept.table,
    setAside: tallyOf(setAsideLedger),
    setAsideLedger,
    districtIds: districts,
    apiDistrict: kept.apiDistrict,
  };
}

/** The rows set aside, by their ids where the id is one the contract allows (a repeat is counted). */
function ledgerOf(ids: StringColumn, { dropped, reasons }: RowVerdicts): SetAsideLedger {
  const ledger = new SetAsideLedgerBuilder();
  dropped.forEach((row, k) => {
    const length = ids.offsets[row + 1]! - ids.offsets[row]!;
    ledger.add(reasons[k]!, length > 0 && length <= MAX_ID_BYTES ? stringAt(ids, row) : null);
  });
  return ledger.finish();
}

type Found = Record<Exclude<keyof typeof ARROW_COLUMNS, RequiredColumn>, ArrowColumn | null> &
  Record<RequiredColumn, ArrowColumn>;
type RequiredColumn = 'id' | 'service' | 'lon' | 'lat' | 'requested';

/** The contract's columns of a body, each checked to hold the body's rows; the required ones present. */
function columnsOf(body: ArrowBody): Found {
  const lookup = (key: keyof typeof ARROW_COLUMNS) => {
    const name = ARROW_COLUMNS[key];
    const found = body.column(name);
    if (found) checkColumn(name, found, body.numRows);
    return found;
  };
  const required = (key: RequiredColumn) => {
    const found = lookup(key);
    if (!found) throw new ArrowFormatError(`column "${ARROW_COLUMNS[key]}" is missing`);
    return found;
  };
  // An optional column of nothing but nulls says what a body without it says (pyarrow writes an all-None
  // column as Arrow's null type, which none of the readers would take), and is not read at all.
  const optional = (key: keyof typeof ARROW_COLUMNS) => unlessNull(lookup(key));
  const status = lookup('status');
  const stage = lookup('stage');
  if (!status && !stage) throw new ArrowFormatError(`column "${ARROW_COLUMNS.stage}" is missing`);
  return {
    id: required('id'),
    service: required('service'),
    lon: required('lon'),
    lat: required('lat'),
    requested: required('requested'),
    status: unlessNull(status),
    stage: unlessNull(stage),
    updated: optional('updated'),
    closed: optional('closed'),
    expected: optional('expected'),
    agency: optional('agency'),
    channel: optional('channel'),
    reporter: optional('reporter'),
    district: optional('district'),
  };
}

const unlessNull = (column: ArrowColumn | null) =>
  column && column.batches.some((batch) => batch.nullCount < batch.length) ? column : null;

/** A dictionary in order of first use, with its code for null. */
function interner(nullValue: string | null) {
  const values: string[] = [];
  const index = new Map<string, number>();
  const codeOf = (value: string | null): number => {
    const key = value ?? nullValue;
    if (key === null) return NO_AREA;
    let i = index.get(key);
    if (i === undefined) {
      i = values.length;
      if (i >= NO_AREA) throw new ArrowFormatError('more than 65,534 distinct values in a category column');
      values.push(key);
      index.set(key, i);
    }
    return i;
  };
  return { values, codeOf };
}

// An empty stage or status is not given, as in the JSON form.
const stageCode = (value: string | null) => {
  if (value === null || value === '') return ABSENT;
  const i = (STAGES as readonly string[]).indexOf(value);
  return i >= 0 ? i : BAD_CODE;
};
const statusCode = (value: string | null) =>
  value === null || value === ''
    ? ABSENT
    : value === 'open'
      ? STATUS_OPEN
      : value === 'closed'
        ? STATUS_CLOSED
        : BAD_CODE;
const reporterCode = (value: string | null) => Math.max(0, (REPORTERS as readonly string[]).indexOf(value ?? ''));

/** Every row of the body, read into a table (and the columns the rules need beside it). */
interface Read {
  table: RequestTable;
  ids: StringColumn;
  /** STATUS_OPEN, STATUS_CLOSED, BAD_CODE or ABSENT per row. */
  status: Uint8Array;
  apiDistrict: Uint16Array;
  districts: string[];
}

function readColumns(found: Found, n: number): Read {
  const c = ARROW_COLUMNS;
  const services = interner(null);
  // '' first: a request with no agency, whether the column is absent or null, is agency 0.
  const agencies = interner('');
  const noAgency = agencies.codeOf(null);
  const districts = interner(null);
  const table = allocateRequestTable(n, services.values, agencies.values);
  const ids = readStrings(c.id, found.id, table.ids.offsets);
  readNumbers(c.lon, found.lon, table.lon);
  readNumbers(c.lat, found.lat, table.lat);
  const unreadable: number[] = [];
  readSeconds(c.requested, found.requested, table.requestedAt, unreadable);
  if (found.updated) readSeconds(c.updated, found.updated, table.updatedAt, unreadable);
  if (found.closed) readSeconds(c.closed, found.closed, table.closedAt, unreadable);
  if (found.expected) readSeconds(c.expected, found.expected, table.dueAt, unreadable);
  markUnreadable(table.requestedAt, unreadable);
  readCategories(c.service, found.service, table.service, services.codeOf);
  const status = new Uint8Array(n);
  if (found.status) readCategories(c.status, found.status, status, statusCode);
  else status.fill(ABSENT);
  if (found.stage) readCategories(c.stage, found.stage, table.stage, stageCode);
  else table.stage.fill(ABSENT);
  resolveStages(table.stage, status);
  if (found.agency) readCategories(c.agency, found.agency, table.agency, agencies.codeOf);
  else table.agency.fill(noAgency);
  if (found.channel) readCategories(c.channel, found.channel, table.channel, channelIndex);
  else table.channel.fill(channelIndex(null));
  if (found.reporter) readCategories(c.reporter, found.reporter, table.reporter, reporterCode);
  const apiDistrict = new Uint16Array(n);
  if (found.district) readCategories(c.district, found.district, apiDistrict, districts.codeOf);
  else apiDistrict.fill(NO_AREA);
  return { table, ids, status, apiDistrict, districts: districts.values };
}

/** The rows kept, moved down in place (the area columns are still empty, NO_AREA throughout). */
function withoutRows({ table: t, ids, apiDistrict }: Read, dropped: readonly number[], n: number) {
  const kept = n - dropped.length;
  const table: RequestTable = {
    ...t,
    count: kept,
    lon: dropRows(t.lon, dropped, n),
    lat: dropRows(t.lat, dropped, n),
    requestedAt: dropRows(t.requestedAt, dropped, n),
    updatedAt: dropRows(t.updatedAt, dropped, n),
    closedAt: dropRows(t.closedAt, dropped, n),
    dueAt: dropRows(t.dueAt, dropped, n),
    service: dropRows(t.service, dropped, n),
    stage: dropRows(t.stage, dropped, n),
    channel: dropRows(t.channel, dropped, n),
    reporter: dropRows(t.reporter, dropped, n),
    agency: dropRows(t.agency, dropped, n),
    district: t.district.subarray(0, kept),
    neighbourhood: t.neighbourhood.subarray(0, kept),
  };
  return { table, ids: dropStrings(ids, dropped, n), apiDistrict: dropRows(apiDistrict, dropped, n) };
}

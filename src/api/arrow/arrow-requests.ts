/**
 * `GET /requests.arrow`: the requests as an Apache Arrow IPC stream (docs/api.md, "Columnar requests"),
 * decoded into a request table. Any tool that writes Arrow — DuckDB, PostgreSQL through ADBC, pandas,
 * polars — produces it with no code of ours; the columns are named and typed as the contract says, and
 * every row meets the same rules as a JSON record (`rowProblem`), so one that breaks them is set aside
 * with its reason and the rest are kept.
 */
import { tableFromIPC, type Column, type Table } from '@uwdata/flechette';
import { BAD_CODE, NO_STAGE, NO_STATUS, effectiveStage, rowProblem, type RowFacts } from '../../domain/request-record';
import { NO_AREA, allocateRequestTable, setIds } from '../../domain/request-table';
import { gatherStrings } from '../../domain/string-column';
import type { DecodedRequests } from '../../domain/request-table-builder';
import type { SetAsideReason } from '../../domain/set-aside';
import { REPORTERS, STAGES, channelIndex } from '../../domain/vocabulary';
import { ArrowFormatError, readCategories, readNumbers, readSeconds, readStrings } from './arrow-columns';

export { ArrowFormatError };
const ABSENT = 0xfe;
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

function parse(bytes: ArrayBuffer | Uint8Array): Table {
  try {
    return tableFromIPC(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes));
  } catch (error) {
    throw new ArrowFormatError(`not an Arrow IPC stream (${error instanceof Error ? error.message : String(error)})`);
  }
}

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

/**
 * Decodes an Arrow IPC stream of requests. Throws ArrowFormatError (naming the column) only when the body
 * as a whole is unusable: not Arrow, a required column missing, a column of the wrong type.
 */
export function decodeArrowRequests(bytes: ArrayBuffer | Uint8Array, knownService: (code: string) => boolean) {
  const arrow = parse(bytes);
  const n = arrow.numRows;
  const column = (name: string, required: boolean): Column<unknown> | null => {
    const found = arrow.getChild(name) as Column<unknown> | null;
    if (!found && required) throw new ArrowFormatError(`column "${name}" is missing`);
    return found;
  };
  const c = ARROW_COLUMNS;
  const statusColumn = column(c.status, false);
  if (!statusColumn) column(c.stage, true);

  const ids = readStrings(column(c.id, true)!, n);
  const lon = new Float64Array(n);
  const lat = new Float64Array(n);
  readNumbers(c.lon, column(c.lon, true)!, lon);
  readNumbers(c.lat, column(c.lat, true)!, lat);
  const times = (name: string, required: boolean) => {
    const out = new Float64Array(n);
    const found = column(name, required);
    if (found) readSeconds(name, found, out);
    return out;
  };
  const requested = times(c.requested, true);
  const updated = times(c.updated, false);
  const closed = times(c.closed, false);
  const expected = times(c.expected, false);

  const services = interner(null);
  const service = new Uint16Array(n);
  readCategories(c.service, column(c.service, true)!, service, services.codeOf);
  // Stage and status as their vocabulary index, ABSENT when the row (or the body) gives none.
  const vocabulary = (name: string, words: readonly string[]) => {
    const out = new Uint8Array(n).fill(ABSENT);
    const found = column(name, false);
    const codeOf = (v: string | null) => (v === null ? ABSENT : words.includes(v) ? words.indexOf(v) : BAD_CODE);
    if (found) readCategories(name, found, out, codeOf);
    return out;
  };
  const stage = vocabulary(c.stage, STAGES);
  const status = vocabulary(c.status, ['open', 'closed']);
  const optional = (name: string, nullValue: string | null) => {
    const dictionary = interner(nullValue);
    const out = new Uint16Array(n).fill(nullValue === null ? NO_AREA : dictionary.codeOf(nullValue));
    const found = column(name, false);
    if (found) readCategories(name, found, out, dictionary.codeOf);
    return { out, values: dictionary.values };
  };
  const agency = optional(c.agency, '');
  const channel = optional(c.channel, null);
  const reporter = optional(c.reporter, null);
  const district = optional(c.district, null);

  const known = services.values.map(knownService);
  const channelOf = Uint8Array.from(channel.values, channelIndex);
  const reporterOf = Uint8Array.from(reporter.values, (r) => Math.max(0, REPORTERS.indexOf(r as never)));
  // Plain loops: TypedArray.from with a mapping function takes the slow iterator path.
  const channelCode = new Uint8Array(n);
  const reporterCode = new Uint8Array(n);
  const noChannel = channelIndex(null);
  for (let i = 0; i < n; i++) {
    const ch = channel.out[i]!;
    const by = reporter.out[i]!;
    channelCode[i] = ch === NO_AREA ? noChannel : channelOf[ch]!;
    reporterCode[i] = by === NO_AREA ? 0 : reporterOf[by]!;
  }

  // The rules read one reused set of facts per row: no object per request. A kept row's stage is
  // rewritten in place as the stage it is stored with.
  const reasons = new Map<SetAsideReason, number>();
  const keep = new Uint32Array(n);
  const facts: RowFacts = {
    idLength: 0,
    lon: 0,
    lat: 0,
    serviceKnown: true,
    stage: 0,
    status: 0,
    requestedAt: 0,
    updatedAt: 0,
    closedAt: 0,
    dueAt: 0,
  };
  const code = (v: number, none: number) => (v === ABSENT ? none : v);
  let kept = 0;
  for (let i = 0; i < n; i++) {
    facts.idLength = ids.offsets[i + 1]! - ids.offsets[i]!;
    facts.lon = lon[i]!;
    facts.lat = lat[i]!;
    facts.serviceKnown = known[service[i]!] ?? false;
    facts.stage = code(stage[i]!, NO_STAGE);
    facts.status = code(status[i]!, NO_STATUS);
    facts.requestedAt = requested[i]!;
    facts.updatedAt = updated[i]!;
    facts.closedAt = closed[i]!;
    facts.dueAt = expected[i]!;
    const reason = rowProblem(facts);
    if (reason) {
      reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
      continue;
    }
    stage[i] = effectiveStage(facts.stage, facts.status);
    keep[kept++] = i;
  }

  const table = allocateRequestTable(kept, services.values, agency.values);
  const apiDistrict = new Uint16Array(kept);
  const pairs: [ArrayLike<number>, Target][] = [
    [lon, table.lon],
    [lat, table.lat],
    [requested, table.requestedAt],
    [updated, table.updatedAt],
    [closed, table.closedAt],
    [expected, table.dueAt],
    [service, table.service],
    [stage, table.stage],
    [channelCode, table.channel],
    [reporterCode, table.reporter],
    [agency.out, table.agency],
    [district.out, apiDistrict],
  ];
  copyKept(keep.subarray(0, kept), pairs);
  setIds(table, kept === n ? ids : gatherStrings(ids, keep.subarray(0, kept)));
  const result: DecodedRequests = {
    table,
    setAside: { total: n - kept, byReason: Object.fromEntries(reasons) },
    districtIds: district.values,
    apiDistrict,
  };
  return result;
}

interface Target {
  set(values: ArrayLike<number>, offset: number): void;
}
interface Source extends ArrayLike<number> {
  subarray(start: number, end: number): ArrayLike<number>;
}

/**
 * Copies the kept rows of each source column into its table column. Set-aside rows are few, so the kept
 * rows come in long runs, each copied in one `set` (a typed-array copy, converting the element type).
 */
function copyKept(keep: Uint32Array, pairs: [ArrayLike<number>, Target][]): void {
  for (let start = 0; start < keep.length;) {
    let end = start + 1;
    while (end < keep.length && keep[end] === keep[end - 1]! + 1) end++;
    const from = keep[start]!;
    for (const [source, target] of pairs) target.set((source as Source).subarray(from, from + end - start), start);
    start = end;
  }
}

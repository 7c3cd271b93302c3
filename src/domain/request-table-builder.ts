/**
 * Builds a request table from records that arrive a page or a chunk at a time (JSON pages, Open311, a CSV
 * being parsed), in growing typed columns. Every record is checked against the same rules
 * (`recordProblem`); one that breaks them is counted by reason and left out, the rest are kept.
 */
import { effectiveStage, recordProblem, type RequestRecord } from './request-record';
import { NO_AREA, allocateRequestTable, setIds, type RequestTable } from './request-table';
import { SetAsideLedgerBuilder, tallyOf, type SetAside, type SetAsideLedger, type SetAsideReason } from './set-aside';

/** A table of decoded requests, what was set aside, and each row's district as the source named it. */
export interface DecodedRequests {
  table: RequestTable;
  /** The records set aside, counted by reason (`tallyOf(setAsideLedger)`). */
  setAside: SetAside;
  /** The same records by request id, where it could be read, so a change can be merged without counting twice. */
  setAsideLedger: SetAsideLedger;
  /** District ids as the source named them (per row in `apiDistrict`), for cross-checks. */
  districtIds: string[];
  apiDistrict: Uint16Array;
}

const encoder = new TextEncoder();

/** Interns strings into a dictionary, in order of first appearance. */
class Dictionary {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();
  indexOf(value: string): number {
    let i = this.index.get(value);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(value);
      this.index.set(value, i);
    }
    return i;
  }
}

function grown<T extends Uint8Array | Uint16Array>(array: T, size: number): T {
  const next = new (array.constructor as new (n: number) => T)(size);
  next.set(array);
  return next;
}

/** The per-row columns a builder fills (ids and areas aside). */
const COLUMNS = [
  'lon',
  'lat',
  'requestedAt',
  'updatedAt',
  'closedAt',
  'dueAt',
  'service',
  'stage',
  'channel',
  'reporter',
  'agency',
] as const satisfies readonly (keyof RequestTable)[];

interface Column {
  set(values: ArrayLike<number>): void;
  subarray(start: number, end: number): ArrayLike<number>;
}

/** Copies the first `n` rows of the builder's columns from one table into another. */
function copyRows(from: RequestTable, to: RequestTable, n: number): void {
  for (const key of COLUMNS) (to[key] as Column).set((from[key] as Column).subarray(0, n));
}

export class RequestTableBuilder {
  private table: RequestTable;
  private apiDistrict: Uint16Array;
  private idBytes = new Uint8Array(1024);
  private count = 0;
  private readonly setAsideRecords = new SetAsideLedgerBuilder();
  private readonly services = new Dictionary();
  private readonly agencies = new Dictionary();
  private readonly districts = new Dictionary();

  /** `knownService`: whether a service code is in the catalogue (a record of another code is set aside). */
  constructor(
    private readonly knownService: (code: string) => boolean,
    expected = 1024,
  ) {
    this.table = allocateRequestTable(Math.max(16, expected), this.services.values, this.agencies.values);
    this.apiDistrict = new Uint16Array(this.table.count);
  }

  /** Rows kept so far. */
  get size(): number {
    return this.count;
  }

  /** Sets a record aside under `reason`, by its id when it could be read (`SetAsideLedgerBuilder.add`). */
  setAside(reason: SetAsideReason, id: string | null = null, n = 1): void {
    this.setAsideRecords.add(reason, id, n);
  }

  /** Adds a record, or sets it aside; returns the reason it was set aside, or null. */
  append(record: RequestRecord): SetAsideReason | null {
    const reason = recordProblem(record, this.knownService);
    if (reason) {
      this.setAside(reason, record.id);
      return reason;
    }
    if (this.count === this.table.count) this.grow(this.count * 2);
    const t = this.table;
    const k = this.count++;
    this.appendId(k, record.id);
    t.lon[k] = record.lon;
    t.lat[k] = record.lat;
    t.requestedAt[k] = record.requestedAt;
    t.updatedAt[k] = record.updatedAt;
    t.closedAt[k] = record.closedAt;
    t.dueAt[k] = record.dueAt;
    t.service[k] = this.services.indexOf(record.serviceCode);
    t.stage[k] = effectiveStage(record.stage, record.status);
    t.channel[k] = record.channel;
    t.reporter[k] = record.reporter;
    t.agency[k] = this.agencies.indexOf(record.agency);
    this.apiDistrict[k] = record.districtId === null ? NO_AREA : this.districts.indexOf(record.districtId);
    return null;
  }

  private appendId(k: number, id: string): void {
    const offsets = this.table.ids.offsets;
    const start = offsets[k]!;
    // A UTF-8 character takes at most three bytes per UTF-16 unit.
    const room = start + id.length * 3;
    if (room > this.idBytes.length) this.idBytes = grown(this.idBytes, Math.max(room, this.idBytes.length * 2));
    const { written } = encoder.encodeInto(id, this.idBytes.subarray(start));
    offsets[k + 1] = start + written;
  }

  private grow(size: number): void {
    const t = this.table;
    const next = allocateRequestTable(size, t.serviceCodes, t.agencies);
    next.ids.offsets.set(t.ids.offsets);
    copyRows(t, next, this.count);
    this.table = next;
    this.apiDistrict = grown(this.apiDistrict, size);
  }

  /** The table of every kept record (the builder is spent afterwards). */
  finish(): DecodedRequests {
    const n = this.count;
    const t = this.table;
    const table = allocateRequestTable(n, this.services.values, this.agencies.values);
    copyRows(t, table, n);
    const offsets = t.ids.offsets.slice(0, n + 1);
    setIds(table, { offsets, bytes: this.idBytes.slice(0, offsets[n]!) });
    const setAsideLedger = this.setAsideRecords.finish();
    return {
      table,
      setAside: tallyOf(setAsideLedger),
      setAsideLedger,
      districtIds: this.districts.values,
      apiDistrict: this.apiDistrict.slice(0, n),
    };
  }
}

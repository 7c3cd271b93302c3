/**
 * A change of the requests (the records updated since a moment) merged into the table held, by request
 * id: a row whose id the table has is replaced, a new id is appended. The result is a new table, column by
 * column; the table held is left as it is. Rows taken from the change have no areas yet (the caller
 * assigns them), and their categories and units are renumbered into the held table's dictionaries.
 */
import { NO_AREA, allocateRequestTable, type RequestTable } from './request-table';
import { compareStrings, stringAt, type StringColumn } from './string-column';

export interface MergedTable {
  table: RequestTable;
  /** Rows of the merged table written from the change (replaced or appended), ascending. */
  fromChange: Uint32Array;
  /** The ids the change holds, each once. */
  changeIds: ReadonlySet<string>;
}

/** Per-row columns copied as they are (ids, dictionaries and areas are handled apart). */
const PLAIN = ['lon', 'lat', 'requestedAt', 'updatedAt', 'closedAt', 'dueAt', 'stage', 'channel', 'reporter'] as const;

/** `base`'s dictionary with the change's values it lacks appended, and each change index's place in it. */
function mergeDictionary(base: readonly string[], change: readonly string[]) {
  const values = [...base];
  const index = new Map(base.map((v, i) => [v, i]));
  const remap = Uint16Array.from(change, (value) => {
    let i = index.get(value);
    if (i === undefined) {
      i = values.push(value) - 1;
      index.set(value, i);
    }
    return i;
  });
  return { values, remap };
}

/** The table's rows in id order (key, then bytes), for binary search. */
function idOrder(table: RequestTable): Uint32Array {
  const order = new Uint32Array(table.count);
  for (let i = 0; i < order.length; i++) order[i] = i;
  return order.sort((a, b) => table.idKey[a]! - table.idKey[b]! || compareStrings(table.ids, a, b));
}

function sameBytes(a: StringColumn, i: number, b: StringColumn, j: number): boolean {
  const aStart = a.offsets[i]!;
  const length = a.offsets[i + 1]! - aStart;
  const bStart = b.offsets[j]!;
  if (b.offsets[j + 1]! - bStart !== length) return false;
  for (let k = 0; k < length; k++) if (a.bytes[aStart + k] !== b.bytes[bStart + k]) return false;
  return true;
}

/** The row of `table` whose id is row j of `change`, or -1. */
function findRow(table: RequestTable, order: Uint32Array, change: RequestTable, j: number): number {
  const key = change.idKey[j]!;
  let lo = 0;
  let hi = order.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (table.idKey[order[mid]!]! < key) lo = mid + 1;
    else hi = mid;
  }
  // Equal keys do not mean equal ids: the ids of one key are compared byte by byte.
  for (let k = lo; k < order.length && table.idKey[order[k]!] === key; k++) {
    if (sameBytes(table.ids, order[k]!, change.ids, j)) return order[k]!;
  }
  return -1;
}

/** The ids of `table` followed by the ids of `change`'s rows `rows`. */
function appendIds(table: RequestTable, change: RequestTable, rows: readonly number[]): StringColumn {
  const offsets = new Uint32Array(table.count + rows.length + 1);
  offsets.set(table.ids.offsets.subarray(0, table.count + 1));
  let end = offsets[table.count]!;
  for (let k = 0; k < rows.length; k++) {
    const j = rows[k]!;
    end += change.ids.offsets[j + 1]! - change.ids.offsets[j]!;
    offsets[table.count + k + 1] = end;
  }
  const bytes = new Uint8Array(end);
  bytes.set(table.ids.bytes.subarray(0, offsets[table.count]!));
  rows.forEach((j, k) => {
    bytes.set(change.ids.bytes.subarray(change.ids.offsets[j]!, change.ids.offsets[j + 1]!), offsets[table.count + k]!);
  });
  return { offsets, bytes };
}

/**
 * `change` merged into `table` by id. A change that names an id twice (pages that overlap) counts its
 * last record. Rows keep their places: replaced rows stay where they were, new ones follow in the
 * change's order.
 */
export function mergeRequestTables(table: RequestTable, change: RequestTable): MergedTable {
  // The change is small (the records of a few minutes): one id string per record of it is cheap.
  const lastOf = new Map<string, number>();
  for (let j = 0; j < change.count; j++) lastOf.set(stringAt(change.ids, j), j);
  const order = idOrder(table);
  const target = new Int32Array(change.count).fill(-1);
  const added: number[] = [];
  for (const j of lastOf.values()) {
    const row = findRow(table, order, change, j);
    if (row >= 0) target[j] = row;
    else {
      target[j] = table.count + added.length;
      added.push(j);
    }
  }
  const services = mergeDictionary(table.serviceCodes, change.serviceCodes);
  const agencies = mergeDictionary(table.agencies, change.agencies);
  const count = table.count + added.length;
  const merged = allocateRequestTable(count, services.values, agencies.values);
  for (const key of PLAIN) merged[key].set(table[key]);
  merged.service.set(table.service);
  merged.agency.set(table.agency);
  merged.district.set(table.district);
  merged.neighbourhood.set(table.neighbourhood);
  merged.ids = appendIds(table, change, added);
  merged.idKey.set(table.idKey);
  const fromChange = new Uint32Array(lastOf.size);
  let n = 0;
  for (const j of lastOf.values()) {
    const row = target[j]!;
    fromChange[n++] = row;
    for (const key of PLAIN) merged[key][row] = change[key][j]!;
    merged.service[row] = services.remap[change.service[j]!]!;
    merged.agency[row] = agencies.remap[change.agency[j]!]!;
    merged.district[row] = NO_AREA;
    merged.neighbourhood[row] = NO_AREA;
    merged.idKey[row] = change.idKey[j]!;
  }
  return { table: merged, fromChange: fromChange.sort(), changeIds: new Set(lastOf.keys()) };
}

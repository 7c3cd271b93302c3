/**
 * The demo city after its page loaded: requests keep arriving, one every `everySeconds`, and every other
 * arrival an open request is closed, each change stamped with its moment as `updated_datetime`. What the
 * API holds at a moment depends only on the seed and the number of changes since `now`, so a test can
 * work out what a refresh should find. Arrivals come after every request of the year, so the rows stay
 * in time order and ids in row order.
 */
import { NO_AREA, allocateRequestTable, setIds } from '../../src/domain/request-table';
import { decimalColumn } from '../../src/domain/string-column';
import { FIRST_ID, arrivalWriter, closeRow, isClosed, type GeneratedRequests } from './requests';

/** How fast the demo changes: a new request every `everySeconds` after `now`. */
export interface LiveRate {
  everySeconds: number;
}

/** Arrivals after which one open request is closed: half as many closures as arrivals. */
const CLOSE_EVERY = 2;

/** How many arrivals there have been by `atSeconds` (epoch seconds). */
export function arrivalsBy(base: GeneratedRequests, rate: LiveRate, atSeconds: number): number {
  return Math.max(0, Math.floor((atSeconds - base.now) / rate.everySeconds));
}

/** The next open row with coordinates from row `from` on (wrapping), among the first `n`; -1 when none. */
function openRowFrom(r: GeneratedRequests, from: number, n: number): number {
  for (let k = 0; k < n; k++) {
    const i = (from + k) % n;
    if (!isClosed(r.table, i) && r.neighbourhood[i] !== NO_AREA) return i;
  }
  return -1;
}

/** The year of requests with the first `arrivals` changes after it applied (a new table; `base` is kept). */
export function liveRequests(
  base: GeneratedRequests,
  seed: number,
  rate: LiveRate,
  arrivals: number,
): GeneratedRequests {
  const n = base.table.count + arrivals;
  const b = base.table;
  const table = allocateRequestTable(n, b.serviceCodes, b.agencies);
  for (const key of ['lon', 'lat', 'requestedAt', 'updatedAt', 'closedAt', 'dueAt'] as const) table[key].set(b[key]);
  for (const key of ['service', 'stage', 'channel', 'reporter', 'agency'] as const) table[key].set(b[key]);
  const grow = (column: Uint16Array) => {
    const out = new Uint16Array(n);
    out.set(column);
    return out;
  };
  const r: GeneratedRequests = {
    ...base,
    table,
    district: grow(base.district),
    neighbourhood: grow(base.neighbourhood),
    alley: grow(base.alley),
  };
  const writer = arrivalWriter(seed, base.now);
  for (let k = 0; k < arrivals; k++) {
    const row = b.count + k;
    const t = base.now + (k + 1) * rate.everySeconds;
    writer.arrive(r, row, t);
    if ((k + 1) % CLOSE_EVERY !== 0) continue;
    // Among the rows received before this moment: a request is never closed the second it arrives.
    const open = openRowFrom(r, writer.int(row), row);
    if (open >= 0) closeRow(table, open, t);
  }
  const ids = new Uint32Array(n);
  for (let i = 0; i < n; i++) ids[i] = FIRST_ID + i;
  setIds(table, decimalColumn(ids));
  return r;
}

/**
 * The follow-up's list of overdue municipal requests (issue #3); the lists of problems are in
 * problem-lists.ts. Lists keep only the first `limit` entries in a bounded heap, O(n log limit), so
 * listing 100 of a few hundred thousand overdue requests costs no full sort.
 */
import { isMunicipalAt, isOverdueAt } from './follow-up';
import { matchesFilter, type RequestFilter } from './request-filter';
import { compareRows, type RequestTable } from './request-table';
import { allowedSeconds } from './request-target';

const SHIFT_32 = 2 ** 32;

/**
 * Orders of the overdue list, most urgent first within each: 'age' oldest first; 'overdueBy' furthest past
 * its SLA first (earliest deadline); 'district' and 'service' by index, oldest first within each.
 */
export const OVERDUE_SORT_KEYS = ['age', 'overdueBy', 'district', 'service'] as const;
export type OverdueSortKey = (typeof OVERDUE_SORT_KEYS)[number];

export interface OverdueListOptions {
  /** Epoch seconds. */
  now: number;
  /** Target hours to close, per service index (Infinity when the category has none). */
  slaHours: Float64Array;
  /** Index into JURISDICTIONS, per service index. */
  jurisdiction: Uint8Array;
  sortBy?: OverdueSortKey;
  /** Reverses the sort key (e.g. youngest first); ties stay oldest first. */
  reverse?: boolean;
  /** At most this many rows. */
  limit: number;
}

/**
 * Rows of the open municipal requests past their SLA at `now` that pass the filter, sorted (default: age,
 * oldest first; ties by id), at most `limit` of them.
 */
export function overdueRows(table: RequestTable, filter: RequestFilter, options: OverdueListOptions): Uint32Array {
  const { now, slaHours, jurisdiction } = options;
  const key = sortKey(table, slaHours, options.sortBy ?? 'age');
  const sign = options.reverse ? -1 : 1;
  const heap = new BoundedHeap(Math.min(options.limit, table.count), (a, b) => {
    const byKey = sign * (key(a) - key(b));
    if (byKey !== 0) return byKey;
    return compareRows(table, a, b) || a - b;
  });
  for (let i = 0; i < table.count; i++) {
    if (!isOverdueAt(table, i, slaHours, now) || !isMunicipalAt(table, i, jurisdiction, now)) continue;
    if (matchesFilter(table, i, filter)) heap.offer(i);
  }
  return heap.sorted();
}

/** A number per row that sorts ascending in the order of `sortBy`. */
function sortKey(table: RequestTable, slaHours: Float64Array, sortBy: OverdueSortKey): (i: number) => number {
  const { requestedAt, district, service } = table;
  switch (sortBy) {
    case 'age':
      return (i) => requestedAt[i]!;
    case 'overdueBy':
      // The deadline: the earlier it was, the longer the request is overdue.
      return (i) => requestedAt[i]! + allowedSeconds(table, i, slaHours);
    case 'district':
      return (i) => district[i]! * SHIFT_32 + requestedAt[i]!;
    case 'service':
      return (i) => service[i]! * SHIFT_32 + requestedAt[i]!;
  }
}

/** The `limit` smallest indexes under `compare` seen so far: a max-heap whose root is the worst kept. */
export class BoundedHeap {
  private readonly items: Uint32Array;
  private size = 0;

  constructor(
    limit: number,
    private readonly compare: (a: number, b: number) => number,
  ) {
    this.items = new Uint32Array(Math.max(0, Math.floor(limit)));
  }

  offer(x: number): void {
    const { items } = this;
    if (this.size < items.length) {
      items[this.size] = x;
      this.siftUp(this.size++);
    } else if (items.length > 0 && this.compare(x, items[0]!) < 0) {
      items[0] = x;
      this.siftDown(0);
    }
  }

  /** The kept indexes, best first. */
  sorted(): Uint32Array {
    return this.items.slice(0, this.size).sort(this.compare);
  }

  private siftUp(k: number): void {
    const { items, compare } = this;
    while (k > 0) {
      const parent = (k - 1) >> 1;
      if (compare(items[k]!, items[parent]!) <= 0) return;
      [items[k], items[parent]] = [items[parent]!, items[k]!];
      k = parent;
    }
  }

  private siftDown(k: number): void {
    const { items, compare, size } = this;
    for (;;) {
      const left = 2 * k + 1;
      if (left >= size) return;
      const right = left + 1;
      const worse = right < size && compare(items[right]!, items[left]!) > 0 ? right : left;
      if (compare(items[worse]!, items[k]!) <= 0) return;
      [items[k], items[worse]] = [items[worse]!, items[k]!];
      k = worse;
    }
  }
}

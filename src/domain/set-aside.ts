/**
 * Records that break the contract are never dropped silently: they are counted by reason and shown in the
 * data-quality note, and everything valid is still drawn.
 */
export const SET_ASIDE_REASONS = [
  'no_coordinates',
  'bad_coordinates',
  'outside_city',
  'unknown_service',
  'bad_stage',
  'bad_date',
  'closed_before_requested',
  'stage_mismatch',
  'invalid_record',
] as const;
export type SetAsideReason = (typeof SET_ASIDE_REASONS)[number];

export interface SetAside {
  total: number;
  byReason: Partial<Record<SetAsideReason, number>>;
}

export const NOTHING_SET_ASIDE: SetAside = { total: 0, byReason: {} };

/** Adds two set-aside tallies (e.g. decoding and district assignment). */
export function mergeSetAside(a: SetAside, b: SetAside): SetAside {
  const byReason = { ...a.byReason };
  for (const [reason, n] of Object.entries(b.byReason) as [SetAsideReason, number][]) {
    byReason[reason] = (byReason[reason] ?? 0) + n;
  }
  return { total: a.total + b.total, byReason };
}

/**
 * The records set aside, by request id where the record's id could be read, so that a change (the records
 * updated since the last load, which overlaps it) replaces what it sends again rather than counting it
 * twice, and a request that comes back readable leaves the tally. A record without a readable id, or one
 * that a single load names twice, can only be counted.
 */
export interface SetAsideLedger {
  byId: ReadonlyMap<string, SetAsideReason>;
  withoutId: SetAside;
}

export const EMPTY_LEDGER: SetAsideLedger = { byId: new Map(), withoutId: NOTHING_SET_ASIDE };

/** A ledger filled record by record, as a load reads them. */
export class SetAsideLedgerBuilder {
  private readonly byId = new Map<string, SetAsideReason>();
  private readonly withoutId: Partial<Record<SetAsideReason, number>> = {};
  private unnamed = 0;

  /**
   * Sets a record aside under `reason`: by its id when it could be read, so a later change can replace it;
   * else counted (`n` records that could not be read at all, e.g. not objects). Like a kept row, a record
   * the same load names twice is counted twice.
   */
  add(reason: SetAsideReason, id: string | null = null, n = 1): void {
    if (id !== null && !this.byId.has(id)) {
      this.byId.set(id, reason);
      return;
    }
    this.withoutId[reason] = (this.withoutId[reason] ?? 0) + n;
    this.unnamed += n;
  }

  finish(): SetAsideLedger {
    return { byId: this.byId, withoutId: { total: this.unnamed, byReason: { ...this.withoutId } } };
  }
}

export function tallyOf(ledger: SetAsideLedger): SetAside {
  const byReason = { ...ledger.withoutId.byReason };
  for (const reason of ledger.byId.values()) byReason[reason] = (byReason[reason] ?? 0) + 1;
  return { total: ledger.withoutId.total + ledger.byId.size, byReason };
}

/**
 * The ledger after a change: the change's set-aside records replace those of the same ids, and the ids the
 * change read as valid are no longer set aside.
 */
export function ledgerAfterChange(
  held: SetAsideLedger,
  change: SetAsideLedger,
  readIds: Iterable<string>,
): SetAsideLedger {
  const byId = new Map(held.byId);
  for (const id of readIds) byId.delete(id);
  for (const [id, reason] of change.byId) byId.set(id, reason);
  return { byId, withoutId: mergeSetAside(held.withoutId, change.withoutId) };
}

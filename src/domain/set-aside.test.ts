import { describe, expect, it } from 'vitest';
import { EMPTY_LEDGER, ledgerAfterChange, tallyOf, type SetAsideLedger } from './set-aside';

const held: SetAsideLedger = {
  byId: new Map([
    ['r1', 'no_coordinates'],
    ['r2', 'bad_date'],
  ]),
  withoutId: { total: 2, byReason: { invalid_record: 2 } },
};

describe('the set-aside ledger', () => {
  it('counts the records held by id and those without one', () => {
    expect(tallyOf(held)).toEqual({ total: 4, byReason: { no_coordinates: 1, bad_date: 1, invalid_record: 2 } });
    expect(tallyOf(EMPTY_LEDGER)).toEqual({ total: 0, byReason: {} });
  });

  it('takes a change: a record sent again replaces its entry, one read as valid leaves, a new one joins', () => {
    const change: SetAsideLedger = {
      // r1 again, now for another reason; r3 is new.
      byId: new Map([
        ['r1', 'bad_stage'],
        ['r3', 'no_coordinates'],
      ]),
      withoutId: { total: 1, byReason: { invalid_record: 1 } },
    };
    const after = ledgerAfterChange(held, change, ['r2', 'r9']);
    expect([...after.byId].sort()).toEqual([
      ['r1', 'bad_stage'],
      ['r3', 'no_coordinates'],
    ]);
    expect(tallyOf(after)).toEqual({ total: 5, byReason: { bad_stage: 1, no_coordinates: 1, invalid_record: 3 } });
    // The ledger held is left as it was.
    expect(tallyOf(held).total).toBe(4);
  });
});

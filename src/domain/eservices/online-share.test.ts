import { describe, expect, it } from 'vitest';
import { onlineShare, shareCell, sumTransactions } from './online-share';

describe('online share', () => {
  it('is online over all transactions', () => {
    expect(onlineShare({ online: 30, inPerson: 10 })).toBe(0.75);
    expect(onlineShare({ online: 7, inPerson: 0 })).toBe(1);
  });

  it('is 0 when every transaction was in person: a real 0 %', () => {
    expect(onlineShare({ online: 0, inPerson: 12 })).toBe(0);
  });

  it('is null, not NaN nor 0, with no transaction', () => {
    expect(onlineShare({ online: 0, inPerson: 0 })).toBeNull();
    expect(shareCell({ online: 0, inPerson: 0 })).toEqual({ online: 0, inPerson: 0, share: null });
  });

  it('sums transactions before dividing', () => {
    const total = sumTransactions([
      { online: 1, inPerson: 3 },
      { online: 5, inPerson: 1 },
    ]);
    expect(total).toEqual({ online: 6, inPerson: 4 });
    expect(shareCell(total).share).toBe(0.6);
    expect(sumTransactions([])).toEqual({ online: 0, inPerson: 0 });
  });
});

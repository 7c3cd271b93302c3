import { describe, expect, it } from 'vitest';
import { CHANGE_OVERLAP_SECONDS, changesAfter, isoSeconds } from './refresh-plan';

const HOUR_MS = 3_600_000;
const held = { fullAtMs: 10 * HOUR_MS, changedUpTo: 1_750_000_000 };

describe('the refresh plan', () => {
  it('asks for the changes after the latest one held, less the overlap, while the full load is recent', () => {
    expect(changesAfter(held, 10 * HOUR_MS + 5 * 60_000, HOUR_MS)).toBe(1_750_000_000 - CHANGE_OVERLAP_SECONDS);
    expect(CHANGE_OVERLAP_SECONDS).toBe(120);
  });

  it('loads everything when nothing is held, nothing has a time, or the full load is as old as the interval', () => {
    expect(changesAfter(null, 0, HOUR_MS)).toBeNull();
    expect(changesAfter({ ...held, changedUpTo: NaN }, 10 * HOUR_MS, HOUR_MS)).toBeNull();
    expect(changesAfter(held, 11 * HOUR_MS - 1, HOUR_MS)).not.toBeNull();
    expect(changesAfter(held, 11 * HOUR_MS, HOUR_MS)).toBeNull();
  });

  it('writes the moment as the contract’s UTC date-time', () => {
    expect(isoSeconds(1_750_000_000)).toBe('2025-06-15T15:06:40Z');
  });
});

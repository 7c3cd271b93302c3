import { describe, expect, it } from 'vitest';
import { FIRST_RETRY_MS, nextLoadDelayMs, retryDelayMs } from './retry-delay';

const MINUTE = 60_000;

describe('retryDelayMs', () => {
  it('doubles from the first wait after each failure in a row', () => {
    // random 1 − ε: the top of each bound.
    const top = (failures: number) => retryDelayMs(failures, 5 * MINUTE, 0.999_999);
    expect([1, 2, 3, 4].map(top)).toEqual([2000, 4000, 8000, 16000]);
  });

  it('never waits longer than the refresh interval, so a server that is back is read within one interval', () => {
    for (const failures of [5, 10, 50, 1e6]) {
      expect(retryDelayMs(failures, 30_000, 0.999_999)).toBeLessThanOrEqual(30_000);
      expect(retryDelayMs(failures, 30_000, 0)).toBe(15_000);
    }
  });

  it('spreads the wait over the upper half of its bound', () => {
    expect(retryDelayMs(1, MINUTE, 0)).toBe(FIRST_RETRY_MS / 2);
    expect(retryDelayMs(1, MINUTE, 0.5)).toBe((FIRST_RETRY_MS * 3) / 4);
  });

  it('reads nonsense failure counts as a first failure', () => {
    expect(retryDelayMs(0, MINUTE, 0)).toBe(1000);
    expect(retryDelayMs(-3, MINUTE, 0)).toBe(1000);
  });
});

describe('nextLoadDelayMs', () => {
  it('is the refresh interval after a load that worked, the backed-off retry after failures', () => {
    expect(nextLoadDelayMs(0, 5 * MINUTE, 0.3)).toBe(5 * MINUTE);
    expect(nextLoadDelayMs(3, 5 * MINUTE, 0)).toBe(4000);
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { MAX_TIMER_MS, timerDelay } from './timer-delay';

describe('timer delays', () => {
  it('keeps every delay within what a browser timer holds', () => {
    fc.assert(
      fc.property(fc.double(), (seconds) => {
        const ms = timerDelay(seconds);
        return Number.isInteger(ms) && ms >= 0 && ms <= MAX_TIMER_MS;
      }),
    );
  });

  it('is exact below the limit and caps above it', () => {
    expect(timerDelay(300)).toBe(300_000);
    expect(timerDelay(7 * 86_400)).toBe(604_800_000);
    expect(timerDelay(30 * 86_400)).toBe(MAX_TIMER_MS);
    expect(timerDelay(Infinity)).toBe(MAX_TIMER_MS);
    expect(timerDelay(-5)).toBe(0);
    expect(timerDelay(NaN)).toBe(0);
  });
});

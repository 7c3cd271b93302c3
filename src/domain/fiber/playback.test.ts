import { describe, expect, it } from 'vitest';
import { burnUpAt, fiberCurves } from './burn-up';
import { COMPLETED, LATE, PHASE_MASK, PLANNED, UNDER_CONSTRUCTION, playbackFrame } from './playback';
import { rolloutNetwork } from './rollout-fixture';
import { networkOf, noon, segment } from './test-network';

describe('the rollout at an instant', () => {
  const network = rolloutNetwork();
  const curves = fiberCurves(network);
  const states = new Uint8Array(network.count);
  const frame = (isoDay: string) => {
    const km = playbackFrame(network, curves.city, noon(isoDay), states);
    return { km, states: [...states] };
  };

  it('shows a segment under construction from its start date, and one without from its planned start', () => {
    // a begun 1 March; b (no start date, completed) planned to begin 1 April; c begun 5 May.
    expect(frame('2024-03-01')).toEqual({ km: 0, states: [UNDER_CONSTRUCTION, PLANNED, PLANNED] });
    expect(frame('2024-04-01').states).toEqual([UNDER_CONSTRUCTION | LATE, UNDER_CONSTRUCTION, PLANNED]);
  });

  it('marks a segment late once its planned end day is over, until it is built', () => {
    // a is due 25 March: on that day it is not late yet, on the next it is.
    expect(frame('2024-03-25').states[0]).toBe(UNDER_CONSTRUCTION);
    expect(frame('2024-03-26').states[0]).toBe(UNDER_CONSTRUCTION | LATE);
    // Built 5 April: completed from that day on, late no more.
    expect(frame('2024-04-05')).toEqual({ km: 2, states: [COMPLETED, UNDER_CONSTRUCTION, PLANNED] });
  });

  it('returns the km built at the instant, as the burn-up chart shows it there', () => {
    const late = frame('2024-05-11');
    expect(late).toEqual({ km: 3, states: [COMPLETED, COMPLETED, UNDER_CONSTRUCTION | LATE] });
    expect(late.km).toBe(burnUpAt(curves.city, noon('2024-05-11')).builtKm);
    expect(late.states[2]! & PHASE_MASK).toBe(UNDER_CONSTRUCTION);
  });

  it('never shows a planned segment without a start date as begun', () => {
    const planned = networkOf([segment({ id: 'p', plannedStart: '2024-01-01' })], noon('2024-03-01'));
    const one = new Uint8Array(1);
    playbackFrame(planned, fiberCurves(planned).city, noon('2024-02-01'), one);
    expect(one[0]).toBe(PLANNED);
  });
});
